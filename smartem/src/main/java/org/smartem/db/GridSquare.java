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

/**
 * A square of a grid: stage and atlas position, magnification, defocus.
 * Table {@code gridsquare}.
 */
@Entity
@UnboundedVarchar
@Table(name = "gridsquare")
public class GridSquare {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_uuid")
    private Grid grid;

    @Enumerated(EnumType.STRING)
    @DbEnum(name = "gridsquarestatus")
    @Column(name = "status", columnDefinition = "gridsquarestatus")
    @ServerDefault("'NONE'")
    private GridSquareStatus status = GridSquareStatus.NONE;

    @Column(name = "gridsquare_id", nullable = false)
    @ServerDefault("''")
    private String gridsquareId = "";

    @Column(name = "data_dir")
    private String dataDir;

    @Column(name = "atlas_node_id")
    private Integer atlasNodeId;

    @Column(name = "state")
    private String state;

    @Column(name = "rotation")
    private Double rotation;

    @Column(name = "image_path")
    private String imagePath;

    @Column(name = "selected")
    private Boolean selected;

    @Column(name = "unusable")
    private Boolean unusable;

    @Column(name = "stage_position_x")
    private Double stagePositionX;

    @Column(name = "stage_position_y")
    private Double stagePositionY;

    @Column(name = "stage_position_z")
    private Double stagePositionZ;

    @Column(name = "center_x")
    private Integer centerX;

    @Column(name = "center_y")
    private Integer centerY;

    @Column(name = "physical_x")
    private Double physicalX;

    @Column(name = "physical_y")
    private Double physicalY;

    @Column(name = "size_width")
    private Integer sizeWidth;

    @Column(name = "size_height")
    private Integer sizeHeight;

    @Column(name = "acquisition_datetime")
    private LocalDateTime acquisitionDatetime;

    @Column(name = "defocus")
    private Double defocus;

    @Column(name = "magnification")
    private Double magnification;

    @Column(name = "pixel_size")
    private Double pixelSize;

    @Column(name = "detector_name")
    private String detectorName;

    @Column(name = "applied_defocus")
    private Double appliedDefocus;

    @OneToMany(mappedBy = "gridSquare")
    private List<CurrentQualityPrediction> currentQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "gridSquare")
    private List<FoilHole> foilHoles = new ArrayList<>();

    @OneToMany(mappedBy = "gridSquare")
    private List<OverallQualityPrediction> overallQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "gridSquare")
    private List<QualityPrediction> qualityPredictions = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public GridSquareStatus getStatus() {
        return status;
    }

    public void setStatus(GridSquareStatus status) {
        this.status = status;
    }

    public String getGridsquareId() {
        return gridsquareId;
    }

    public void setGridsquareId(String gridsquareId) {
        this.gridsquareId = gridsquareId;
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public Integer getAtlasNodeId() {
        return atlasNodeId;
    }

    public void setAtlasNodeId(Integer atlasNodeId) {
        this.atlasNodeId = atlasNodeId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Double getRotation() {
        return rotation;
    }

    public void setRotation(Double rotation) {
        this.rotation = rotation;
    }

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
    }

    public Boolean getSelected() {
        return selected;
    }

    public void setSelected(Boolean selected) {
        this.selected = selected;
    }

    public Boolean getUnusable() {
        return unusable;
    }

    public void setUnusable(Boolean unusable) {
        this.unusable = unusable;
    }

    public Double getStagePositionX() {
        return stagePositionX;
    }

    public void setStagePositionX(Double stagePositionX) {
        this.stagePositionX = stagePositionX;
    }

    public Double getStagePositionY() {
        return stagePositionY;
    }

    public void setStagePositionY(Double stagePositionY) {
        this.stagePositionY = stagePositionY;
    }

    public Double getStagePositionZ() {
        return stagePositionZ;
    }

    public void setStagePositionZ(Double stagePositionZ) {
        this.stagePositionZ = stagePositionZ;
    }

    public Integer getCenterX() {
        return centerX;
    }

    public void setCenterX(Integer centerX) {
        this.centerX = centerX;
    }

    public Integer getCenterY() {
        return centerY;
    }

    public void setCenterY(Integer centerY) {
        this.centerY = centerY;
    }

    public Double getPhysicalX() {
        return physicalX;
    }

    public void setPhysicalX(Double physicalX) {
        this.physicalX = physicalX;
    }

    public Double getPhysicalY() {
        return physicalY;
    }

    public void setPhysicalY(Double physicalY) {
        this.physicalY = physicalY;
    }

    public Integer getSizeWidth() {
        return sizeWidth;
    }

    public void setSizeWidth(Integer sizeWidth) {
        this.sizeWidth = sizeWidth;
    }

    public Integer getSizeHeight() {
        return sizeHeight;
    }

    public void setSizeHeight(Integer sizeHeight) {
        this.sizeHeight = sizeHeight;
    }

    public LocalDateTime getAcquisitionDatetime() {
        return acquisitionDatetime;
    }

    public void setAcquisitionDatetime(LocalDateTime acquisitionDatetime) {
        this.acquisitionDatetime = acquisitionDatetime;
    }

    public Double getDefocus() {
        return defocus;
    }

    public void setDefocus(Double defocus) {
        this.defocus = defocus;
    }

    public Double getMagnification() {
        return magnification;
    }

    public void setMagnification(Double magnification) {
        this.magnification = magnification;
    }

    public Double getPixelSize() {
        return pixelSize;
    }

    public void setPixelSize(Double pixelSize) {
        this.pixelSize = pixelSize;
    }

    public String getDetectorName() {
        return detectorName;
    }

    public void setDetectorName(String detectorName) {
        this.detectorName = detectorName;
    }

    public Double getAppliedDefocus() {
        return appliedDefocus;
    }

    public void setAppliedDefocus(Double appliedDefocus) {
        this.appliedDefocus = appliedDefocus;
    }

    public List<CurrentQualityPrediction> getCurrentQualityPredictions() {
        return currentQualityPredictions;
    }

    public List<FoilHole> getFoilHoles() {
        return foilHoles;
    }

    public List<OverallQualityPrediction> getOverallQualityPredictions() {
        return overallQualityPredictions;
    }

    public List<QualityPrediction> getQualityPredictions() {
        return qualityPredictions;
    }
}
