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

/** Table {@code overallqualityprediction}. */
@Entity
@UnboundedVarchar
@Table(name = "overallqualityprediction")
public class OverallQualityPrediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "overallqualityprediction_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "value", nullable = false)
    private Double value;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "foilhole_uuid", nullable = false)
    private FoilHole foilhole;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gridsquare_uuid", nullable = false)
    private GridSquare gridsquare;

    @Column(name = "suggested_acquisition_index", nullable = false)
    private Integer suggestedAcquisitionIndex;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public FoilHole getFoilhole() {
        return foilhole;
    }

    public void setFoilhole(FoilHole foilhole) {
        this.foilhole = foilhole;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public GridSquare getGridsquare() {
        return gridsquare;
    }

    public void setGridsquare(GridSquare gridsquare) {
        this.gridsquare = gridsquare;
    }

    public Integer getSuggestedAcquisitionIndex() {
        return suggestedAcquisitionIndex;
    }

    public void setSuggestedAcquisitionIndex(Integer suggestedAcquisitionIndex) {
        this.suggestedAcquisitionIndex = suggestedAcquisitionIndex;
    }
}
