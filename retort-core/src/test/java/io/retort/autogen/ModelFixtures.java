package io.retort.autogen;

import io.retort.entity.CheckConstraint;
import io.retort.entity.Comment;
import io.retort.entity.DbEnum;
import io.retort.entity.ForeignKeyAction;
import io.retort.entity.IndexSpec;
import io.retort.entity.Jsonb;
import io.retort.entity.RenamedFrom;
import io.retort.entity.Sequence;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Small entities, one or two mapping facts each, for {@link EntityModelTest}. */
final class ModelFixtures {
    private ModelFixtures() {}

    enum Colour { RED, GREEN }

    @Entity
    @Table(name = "item", schema = "shop",
            indexes = {@Index(name = "ix_item_name", columnList = "name"),
                    @Index(name = "ix_item_live", columnList = "sku, \"order\" DESC", unique = true),
                    @Index(columnList = "price")},
            uniqueConstraints = @UniqueConstraint(name = "uq_item_code", columnNames = {"code", "sku"}))
    @IndexSpec(index = "ix_item_live", method = "btree", where = "deleted = false", include = {"name"})
    @IndexSpec(index = "ix_item_name", method = "hash")
    @CheckConstraint(name = "item_price_positive", value = "price > 0")
    @CheckConstraint(name = "item_colour_known", value = "colour IN ('RED', 'GREEN') AND sku <> ''")
    @Comment("what we sell")
    @RenamedFrom("article")
    static class Item {
        @Id @Column(name = "id") long id;
        @Column(name = "name", nullable = false, length = 80) @Comment("shown to buyers") String name;
        @Column(name = "code", unique = true) String code;
        @Column(name = "sku", columnDefinition = "varchar(12) DEFAULT 'none' NOT NULL") String sku;
        @Column(name = "\"order\"") Integer order;
        @Column(precision = 10, scale = 2) @CheckConstraint("price < 1000000") BigDecimal price;
        @Column(name = "deleted") @ServerDefault("false") boolean deleted;
        @Column(name = "title") @RenamedFrom("label") @UnboundedVarchar String title;
        @Lob String notes;
        @Lob byte[] picture;
        @Version int version;
        @Enumerated(EnumType.STRING) Colour colour;
        Colour shade;
        @Enumerated(EnumType.STRING) @DbEnum(name = "colour") @Column(columnDefinition = "colour") @ServerDefault("'RED'")
        Colour paint;
        @Jsonb @Column(columnDefinition = "jsonb") String attributes;
        UUID token;
        LocalDate born;
        LocalDateTime seen;
        Instant stamped;
        double weight;
        Float ratio;
        int[] sizes;
        @Transient String ignored;
        static String alsoIgnored;
    }

    @Entity
    @Table(name = "counter")
    static class Counter {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
        @SequenceGenerator(name = "tickets", sequenceName = "ticket_seq", initialValue = 100, allocationSize = 10)
        Long ticket;
        @Sequence(name = "counter_serial_seq", type = "bigint") @Column(nullable = false) Integer serial;
    }

    @Entity
    @Table(name = "customer")
    static class Customer {
        @Id String uuid;
        @Column(name = "email", unique = true) String email;
    }

    @Entity
    @Table(name = "orders")
    static class Order {
        @Id Integer id;
        @ManyToOne(optional = false) @JoinColumn(name = "customer_uuid", foreignKey = @ForeignKey(name = "fk_order_customer"))
        @ForeignKeyAction(onDelete = "CASCADE") Customer customer;
        @ManyToOne @JoinColumn(name = "contact", referencedColumnName = "email") Customer contact;
        @OneToOne @JoinColumn(name = "invoice_id") Invoice invoice;
        @ManyToOne Customer payer;
        @OneToMany(mappedBy = "order") List<Invoice> history;
    }

    @Entity
    @Table(name = "invoice")
    static class Invoice {
        @Id Integer id;
        @ManyToOne @JoinColumn(name = "order_id", foreignKey = @ForeignKey(jakarta.persistence.ConstraintMode.NO_CONSTRAINT))
        Order order;
    }

    @Entity
    @Table(name = "order_line")
    static class OrderLine {
        @Id @ManyToOne Order order;
        @Id Integer line;
    }

    @Entity
    @Table(name = "by_getters")
    static class ByGetters {
        private Integer id;

        @Id
        Integer getId() {
            return id;
        }
    }

    @MappedSuperclass
    abstract static class Audited {
        @Column(name = "created_at", nullable = false) @ServerDefault("now()") LocalDateTime createdAt;
    }

    @Embeddable
    static class Address {
        @Column(name = "street") String street;
        @Column(name = "city", nullable = false) String city;
    }

    @Entity
    @Table(name = "shop")
    static class Shop extends Audited {
        @Id Integer id;
        @Embedded Address address;
        @jakarta.persistence.Temporal(jakarta.persistence.TemporalType.DATE) java.util.Date opened;
    }

    @Entity
    @Table(name = "vehicle")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @DiscriminatorColumn(name = "kind")
    static class Vehicle {
        @Id Integer id;
        @Column(name = "wheels", nullable = false) Integer wheels;
    }

    @Entity
    static class Truck extends Vehicle {
        @Column(name = "load", nullable = false) Integer load;
    }

    @Entity
    @Table(name = "tagged")
    static class Tagged {
        @Id Integer id;
        @ElementCollection List<String> tags;
    }

    @Entity
    @Table(name = "joined_root")
    @Inheritance(strategy = InheritanceType.JOINED)
    static class JoinedRoot {
        @Id Integer id;
    }

    @Entity
    static class JoinedLeaf extends JoinedRoot {
        Integer extra;
    }
}
