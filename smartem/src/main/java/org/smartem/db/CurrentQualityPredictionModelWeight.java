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

/**
 * The latest weight of a prediction model on a grid.
 * Table {@code currentqualitypredictionmodelweight}.
 */
@Entity
@UnboundedVarchar
@Table(name = "currentqualitypredictionmodelweight")
public class CurrentQualityPredictionModelWeight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "currentqualitypredictionmodelweight_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prediction_model_name", nullable = false)
    private QualityPredictionModel predictionModel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "metric_name")
    private QualityMetric metric;

    @Column(name = "weight", nullable = false)
    private Double weight;

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

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }
}
