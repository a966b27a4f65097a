package org.smartem.db;

import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where a grid square lies on an atlas tile (the many-to-many link between them).
 * Table {@code atlastilegridsquareposition}.
 */
@Entity
@UnboundedVarchar
@Table(name = "atlastilegridsquareposition")
@IdClass(AtlasTileGridSquarePosition.Key.class)
public class AtlasTileGridSquarePosition {

    @Id
    @Column(name = "atlastile_uuid", nullable = false)
    private String atlastileUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "atlastile_uuid", insertable = false, updatable = false)
    private AtlasTile atlasTile;

    @Id
    @Column(name = "gridsquare_uuid", nullable = false)
    private String gridsquareUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gridsquare_uuid", insertable = false, updatable = false)
    private GridSquare gridSquare;

    @Column(name = "center_x", nullable = false)
    private Integer centerX;

    @Column(name = "center_y", nullable = false)
    private Integer centerY;

    @Column(name = "size_width", nullable = false)
    private Integer sizeWidth;

    @Column(name = "size_height", nullable = false)
    private Integer sizeHeight;

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String atlastileUuid;
        private String gridsquareUuid;

        public Key() {}

        public Key(String atlastileUuid, String gridsquareUuid) {
            this.atlastileUuid = atlastileUuid;
            this.gridsquareUuid = gridsquareUuid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(atlastileUuid, k.atlastileUuid)
                    && Objects.equals(gridsquareUuid, k.gridsquareUuid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(atlastileUuid, gridsquareUuid);
        }
    }

    public String getAtlastileUuid() {
        return atlastileUuid;
    }

    public void setAtlastileUuid(String atlastileUuid) {
        this.atlastileUuid = atlastileUuid;
    }

    public AtlasTile getAtlasTile() {
        return atlasTile;
    }

    public String getGridsquareUuid() {
        return gridsquareUuid;
    }

    public void setGridsquareUuid(String gridsquareUuid) {
        this.gridsquareUuid = gridsquareUuid;
    }

    public GridSquare getGridSquare() {
        return gridSquare;
    }

    public Integer getCenterX() {
        return centerX;
    }

    public void setCenterX(Integer centerX) {
        this.centerX = centerX;
    }

    public Integer getCenterY() {
        return centerY;
    }

    public void setCenterY(Integer centerY) {
        this.centerY = centerY;
    }

    public Integer getSizeWidth() {
        return sizeWidth;
    }

    public void setSizeWidth(Integer sizeWidth) {
        this.sizeWidth = sizeWidth;
    }

    public Integer getSizeHeight() {
        return sizeHeight;
    }

    public void setSizeHeight(Integer sizeHeight) {
        this.sizeHeight = sizeHeight;
    }
}
