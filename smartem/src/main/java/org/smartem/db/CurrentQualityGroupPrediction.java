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
 * The latest shared prediction for a foil-hole group.
 * Table {@code currentqualitygroupprediction}.
 */
@Entity
@UnboundedVarchar
@Table(name = "currentqualitygroupprediction")
public class CurrentQualityGroupPrediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "currentqualitygroupprediction_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_uuid", nullable = false)
    private FoilHoleGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @Column(name = "value", nullable = false)
    private Double value;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prediction_model_name", nullable = false)
    private QualityPredictionModel predictionModel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "metric_name")
    private QualityMetric metric;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public FoilHoleGroup getGroup() {
        return group;
    }

    public void setGroup(FoilHoleGroup group) {
        this.group = group;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

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
