package org.smartem.db;

import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A named quality metric. Table {@code qualitymetric}. */
@Entity
@UnboundedVarchar
@Table(name = "qualitymetric")
public class QualityMetric {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @OneToMany(mappedBy = "metric")
    private List<CurrentQualityGroupPrediction> currentQualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
    private List<CurrentQualityPrediction> currentQualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
    private List<CurrentQualityPredictionModelWeight> currentQualityPredictionModelWeights = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
    private List<QualityGroupPrediction> qualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
    private List<QualityPrediction> qualityPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
    private List<QualityPredictionModelParameter> qualityPredictionModelParameters = new ArrayList<>();

    @OneToMany(mappedBy = "metric")
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
