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

/** Which foil holes belong to which group. Table {@code foilholegroupmembership}. */
@Entity
@UnboundedVarchar
@Table(name = "foilholegroupmembership")
@IdClass(FoilHoleGroupMembership.Key.class)
public class FoilHoleGroupMembership {

    @Id
    @Column(name = "group_uuid", nullable = false)
    private String groupUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_uuid", insertable = false, updatable = false)
    private FoilHoleGroup group;

    @Id
    @Column(name = "foilhole_uuid", nullable = false)
    private String foilholeUuid;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "foilhole_uuid", insertable = false, updatable = false)
    private FoilHole foilHole;

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String groupUuid;
        private String foilholeUuid;

        public Key() {}

        public Key(String groupUuid, String foilholeUuid) {
            this.groupUuid = groupUuid;
            this.foilholeUuid = foilholeUuid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(groupUuid, k.groupUuid)
                    && Objects.equals(foilholeUuid, k.foilholeUuid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupUuid, foilholeUuid);
        }
    }

    public String getGroupUuid() {
        return groupUuid;
    }

    public void setGroupUuid(String groupUuid) {
        this.groupUuid = groupUuid;
    }

    public FoilHoleGroup getGroup() {
        return group;
    }

    public String getFoilholeUuid() {
        return foilholeUuid;
    }

    public void setFoilholeUuid(String foilholeUuid) {
        this.foilholeUuid = foilholeUuid;
    }

    public FoilHole getFoilHole() {
        return foilHole;
    }
}
