package org.smartem.db;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every prediction table holds: a value from a prediction model, optionally for a quality
 * metric. Shared by {@code qualityprediction}, {@code currentqualityprediction},
 * {@code qualitygroupprediction} and {@code currentqualitygroupprediction}.
 */
@MappedSuperclass
public abstract class ModelPrediction {

    @Column(name = "value", nullable = false)
    private Double value;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prediction_model_name", nullable = false)
    private QualityPredictionModel predictionModel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "metric_name")
    private QualityMetric metric;

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public QualityPredictionModel getPredictionModel() {
        return predictionModel;
    }

    public void setPredictionModel(QualityPredictionModel predictionModel) {
        this.predictionModel = predictionModel;
    }

    public QualityMetric getMetric() {
        return metric;
    }

    public void setMetric(QualityMetric metric) {
        this.metric = metric;
    }
}
