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
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One exposure of a foil hole, with its processing results. Table {@code micrograph}. */
@Entity
@UnboundedVarchar
@Table(name = "micrograph", indexes = {
        @Index(name = "ix_micrograph_updated_at", columnList = "updated_at")})
public class Micrograph {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @Column(name = "micrograph_id", nullable = false)
    @ServerDefault("''")
    private String micrographId = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "foilhole_uuid")
    private FoilHole foilHole;

    @Column(name = "foilhole_id", nullable = false)
    @ServerDefault("''")
    private String foilholeId = "";

    @Column(name = "location_id")
    private String locationId;

    @Enumerated(EnumType.STRING)
    @DbEnum(name = "micrographstatus")
    @Column(name = "status", columnDefinition = "micrographstatus")
    @ServerDefault("'NONE'")
    private MicrographStatus status = MicrographStatus.NONE;

    @Column(name = "high_res_path")
    private String highResPath;

    @Column(name = "manifest_file")
    private String manifestFile;

    @Column(name = "acquisition_datetime")
    private LocalDateTime acquisitionDatetime;

    @Column(name = "defocus")
    private Double defocus;

    @Column(name = "detector_name")
    private String detectorName;

    @Column(name = "energy_filter")
    private Boolean energyFilter;

    @Column(name = "phase_plate")
    private Boolean phasePlate;

    @Column(name = "image_size_x")
    private Integer imageSizeX;

    @Column(name = "image_size_y")
    private Integer imageSizeY;

    @Column(name = "binning_x")
    private Integer binningX;

    @Column(name = "binning_y")
    private Integer binningY;

    @Column(name = "total_motion")
    private Double totalMotion;

    @Column(name = "average_motion")
    private Double averageMotion;

    @Column(name = "ctf_max_resolution_estimate")
    private Double ctfMaxResolutionEstimate;

    @Column(name = "number_of_particles_selected")
    private Integer numberOfParticlesSelected;

    @Column(name = "number_of_particles_rejected")
    private Integer numberOfParticlesRejected;

    @Column(name = "selection_distribution")
    private String selectionDistribution;

    @Column(name = "number_of_particles_picked")
    private Integer numberOfParticlesPicked;

    @Column(name = "pick_distribution")
    private String pickDistribution;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "micrograph")
    private List<QualityPredictionModelWeight> qualityPredictionModelWeights = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getMicrographId() {
        return micrographId;
    }

    public void setMicrographId(String micrographId) {
        this.micrographId = micrographId;
    }

    public FoilHole getFoilHole() {
        return foilHole;
    }

    public void setFoilHole(FoilHole foilHole) {
        this.foilHole = foilHole;
    }

    public String getFoilholeId() {
        return foilholeId;
    }

    public void setFoilholeId(String foilholeId) {
        this.foilholeId = foilholeId;
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public MicrographStatus getStatus() {
        return status;
    }

    public void setStatus(MicrographStatus status) {
        this.status = status;
    }

    public String getHighResPath() {
        return highResPath;
    }

    public void setHighResPath(String highResPath) {
        this.highResPath = highResPath;
    }

    public String getManifestFile() {
        return manifestFile;
    }

    public void setManifestFile(String manifestFile) {
        this.manifestFile = manifestFile;
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

    public String getDetectorName() {
        return detectorName;
    }

    public void setDetectorName(String detectorName) {
        this.detectorName = detectorName;
    }

    public Boolean getEnergyFilter() {
        return energyFilter;
    }

    public void setEnergyFilter(Boolean energyFilter) {
        this.energyFilter = energyFilter;
    }

    public Boolean getPhasePlate() {
        return phasePlate;
    }

    public void setPhasePlate(Boolean phasePlate) {
        this.phasePlate = phasePlate;
    }

    public Integer getImageSizeX() {
        return imageSizeX;
    }

    public void setImageSizeX(Integer imageSizeX) {
        this.imageSizeX = imageSizeX;
    }

    public Integer getImageSizeY() {
        return imageSizeY;
    }

    public void setImageSizeY(Integer imageSizeY) {
        this.imageSizeY = imageSizeY;
    }

    public Integer getBinningX() {
        return binningX;
    }

    public void setBinningX(Integer binningX) {
        this.binningX = binningX;
    }

    public Integer getBinningY() {
        return binningY;
    }

    public void setBinningY(Integer binningY) {
        this.binningY = binningY;
    }

    public Double getTotalMotion() {
        return totalMotion;
    }

    public void setTotalMotion(Double totalMotion) {
        this.totalMotion = totalMotion;
    }

    public Double getAverageMotion() {
        return averageMotion;
    }

    public void setAverageMotion(Double averageMotion) {
        this.averageMotion = averageMotion;
    }

    public Double getCtfMaxResolutionEstimate() {
        return ctfMaxResolutionEstimate;
    }

    public void setCtfMaxResolutionEstimate(Double ctfMaxResolutionEstimate) {
        this.ctfMaxResolutionEstimate = ctfMaxResolutionEstimate;
    }

    public Integer getNumberOfParticlesSelected() {
        return numberOfParticlesSelected;
    }

    public void setNumberOfParticlesSelected(Integer numberOfParticlesSelected) {
        this.numberOfParticlesSelected = numberOfParticlesSelected;
    }

    public Integer getNumberOfParticlesRejected() {
        return numberOfParticlesRejected;
    }

    public void setNumberOfParticlesRejected(Integer numberOfParticlesRejected) {
        this.numberOfParticlesRejected = numberOfParticlesRejected;
    }

    public String getSelectionDistribution() {
        return selectionDistribution;
    }

    public void setSelectionDistribution(String selectionDistribution) {
        this.selectionDistribution = selectionDistribution;
    }

    public Integer getNumberOfParticlesPicked() {
        return numberOfParticlesPicked;
    }

    public void setNumberOfParticlesPicked(Integer numberOfParticlesPicked) {
        this.numberOfParticlesPicked = numberOfParticlesPicked;
    }

    public String getPickDistribution() {
        return pickDistribution;
    }

    public void setPickDistribution(String pickDistribution) {
        this.pickDistribution = pickDistribution;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public List<QualityPredictionModelWeight> getQualityPredictionModelWeights() {
        return qualityPredictionModelWeights;
    }
}
