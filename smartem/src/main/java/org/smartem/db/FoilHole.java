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
import java.util.ArrayList;
import java.util.List;

/**
 * A hole in the support film of a grid square, where high-magnification images are taken.
 * Table {@code foilhole}.
 */
@Entity
@UnboundedVarchar
@Table(name = "foilhole")
public class FoilHole {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @Column(name = "foilhole_id", nullable = false)
    @ServerDefault("''")
    private String foilholeId = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gridsquare_uuid")
    private GridSquare gridSquare;

    @Column(name = "gridsquare_id")
    private String gridsquareId;

    @Enumerated(EnumType.STRING)
    @DbEnum(name = "foilholestatus")
    @Column(name = "status", columnDefinition = "foilholestatus")
    @ServerDefault("'NONE'")
    private FoilHoleStatus status = FoilHoleStatus.NONE;

    @Column(name = "center_x")
    private Double centerX;

    @Column(name = "center_y")
    private Double centerY;

    @Column(name = "quality")
    private Double quality;

    @Column(name = "rotation")
    private Double rotation;

    @Column(name = "size_width")
    private Double sizeWidth;

    @Column(name = "size_height")
    private Double sizeHeight;

    @Column(name = "x_location")
    private Integer xLocation;

    @Column(name = "y_location")
    private Integer yLocation;

    @Column(name = "x_stage_position")
    private Double xStagePosition;

    @Column(name = "y_stage_position")
    private Double yStagePosition;

    @Column(name = "diameter")
    private Integer diameter;

    @Column(name = "is_near_grid_bar", nullable = false)
    @ServerDefault("false")
    private Boolean isNearGridBar = false;

    @OneToMany(mappedBy = "foilHole")
    private List<CurrentQualityPrediction> currentQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "foilHole")
    private List<Micrograph> micrographs = new ArrayList<>();

    @OneToMany(mappedBy = "foilHole")
    private List<OverallQualityPrediction> overallQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "foilHole")
    private List<QualityPrediction> qualityPredictions = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getFoilholeId() {
        return foilholeId;
    }

    public void setFoilholeId(String foilholeId) {
        this.foilholeId = foilholeId;
    }

    public GridSquare getGridSquare() {
        return gridSquare;
    }

    public void setGridSquare(GridSquare gridSquare) {
        this.gridSquare = gridSquare;
    }

    public String getGridsquareId() {
        return gridsquareId;
    }

    public void setGridsquareId(String gridsquareId) {
        this.gridsquareId = gridsquareId;
    }

    public FoilHoleStatus getStatus() {
        return status;
    }

    public void setStatus(FoilHoleStatus status) {
        this.status = status;
    }

    public Double getCenterX() {
        return centerX;
    }

    public void setCenterX(Double centerX) {
        this.centerX = centerX;
    }

    public Double getCenterY() {
        return centerY;
    }

    public void setCenterY(Double centerY) {
        this.centerY = centerY;
    }

    public Double getQuality() {
        return quality;
    }

    public void setQuality(Double quality) {
        this.quality = quality;
    }

    public Double getRotation() {
        return rotation;
    }

    public void setRotation(Double rotation) {
        this.rotation = rotation;
    }

    public Double getSizeWidth() {
        return sizeWidth;
    }

    public void setSizeWidth(Double sizeWidth) {
        this.sizeWidth = sizeWidth;
    }

    public Double getSizeHeight() {
        return sizeHeight;
    }

    public void setSizeHeight(Double sizeHeight) {
        this.sizeHeight = sizeHeight;
    }

    public Integer getXLocation() {
        return xLocation;
    }

    public void setXLocation(Integer xLocation) {
        this.xLocation = xLocation;
    }

    public Integer getYLocation() {
        return yLocation;
    }

    public void setYLocation(Integer yLocation) {
        this.yLocation = yLocation;
    }

    public Double getXStagePosition() {
        return xStagePosition;
    }

    public void setXStagePosition(Double xStagePosition) {
        this.xStagePosition = xStagePosition;
    }

    public Double getYStagePosition() {
        return yStagePosition;
    }

    public void setYStagePosition(Double yStagePosition) {
        this.yStagePosition = yStagePosition;
    }

    public Integer getDiameter() {
        return diameter;
    }

    public void setDiameter(Integer diameter) {
        this.diameter = diameter;
    }

    public Boolean getIsNearGridBar() {
        return isNearGridBar;
    }

    public void setIsNearGridBar(Boolean isNearGridBar) {
        this.isNearGridBar = isNearGridBar;
    }

    public List<CurrentQualityPrediction> getCurrentQualityPredictions() {
        return currentQualityPredictions;
    }

    public List<Micrograph> getMicrographs() {
        return micrographs;
    }

    public List<OverallQualityPrediction> getOverallQualityPredictions() {
        return overallQualityPredictions;
    }

    public List<QualityPrediction> getQualityPredictions() {
        return qualityPredictions;
    }
}
