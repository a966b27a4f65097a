package org.smartem.db;

import io.retort.entity.DbEnum;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A sample carrier of an acquisition. Table {@code grid}. */
@Entity
@UnboundedVarchar
@Table(name = "grid")
public class Grid {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acquisition_uuid")
    private Acquisition acquisition;

    @Enumerated(EnumType.STRING)
    @DbEnum(name = "gridstatus")
    @Column(name = "status", columnDefinition = "gridstatus")
    @ServerDefault("'NONE'")
    private GridStatus status = GridStatus.NONE;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "data_dir")
    private String dataDir;

    @Column(name = "atlas_dir")
    private String atlasDir;

    @Column(name = "scan_start_time")
    private LocalDateTime scanStartTime;

    @Column(name = "scan_end_time")
    private LocalDateTime scanEndTime;

    @Column(name = "prediction_updated_time", nullable = false)
    private LocalDateTime predictionUpdatedTime = LocalDateTime.now();

    @OneToMany(mappedBy = "grid")
    private List<Atlas> atlases = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<CurrentQualityGroupPrediction> currentQualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<CurrentQualityPrediction> currentQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<CurrentQualityPredictionModelWeight> currentQualityPredictionModelWeights = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<FoilHoleGroup> foilHoleGroups = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<GridSquare> gridSquares = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<OverallQualityPrediction> overallQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<QualityGroupPrediction> qualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<QualityPredictionModelParameter> qualityPredictionModelParameters = new ArrayList<>();

    @OneToMany(mappedBy = "grid")
    private List<QualityPredictionModelWeight> qualityPredictionModelWeights = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Acquisition getAcquisition() {
        return acquisition;
    }

    public void setAcquisition(Acquisition acquisition) {
        this.acquisition = acquisition;
    }

    public GridStatus getStatus() {
        return status;
    }

    public void setStatus(GridStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public String getAtlasDir() {
        return atlasDir;
    }

    public void setAtlasDir(String atlasDir) {
        this.atlasDir = atlasDir;
    }

    public LocalDateTime getScanStartTime() {
        return scanStartTime;
    }

    public void setScanStartTime(LocalDateTime scanStartTime) {
        this.scanStartTime = scanStartTime;
    }

    public LocalDateTime getScanEndTime() {
        return scanEndTime;
    }

    public void setScanEndTime(LocalDateTime scanEndTime) {
        this.scanEndTime = scanEndTime;
    }

    public LocalDateTime getPredictionUpdatedTime() {
        return predictionUpdatedTime;
    }

    public void setPredictionUpdatedTime(LocalDateTime predictionUpdatedTime) {
        this.predictionUpdatedTime = predictionUpdatedTime;
    }

    public List<Atlas> getAtlases() {
        return atlases;
    }

    public List<CurrentQualityGroupPrediction> getCurrentQualityGroupPredictions() {
        return currentQualityGroupPredictions;
    }

    public List<CurrentQualityPrediction> getCurrentQualityPredictions() {
        return currentQualityPredictions;
    }

    public List<CurrentQualityPredictionModelWeight> getCurrentQualityPredictionModelWeights() {
        return currentQualityPredictionModelWeights;
    }

    public List<FoilHoleGroup> getFoilHoleGroups() {
        return foilHoleGroups;
    }

    public List<GridSquare> getGridSquares() {
        return gridSquares;
    }

    public List<OverallQualityPrediction> getOverallQualityPredictions() {
        return overallQualityPredictions;
    }

    public List<QualityGroupPrediction> getQualityGroupPredictions() {
        return qualityGroupPredictions;
    }

    public List<QualityPredictionModelParameter> getQualityPredictionModelParameters() {
        return qualityPredictionModelParameters;
    }

    public List<QualityPredictionModelWeight> getQualityPredictionModelWeights() {
        return qualityPredictionModelWeights;
    }
}
