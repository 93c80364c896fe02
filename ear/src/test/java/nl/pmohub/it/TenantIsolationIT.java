package nl.pmohub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The product's first promise: one tenant never sees another's data. Both walls are tested: the
 * application (tokens, URLs, ids) and the database (row-level security for SQL that forgets the tenant).
 */
class TenantIsolationIT extends EndToEnd {

    @Test
    void aTokenOfOneTenantIsRefusedOnAnotherTenantsUrl() {
        String acme = Http.token("acme", "pm");
        assertThat(Http.get(Projects.url("globex"), acme).status()).isEqualTo(401);
        assertThat(Http.post(Projects.url("globex"), acme, Projects.valid(Stack.unique("X-")).build().toString()).status()).isEqualTo(401);
        assertThat(Http.get(Projects.url("acme"), acme).status()).isEqualTo(200);
    }

    @Test
    void platformTokensAndTokensWithoutOurAudienceAreRefused() {
        assertThat(Http.get(Projects.url("acme"), Http.token("pmohub", "operator")).status()).isEqualTo(401);
        // admin-cli exists in every realm and issues tokens without the pmohub-api audience
        assertThat(Http.get(Projects.url("acme"), Http.token("acme", "pm", "admin-cli")).status()).isEqualTo(401);
        assertThat(Http.get(Projects.url("acme"), null).status()).isEqualTo(401);
        assertThat(Http.get(Projects.url("acme"), "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        String globexPm = Http.token("globex", "pm");
        String acmePm = Http.token("acme", "pm");
        JsonObject globexProject = Projects.create("globex", globexPm, Stack.unique("GLX-"));
        String id = globexProject.getString("id");

        assertThat(Http.get(Projects.url("acme") + "/" + id, acmePm).status()).isEqualTo(404);
        assertThat(Http.put(Projects.url("acme") + "/" + id, acmePm, "\"0\"", Projects.valid("HIJACK").build().toString()).status()).isEqualTo(404);
        assertThat(Http.delete(Projects.url("acme") + "/" + id, acmePm, "\"0\"").status()).isEqualTo(404);

        Http.Reply stillThere = Http.get(Projects.url("globex") + "/" + id, globexPm);
        assertThat(stillThere.status()).isEqualTo(200);
        assertThat(stillThere.json().getString("code")).isEqualTo(globexProject.getString("code"));
    }

    @Test
    void anUnknownTenantIsNotFound() {
        Http.Reply reply = Http.get(Projects.url("no-such-tenant"), Http.token("acme", "pm"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Http.get(Stack.BASE_URL + "/t/no-such-tenant/", null).status()).isEqualTo(404);
    }

    @Test
    void listsUnderConcurrencyNeverMixTenants() throws Exception {
        String acme = Http.token("acme", "viewer");
        String globex = Http.token("globex", "viewer");
        Set<String> globexIds = ids(Http.get(Projects.url("globex") + "?size=200", globex).json());
        Set<String> acmeIds = ids(Http.get(Projects.url("acme") + "?size=200", acme).json());
        assertThat(globexIds).isNotEmpty().doesNotContainAnyElementsOf(acmeIds);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Set<String>>> results = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                boolean asAcme = i % 2 == 0;
                results.add(pool.submit(() -> ids(Http.get(Projects.url(asAcme ? "acme" : "globex") + "?size=200", asAcme ? acme : globex).json())));
            }
            for (int i = 0; i < results.size(); i++) {
                Set<String> seen = results.get(i).get();
                if (i % 2 == 0) {
                    assertThat(seen).doesNotContainAnyElementsOf(globexIds);
                } else {
                    assertThat(seen).doesNotContainAnyElementsOf(acmeIds);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The second wall: SQL run as the application's role sees only the tenant set on the connection. */
    @Test
    void nativeSqlAsTheApplicationRoleSeesOnlyTheCurrentTenant() throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            db.setAutoCommit(false);
            assertThat(count(db, "select count(*) from project")).as("no tenant set: nothing").isZero();

            setTenant(db, "acme");
            assertThat(count(db, "select count(*) from project")).isPositive();
            assertThat(count(db, "select count(*) from project where tenant_id <> 'acme'")).isZero();
            assertThat(count(db, "select count(*) from project where tenant_id = 'globex'")).isZero();
            assertThatThrownBy(() -> db.createStatement().executeUpdate(
                    "insert into project (id, tenant_id, code, name, method, manager, start_date, end_date, status, phase, created_at, updated_at, version) "
                            + "values (gen_random_uuid(), 'globex', 'SNEAK', 'Sneak', 'SCRUM', 'x', current_date, current_date, 'GREEN', 'ACTIVE', now(), now(), 0)"))
                    .hasMessageContaining("row-level security");
            db.rollback();

            setTenant(db, "acme");
            int moved = db.createStatement().executeUpdate("update project set name = name where tenant_id = 'globex'");
            assertThat(moved).isZero();
            db.rollback();

            assertThat(count(db, "select count(*) from project")).as("setting was transaction-local").isZero();

            setTenant(db, "acme");
            assertThat(count(db, "select count(*) from milestone")).as("demo milestones").isPositive();
            assertThat(count(db, "select count(*) from milestone where tenant_id <> 'acme'")).isZero();
            assertThat(count(db, "select count(*) from milestone m join project p on p.id = m.project_id where p.tenant_id = 'globex'")).isZero();
            db.rollback();
            assertThat(count(db, "select count(*) from milestone")).as("no tenant: no milestones").isZero();
        }
    }

    /**
     * Every table with a tenant_id column (found in the catalogue alone, so a new context's tables are
     * included without editing this test, whether or not they hold demo rows) has forced row-level
     * security with a policy on tenant_id for reads and writes, and SQL run as the application role sees
     * nothing without a tenant and none of another tenant's rows.
     */
    @Test
    void everyTenantOwnedTableIsWalledOffInTheDatabase() throws SQLException {
        List<String> tables = tenantOwnedTables();
        assertThat(tables).contains("project", "milestone", "stage", "stage_gate", "gate_document", "deliverable",
                "deliverable_dependency", "sprint", "backlog_item");
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            for (String table : tables) {
                try (PreparedStatement policy = db.prepareStatement("""
                        select c.relrowsecurity and c.relforcerowsecurity,
                               exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                                         and p.cmd = 'ALL' and p.permissive = 'PERMISSIVE'
                                         and p.qual like '%tenant_id%app.tenant_id%' and p.with_check like '%tenant_id%app.tenant_id%')
                        from pg_class c where c.oid = ?::regclass""")) {
                    policy.setString(1, table);
                    try (ResultSet rs = policy.executeQuery()) {
                        rs.next();
                        assertThat(rs.getBoolean(1)).as("forced RLS on " + table).isTrue();
                        assertThat(rs.getBoolean(2)).as("tenant policy on " + table).isTrue();
                    }
                }
            }
            db.setAutoCommit(false);
            for (String table : tables) {
                assertThat(count(db, "select count(*) from " + table)).as("no tenant set: no rows of " + table).isZero();
                setTenant(db, "globex");
                assertThat(count(db, "select count(*) from " + table + " where tenant_id <> 'globex'")).as(table).isZero();
                db.rollback();
                setTenant(db, "acme");
                assertThat(count(db, "select count(*) from " + table + " where tenant_id <> 'acme'")).as(table).isZero();
                db.rollback();
            }
        }
    }

    /**
     * The marketplace's records that belong to one client but are read by the platform too (agreements, their
     * versions, engagements, fee statements, contracts; found by their client_tenant column and row-level security):
     * a tenant's SQL sees only its own rows and cannot write another's, the platform ('*platform') sees both, nothing
     * set or '' sees nothing. The function that sums a professional's hours over all clients puts the tenant back.
     */
    @Test
    void theMarketplacesClientRecordsShowATenantOnlyItsOwn() throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'client_tenant'
                    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relrowsecurity order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("agreement", "agreement_version", "engagement", "fee_statement", "marketplace_contract");
            db.setAutoCommit(false);
            for (String table : tables) {
                assertThat(count(db, "select count(*) from " + table)).as("nothing set: no rows of " + table).isZero();
                setTenant(db, "");
                assertThat(count(db, "select count(*) from " + table)).as("'': no rows of " + table).isZero();
                setTenant(db, "*platform");
                assertThat(count(db, "select count(distinct client_tenant) from " + table)).as("the platform sees both clients in " + table).isEqualTo(2);
                db.rollback();
                for (String tenant : List.of("acme", "globex")) {
                    setTenant(db, tenant);
                    assertThat(count(db, "select count(*) from " + table)).as(tenant + " has demo rows in " + table).isPositive();
                    assertThat(count(db, "select count(*) from " + table + " where client_tenant <> '" + tenant + "'")).as(table).isZero();
                    db.rollback();
                }
            }
            setTenant(db, "acme");
            assertThatThrownBy(() -> db.createStatement().executeUpdate("insert into marketplace_contract (id, client_tenant, legal_name, fee_percent, "
                    + "set_by, created_at, updated_at, version) values (gen_random_uuid(), 'globex', 'Sneak', 1, 'x', now(), now(), 0)"))
                    .hasMessageContaining("row-level security");
            db.rollback();
            setTenant(db, "acme");
            assertThat(db.createStatement().executeUpdate("update marketplace_contract set fee_percent = fee_percent where client_tenant = 'globex'"))
                    .isZero();
            count(db, "select professional_committed_hours(gen_random_uuid(), current_date, current_date)");
            assertThat(count(db, "select count(*) from engagement where client_tenant <> 'acme'")).as("the tenant is back after the function").isZero();
            db.rollback();
        }
    }

