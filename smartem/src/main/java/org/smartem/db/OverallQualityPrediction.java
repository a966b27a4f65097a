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
 * The overall ranking of a foil hole, with a suggested acquisition order.
 * Table {@code overallqualityprediction}.
 */
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
    private FoilHole foilHole;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gridsquare_uuid", nullable = false)
    private GridSquare gridSquare;

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

    public FoilHole getFoilHole() {
        return foilHole;
    }

    public void setFoilHole(FoilHole foilHole) {
        this.foilHole = foilHole;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public GridSquare getGridSquare() {
        return gridSquare;
    }

    public void setGridSquare(GridSquare gridSquare) {
        this.gridSquare = gridSquare;
    }

    public Integer getSuggestedAcquisitionIndex() {
        return suggestedAcquisitionIndex;
    }

    public void setSuggestedAcquisitionIndex(Integer suggestedAcquisitionIndex) {
        this.suggestedAcquisitionIndex = suggestedAcquisitionIndex;
    }
}
