package org.smartem.db;

import io.retort.entity.Sequence;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A weight of a prediction model on a grid, with training feedback from a micrograph.
 * Table {@code qualitypredictionmodelweight}.
 */
@Entity
@UnboundedVarchar
@Table(name = "qualitypredictionmodelweight")
public class QualityPredictionModelWeight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "qualitypredictionmodelweight_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "micrograph_uuid")
    private Micrograph micrograph;

    @Column(name = "micrograph_quality")
    private Boolean micrographQuality;

    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prediction_model_name", nullable = false)
    private QualityPredictionModel predictionModel;

    @Column(name = "weight", nullable = false)
    private Double weight;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "metric_name")
    private QualityMetric metric;

    @Column(name = "prediction_value")
    private Double predictionValue;

    @Column(name = "quality_score")
    private Double qualityScore;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public Micrograph getMicrograph() {
        return micrograph;
    }

    public void setMicrograph(Micrograph micrograph) {
        this.micrograph = micrograph;
    }

    public Boolean getMicrographQuality() {
        return micrographQuality;
    }

    public void setMicrographQuality(Boolean micrographQuality) {
        this.micrographQuality = micrographQuality;
    }

    public LocalDateTime getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(LocalDateTime timestamp) {
        this.timestamp = timestamp;
    }

    public QualityPredictionModel getPredictionModel() {
        return predictionModel;
    }

    public void setPredictionModel(QualityPredictionModel predictionModel) {
        this.predictionModel = predictionModel;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public QualityMetric getMetric() {
        return metric;
    }

    public void setMetric(QualityMetric metric) {
        this.metric = metric;
    }

    public Double getPredictionValue() {
        return predictionValue;
    }

    public void setPredictionValue(Double predictionValue) {
        this.predictionValue = predictionValue;
    }

    public Double getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(Double qualityScore) {
        this.qualityScore = qualityScore;
    }
}
