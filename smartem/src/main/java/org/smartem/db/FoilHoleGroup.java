package org.smartem.db;

import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of foil holes that receive one shared prediction. Table {@code foilholegroup}. */
@Entity
@UnboundedVarchar
@Table(name = "foilholegroup")
public class FoilHoleGroup {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @Column(name = "name")
    private String name;

    @OneToMany(mappedBy = "group")
    private List<CurrentQualityGroupPrediction> currentQualityGroupPredictions = new ArrayList<>();

    @OneToMany(mappedBy = "group")
    private List<QualityGroupPrediction> qualityGroupPredictions = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<CurrentQualityGroupPrediction> getCurrentQualityGroupPredictions() {
        return currentQualityGroupPredictions;
    }

    public List<QualityGroupPrediction> getQualityGroupPredictions() {
        return qualityGroupPredictions;
    }
}
