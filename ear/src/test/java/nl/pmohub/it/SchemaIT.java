package nl.pmohub.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema as the database catalogue describes it, after the migrations ran: every foreign key has an index
 * that starts with its columns, so deleting or changing a parent (a project with two years of hours) never scans
 * the child table.
 */
class SchemaIT extends EndToEnd {

    @Test
    void everyForeignKeyHasAnIndexLedByItsColumns() throws SQLException {
        List<String> unindexed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             ResultSet rs = db.createStatement().executeQuery("""
                     select con.conrelid::regclass::text, con.conname
                     from pg_constraint con
                     where con.contype = 'f' and con.connamespace = 'public'::regnamespace
                       and not exists (
                           select 1 from pg_index i
                           where i.indrelid = con.conrelid
                             and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(con.conkey)] @> con.conkey
                             and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(con.conkey)] <@ con.conkey
                             -- a partial index serves a key only when it leaves out no row with a key (col IS NOT NULL)
                             and (i.indpred is null or pg_get_expr(i.indpred, i.indrelid) ~ '^\\(*[a-z_]+ IS NOT NULL\\)*$'))""")) {
            while (rs.next()) {
                unindexed.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertThat(unindexed).as("foreign keys without an index led by their columns").isEmpty();
    }
}
