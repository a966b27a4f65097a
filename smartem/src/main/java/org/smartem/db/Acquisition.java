package org.smartem.db;

import io.retort.entity.DbEnum;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One microscope session: instrument, storage and EPU atlas paths, lifecycle status.
 * Table {@code acquisition}.
 */
@Entity
@UnboundedVarchar
@Table(name = "acquisition")
public class Acquisition {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    @ServerDefault("'Unknown'")
    private String name = "Unknown";

    @Enumerated(EnumType.STRING)
    @DbEnum(name = "acquisitionstatus")
    @Column(name = "status", columnDefinition = "acquisitionstatus")
    @ServerDefault("'PLANNED'")
    private AcquisitionStatus status = AcquisitionStatus.PLANNED;

    @Column(name = "start_time")
    private LocalDateTime startTime;

    @Column(name = "end_time")
    private LocalDateTime endTime;

    @Column(name = "paused_time")
    private LocalDateTime pausedTime;

    @Column(name = "storage_path")
    private String storagePath;

    @Column(name = "atlas_path")
    private String atlasPath;

    @Column(name = "clustering_mode")
    private String clusteringMode;

    @Column(name = "clustering_radius")
    private String clusteringRadius;

    @Column(name = "instrument_model")
    private String instrumentModel;

    @Column(name = "instrument_id")
    private String instrumentId;

    @Column(name = "computer_name")
    private String computerName;

    @OneToMany(mappedBy = "acquisition")
    private List<AgentSession> agentSessions = new ArrayList<>();

    @OneToMany(mappedBy = "acquisition")
    private List<Grid> grids = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AcquisitionStatus getStatus() {
        return status;
    }

    public void setStatus(AcquisitionStatus status) {
        this.status = status;
    }

    public LocalDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalDateTime startTime) {
        this.startTime = startTime;
    }

    public LocalDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalDateTime endTime) {
        this.endTime = endTime;
    }

    public LocalDateTime getPausedTime() {
        return pausedTime;
    }

    public void setPausedTime(LocalDateTime pausedTime) {
        this.pausedTime = pausedTime;
    }

    public String getStoragePath() {
        return storagePath;
    }

    public void setStoragePath(String storagePath) {
        this.storagePath = storagePath;
    }

    public String getAtlasPath() {
        return atlasPath;
    }

    public void setAtlasPath(String atlasPath) {
        this.atlasPath = atlasPath;
    }

    public String getClusteringMode() {
        return clusteringMode;
    }

    public void setClusteringMode(String clusteringMode) {
        this.clusteringMode = clusteringMode;
    }

    public String getClusteringRadius() {
        return clusteringRadius;
    }

    public void setClusteringRadius(String clusteringRadius) {
        this.clusteringRadius = clusteringRadius;
    }

    public String getInstrumentModel() {
        return instrumentModel;
    }

    public void setInstrumentModel(String instrumentModel) {
        this.instrumentModel = instrumentModel;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(String instrumentId) {
        this.instrumentId = instrumentId;
    }

    public String getComputerName() {
        return computerName;
    }

    public void setComputerName(String computerName) {
        this.computerName = computerName;
    }

    public List<AgentSession> getAgentSessions() {
        return agentSessions;
    }

    public List<Grid> getGrids() {
        return grids;
    }
}
