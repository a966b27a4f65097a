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
import java.time.LocalDateTime;

/** A time-stamped prediction for a grid square or foil hole. Table {@code qualityprediction}. */
@Entity
@UnboundedVarchar
@Table(name = "qualityprediction")
public class QualityPrediction extends ModelPrediction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "qualityprediction_id_seq")
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "timestamp", nullable = false)
    private LocalDateTime timestamp;

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

    public LocalDateTime getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(LocalDateTime timestamp) {
        this.timestamp = timestamp;
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
