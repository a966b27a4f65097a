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
 * Running statistics (count, sum, sum of squares) of a metric on a grid.
 * Table {@code qualitymetricstatistics}.
 */
@Entity
@UnboundedVarchar
@Table(name = "qualitymetricstatistics")
@IdClass(QualityMetricStatistics.Key.class)
public class QualityMetricStatistics {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "name", insertable = false, updatable = false)
    private QualityMetric metric;

    @Id
    @Column(name = "grid_uuid", nullable = false)
    private String gridUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_uuid", insertable = false, updatable = false)
    private Grid grid;

    @Column(name = "count", nullable = false)
    private Integer count;

    @Column(name = "value_sum", nullable = false)
    private Double valueSum;

    @Column(name = "squared_value_sum", nullable = false)
    private Double squaredValueSum;

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String name;
        private String gridUuid;

        public Key() {}

        public Key(String name, String gridUuid) {
            this.name = name;
            this.gridUuid = gridUuid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(name, k.name)
                    && Objects.equals(gridUuid, k.gridUuid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, gridUuid);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public QualityMetric getMetric() {
        return metric;
    }

    public String getGridUuid() {
        return gridUuid;
    }

    public void setGridUuid(String gridUuid) {
        this.gridUuid = gridUuid;
    }

    public Grid getGrid() {
        return grid;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Double getValueSum() {
        return valueSum;
    }

    public void setValueSum(Double valueSum) {
        this.valueSum = valueSum;
    }

    public Double getSquaredValueSum() {
        return squaredValueSum;
    }

    public void setSquaredValueSum(Double squaredValueSum) {
        this.squaredValueSum = squaredValueSum;
    }
}
