package org.smartem.db;

import io.retort.entity.Sequence;
import io.retort.entity.ServerDefault;
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

/** A parameter of a prediction model on a grid. Table {@code qualitypredictionmodelparameter}. */
@Entity
@UnboundedVarchar
@Table(name = "qualitypredictionmodelparameter")
public class QualityPredictionModelParameter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "qualitypredictionmodelparameter_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prediction_model_name", nullable = false)
    private QualityPredictionModel predictionModel;

    @Column(name = "key", nullable = false)
    private String key;

    @Column(name = "value", nullable = false)
    private Double value;

    @Column(name = "\"group\"", nullable = false)
    @ServerDefault("''")
    private String group = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "metric_name")
    private QualityMetric metric;

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

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public QualityMetric getMetric() {
        return metric;
    }

    public void setMetric(QualityMetric metric) {
        this.metric = metric;
    }
}
