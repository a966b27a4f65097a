package io.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.autogen.ModelFixtures.*;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.PrimaryKeyDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import io.retort.schema.UniqueDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity reader, annotation by annotation; schemas compared in normal form. */
class EntityModelTest {
    static final Dialect DIALECT = new PostgresDialect();

    static DatabaseSchema model(Class<?>... entities) {
        return DIALECT.normalize(EntityModel.of(DIALECT, List.of(entities)));
    }

    static TableDef table(DatabaseSchema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema.tables()));
    }

    static ColumnDef column(TableDef table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.columnNames()));
    }

    @Test
    void tableAndColumnsFromTableColumnAndTheTypeTable() {
        TableDef item = table(model(Item.class), "shop.item");
        assertThat(item.columnNames()).containsExactly("id", "name", "code", "sku", "order", "price", "deleted", "title",
                "notes", "picture", "version", "colour", "shade", "paint", "attributes", "token", "born", "seen", "stamped",
                "weight", "ratio", "sizes");
        assertThat(item.columns()).extracting(ColumnDef::type).containsExactly("bigint", "character varying(80)",
                "character varying(255)", "character varying(12)", "integer", "numeric(10,2)", "boolean", "character varying",
                "oid", "oid", "integer", "character varying(255)", "smallint", "colour", "jsonb", "uuid", "date",
                "timestamp without time zone", "timestamp with time zone", "double precision", "real", "integer[]");
        assertThat(column(item, "id").notNull()).isTrue();
        assertThat(column(item, "name").notNull()).isTrue();
        assertThat(column(item, "code").notNull()).isFalse();
        assertThat(column(item, "deleted").notNull()).as("primitive").isTrue();
        assertThat(column(item, "sku")).extracting(ColumnDef::notNull, ColumnDef::defaultExpression).containsExactly(true, "'none'");
        assertThat(column(item, "deleted").defaultExpression()).isEqualTo("false");
        assertThat(column(item, "name").comment()).isEqualTo("shown to buyers");
        assertThat(item.comment()).isEqualTo("what we sell");
        assertThat(item.primaryKey()).isEqualTo(new PrimaryKeyDef("item_pkey", List.of("id")));
    }

    @Test
    void nativeEnumTypeWithItsLabelsAndDefault() {
        DatabaseSchema schema = model(Item.class);
        assertThat(schema.enums()).containsExactly(new EnumType("shop", "colour", List.of("RED", "GREEN")));
        assertThat(column(table(schema, "shop.item"), "paint").defaultExpression()).isEqualTo("'RED'");
    }

    @Test
    void indexesWithMethodWhereAndIncludeUniqueConstraintsAndChecks() {
        TableDef item = table(model(Item.class), "shop.item");
        IndexDef live = item.indexes().get("ix_item_live");
        assertThat(live).extracting(IndexDef::unique, IndexDef::method, IndexDef::keys, IndexDef::includeColumns,
                IndexDef::predicate).containsExactly(true, "btree", "sku, \"order\" desc", List.of("name"), "deleted = false");
        assertThat(item.indexes().get("ix_item_name").method()).isEqualTo("hash");
        assertThat(item.indexes()).containsKeys("item_price_idx", "item_pkey", "uq_item_code", "item_code_key");
        assertThat(item.uniques().values()).containsExactly(
                new UniqueDef("item_code_key", List.of("code"), false, false),
                new UniqueDef("uq_item_code", List.of("code", "sku"), false, false));
        assertThat(item.checks().values()).containsExactly(
                new CheckDef("item_colour_known", "colour = any (array['RED', 'GREEN']) and sku <> ''", true, false),
                new CheckDef("item_price_check", "price < 1000000", true, false),
                new CheckDef("item_price_positive", "price > 0", true, false));
    }

    @Test
    void renamesFromRenamedFrom() {
        ModelSchema model = new EntityReader(DIALECT).read(List.of(Item.class));
        assertThat(model.renames()).containsExactlyInAnyOrder(
                new ModelRename("shop", "item", null, "article"), new ModelRename("shop", "item", "title", "label"));
    }

    @Test
    void identitySequenceAndSerialColumns() {
        DatabaseSchema schema = model(Counter.class);
        TableDef counter = table(schema, "counter");
        assertThat(column(counter, "id")).extracting(ColumnDef::type, ColumnDef::identity, ColumnDef::notNull)
                .containsExactly("bigint", ColumnDef.Identity.BY_DEFAULT, true);
        assertThat(column(counter, "ticket").defaultExpression()).isNull();
        assertThat(column(counter, "serial").defaultExpression()).isEqualTo("nextval('counter_serial_seq')");
        assertThat(schema.sequences()).containsExactly(
                new SequenceDef("public", "counter_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "counter.id"),
                new SequenceDef("public", "counter_serial_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "counter.serial"),
                new SequenceDef("public", "ticket_seq", "bigint", 100, 10, 1, Long.MAX_VALUE, 1, false, null));
    }

    @Test
    void manyToOneAndOneToOneJoinColumnsWithForeignKeys() {
        DatabaseSchema schema = model(Order.class, Customer.class, Invoice.class);
        TableDef order = table(schema, "orders");
        assertThat(order.columnNames()).containsExactly("id", "customer_uuid", "contact", "invoice_id", "payer_uuid");
        assertThat(column(order, "customer_uuid")).extracting(ColumnDef::type, ColumnDef::notNull)
                .containsExactly("character varying(255)", true);
        assertThat(column(order, "invoice_id").type()).isEqualTo("integer");
        assertThat(order.foreignKeys().values()).containsExactly(
                new ForeignKeyDef("fk_order_customer", List.of("customer_uuid"), "public", "customer", List.of("uuid"),
                        "CASCADE", "NO ACTION", "SIMPLE", false, false, true),
                new ForeignKeyDef("orders_contact_fkey", List.of("contact"), "public", "customer", List.of("email"),
                        "NO ACTION", "NO ACTION", "SIMPLE", false, false, true),
                new ForeignKeyDef("orders_invoice_id_fkey", List.of("invoice_id"), "public", "invoice", List.of("id"),
                        "NO ACTION", "NO ACTION", "SIMPLE", false, false, true),
                new ForeignKeyDef("orders_payer_uuid_fkey", List.of("payer_uuid"), "public", "customer", List.of("uuid"),
                        "NO ACTION", "NO ACTION", "SIMPLE", false, false, true));
        assertThat(order.uniques()).containsOnlyKeys("orders_invoice_id_key");
        assertThat(table(schema, "invoice").foreignKeys()).as("NO_CONSTRAINT").isEmpty();
    }

    @Test
    void aJoinInTheCompositeKeyTakesItsDefaultNameFromTheTargetsKey() {
        TableDef line = table(model(OrderLine.class, Order.class, Customer.class, Invoice.class), "order_line");
        assertThat(line.primaryKey().columns()).containsExactly("order_id", "line");
        assertThat(column(line, "order_id")).extracting(ColumnDef::type, ColumnDef::notNull).containsExactly("integer", true);
        assertThat(line.foreignKeys()).containsOnlyKeys("order_line_order_id_fkey");
    }

    @Test
    void mappedSuperclassEmbeddedAndTemporalColumns() {
        TableDef shop = table(model(Shop.class), "shop");
        assertThat(shop.columnNames()).containsExactly("created_at", "id", "street", "city", "opened");
        assertThat(column(shop, "opened").type()).as("@Temporal(DATE)").isEqualTo("date");
        assertThat(column(shop, "created_at").defaultExpression()).isEqualTo("now()");
        assertThat(column(shop, "city").notNull()).isTrue();
    }

    @Test
    void singleTableInheritanceOneTableWithDiscriminatorAndNullableSubclassColumns() {
        DatabaseSchema schema = model(Vehicle.class, Truck.class);
        assertThat(schema.tables()).hasSize(1);
        TableDef vehicle = table(schema, "vehicle");
        assertThat(vehicle.columnNames()).containsExactly("id", "wheels", "kind", "load");
        assertThat(column(vehicle, "kind")).extracting(ColumnDef::type, ColumnDef::notNull)
                .containsExactly("character varying(31)", true);
        assertThat(column(vehicle, "load").notNull()).isFalse();
    }

    @Test
    void anElementCollectionIsOneLineNamingClassAndField() {
        assertThatThrownBy(() -> model(Tagged.class)).isInstanceOf(RetortException.class)
                .hasMessage("io.retort.autogen.ModelFixtures$Tagged.tags: @ElementCollection is not supported by the model"
                        + " reader; map the collection table as an @Entity");
    }

    @Test
    void propertyAccessIsAClearError() {
        assertThatThrownBy(() -> model(ByGetters.class)).isInstanceOf(RetortException.class)
                .hasMessage("io.retort.autogen.ModelFixtures$ByGetters.getId(): annotations on getters (property access)"
                        + " are not supported by the model reader; annotate the fields");
    }

    @Test
    void joinedInheritanceIsAClearError() {
        assertThatThrownBy(() -> model(JoinedRoot.class, JoinedLeaf.class)).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("io.retort.autogen.ModelFixtures$JoinedLeaf: @Inheritance(strategy = JOINED) is not supported");
    }
}
