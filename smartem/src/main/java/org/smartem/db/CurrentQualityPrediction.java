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

/** The latest prediction for a grid square or foil hole. Table {@code currentqualityprediction}. */
@Entity
@UnboundedVarchar
@Table(name = "currentqualityprediction")
public class CurrentQualityPrediction extends ModelPrediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "currentqualityprediction_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_uuid", nullable = false)
    private Grid grid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "foilhole_uuid")
    private FoilHole foilHole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gridsquare_uuid")
    private GridSquare gridSquare;

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

    public FoilHole getFoilHole() {
        return foilHole;
    }

    public void setFoilHole(FoilHole foilHole) {
        this.foilHole = foilHole;
    }

    public GridSquare getGridSquare() {
        return gridSquare;
    }

    public void setGridSquare(GridSquare gridSquare) {
        this.gridSquare = gridSquare;
    }
}
