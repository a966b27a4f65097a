package org.smartem.db;

import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A named quality prediction model and what it may do. Table {@code qualitypredictionmodel}. */
@Entity
@UnboundedVarchar
@Table(name = "qualitypredictionmodel")
public class QualityPredictionModel {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    @ServerDefault("''")
    private String description = "";

    @Column(name = "level")
    private String level;

    @Column(name = "can_train", nullable = false)
    @ServerDefault("false")
    private Boolean canTrain = false;

    @Column(name = "can_infer", nullable = false)
    @ServerDefault("true")
    private Boolean canInfer = true;

    @Column(name = "can_update", nullable = false)
    @ServerDefault("false")
    private Boolean canUpdate = false;

    @OneToMany(mappedBy = "predictionModel")
    private List<CurrentQualityGroupPrediction> currentQualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<CurrentQualityPrediction> currentQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<CurrentQualityPredictionModelWeight> currentQualityPredictionModelWeights = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<QualityGroupPrediction> qualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<QualityPrediction> qualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<QualityPredictionModelParameter> qualityPredictionModelParameters = new ArrayList<>();

    @OneToMany(mappedBy = "predictionModel")
    private List<QualityPredictionModelWeight> qualityPredictionModelWeights = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public Boolean getCanTrain() {
        return canTrain;
    }

    public void setCanTrain(Boolean canTrain) {
        this.canTrain = canTrain;
    }

    public Boolean getCanInfer() {
        return canInfer;
    }

    public void setCanInfer(Boolean canInfer) {
        this.canInfer = canInfer;
    }

    public Boolean getCanUpdate() {
        return canUpdate;
    }

    public void setCanUpdate(Boolean canUpdate) {
        this.canUpdate = canUpdate;
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

    public List<QualityGroupPrediction> getQualityGroupPredictions() {
        return qualityGroupPredictions;
    }

    public List<QualityPrediction> getQualityPredictions() {
        return qualityPredictions;
    }

    public List<QualityPredictionModelParameter> getQualityPredictionModelParameters() {
        return qualityPredictionModelParameters;
    }

    public List<QualityPredictionModelWeight> getQualityPredictionModelWeights() {
        return qualityPredictionModelWeights;
    }
}