    /**
     * Both demo tenants have rows in every tenant-owned table: every context's demo data was written (a seed
     * CDI cannot find writes nothing and fails nowhere else), and the isolation checks above have another
     * tenant's rows to not see.
     */
    @Test
    void everyTenantOwnedTableHasDemoRowsForBothDemoTenants() throws SQLException {
        List<String> empty = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            db.setAutoCommit(false);
            for (String tenant : List.of("acme", "globex")) {
                for (String table : tenantOwnedTables()) {
                    setTenant(db, tenant);
                    if (count(db, "select count(*) from " + table) == 0) {
                        empty.add(tenant + "." + table);
                    }
                    db.rollback();
                }
            }
        }
        assertThat(empty).as("tenant tables without demo rows").isEmpty();
    }

    /**
     * The third wall, from the catalogue: every foreign key from a tenant-owned table to a tenant-owned
     * table pairs tenant_id with tenant_id, so the database itself refuses a row pointing at a parent of
     * another tenant (PostgreSQL checks foreign keys without row-level security).
     */
    @Test
    void everyForeignKeyBetweenTenantTablesCarriesTheTenant() throws SQLException {
        List<String> loose = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             ResultSet rs = db.createStatement().executeQuery("""
                     select con.conname, con.conrelid::regclass::text,
                            exists (select 1 from unnest(con.conkey, con.confkey) as k(child_col, parent_col)
                                    join pg_attribute ca on ca.attrelid = con.conrelid and ca.attnum = k.child_col
                                    join pg_attribute pa on pa.attrelid = con.confrelid and pa.attnum = k.parent_col
                                    where ca.attname = 'tenant_id' and pa.attname = 'tenant_id')
                     from pg_constraint con
                     where con.contype = 'f'
                       and exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
                       and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'tenant_id' and not a.attisdropped)""")) {
            int keys = 0;
            while (rs.next()) {
                keys++;
                if (!rs.getBoolean(3)) {
                    loose.add(rs.getString(2) + "." + rs.getString(1));
                }
            }
            assertThat(keys).as("foreign keys between tenant tables").isGreaterThanOrEqualTo(13);
        }
        assertThat(loose).as("foreign keys without tenant_id").isEmpty();
    }

    /** The third wall, tried: as the application role in acme, a milestone pointing at globex's project is refused. */
    @Test
    void theDatabaseRefusesARowPointingAtAnotherTenantsProject() throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            db.setAutoCommit(false);
            setTenant(db, "globex");
            String globexProject = firstId(db, "select id from project order by code limit 1");
            String globexStage = firstId(db, "select id from stage order by start_date limit 1");
            db.rollback();

            setTenant(db, "acme");
            String acmeProject = firstId(db, "select id from project order by code limit 1");
            assertThatThrownBy(() -> insertMilestone(db, globexProject, null))
                    .as("acme row, globex project").hasMessageContaining("foreign key");
            db.rollback();
            setTenant(db, "acme");
            assertThatThrownBy(() -> insertMilestone(db, acmeProject, globexStage))
                    .as("acme row and project, globex stage").hasMessageContaining("foreign key");
            db.rollback();
            setTenant(db, "acme");
            assertThat(insertMilestone(db, acmeProject, null)).as("the same row within acme is accepted").isEqualTo(1);
            db.rollback();
        }
    }

    private static int insertMilestone(Connection db, String projectId, String stageId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into milestone (id, tenant_id, project_id, stage_id, name, planned_date, baseline_date, percent_complete, created_at, updated_at, version)
                values (gen_random_uuid(), 'acme', ?::uuid, ?::uuid, 'Wall test', current_date, current_date, 0, now(), now(), 0)""")) {
            insert.setString(1, projectId);
            insert.setString(2, stageId);
            return insert.executeUpdate();
        }
    }

    private static List<String> tenantOwnedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app");
             ResultSet rs = db.createStatement().executeQuery("""
                     select c.relname from pg_class c
                     join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                     join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                     where c.relkind in ('r', 'p') order by c.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String firstId(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() throws SQLException {
        try (Connection db = DriverManager.getConnection(Stack.DB_URL, "pmohub_app", "pmohub_app")) {
            assertThatThrownBy(() -> db.createStatement().execute("alter table project disable row level security"))
                    .isInstanceOf(SQLException.class);
            try (ResultSet role = db.createStatement().executeQuery("select rolbypassrls, rolsuper from pg_roles where rolname = current_user")) {
                role.next();
                assertThat(role.getBoolean(1)).isFalse();
                assertThat(role.getBoolean(2)).isFalse();
            }
        }
    }

    private static void setTenant(Connection db, String tenant) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> ids(JsonObject page) {
        Set<String> ids = new HashSet<>();
        page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> ids.add(p.getString("id")));
        return ids;
    }
}
