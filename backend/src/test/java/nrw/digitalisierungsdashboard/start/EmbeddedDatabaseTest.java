package nrw.digitalisierungsdashboard.start;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nrw.digitalisierungsdashboard.support.EmbeddedDatabaseChild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The durable embedded PostgreSQL of the local mode: protected by generated passwords, an application role without
 * superuser rights, migrated from the trust of earlier versions without losing data, started again when it dies,
 * an orphan of a killed backend stopped before the start, and stopped with a clean checkpoint.
 */
class EmbeddedDatabaseTest {

    private Path home;
    private Path data;

    @BeforeEach
    void directory() throws Exception {
        home = Files.createTempDirectory("dashboard-embedded-test");
        data = home.resolve("postgres");
    }

    @AfterEach
    void cleanUp() throws Exception {
        Postmaster.running(data).ifPresent(p -> Postmaster.stop(p, Duration.ofSeconds(30)));
        try (var paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long count(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = EmbeddedAccess.connect(db.port(), db.user(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldDemandGeneratedPasswordsAndUseAnApplicationRoleWithoutSuperuserRights() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data)) {
            assertEquals("dashboard", db.user());
            for (String file : List.of("postgres.env", "postgres-superuser.env")) {
                Path f = home.resolve(file);
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), file);
                assertTrue(Files.readString(f).contains("PGPASSWORD="), file);
            }
            assertEquals(0, count(db, "SELECT count(*) FROM pg_roles WHERE rolname = 'dashboard' AND rolsuper"));
            assertTrue(Files.readString(data.resolve("pg_hba.conf")).contains("scram-sha-256"));
            assertFalse(Files.readString(data.resolve("pg_hba.conf")).contains("trust"));
            // no trust any more: without a password the driver cannot even answer the SCRAM challenge ...
            assertThrows(
                    SQLException.class,
                    () -> EmbeddedAccess.connect(db.port(), "postgres", "").close());
            // ... and a wrong one is refused by the server
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> EmbeddedAccess.connect(db.port(), "postgres", "postgres")
                            .close());
            assertEquals("28P01", refused.getSQLState(), refused.getMessage());
            assertThrows(
                    SQLException.class,
                    () -> EmbeddedAccess.connect(db.port(), "dashboard", "falsch")
                            .close());
        }
    }

    @Test
    void shouldMigrateADirectoryThatStillTrustsEveryoneWithoutLosingData() throws Exception {
        // as earlier versions left it: zonky's trust, everything owned by the superuser
        Files.createDirectories(data);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE alt (id bigserial PRIMARY KEY, wert text)");
            s.execute("INSERT INTO alt (wert) VALUES ('bleibt')");
            s.execute("CREATE VIEW alt_sicht AS SELECT wert FROM alt");
            s.execute("CREATE FUNCTION alt_zahl() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM alt'");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data)) {
            assertEquals(1, count(db, "SELECT alt_zahl()"));
            assertEquals(
                    0,
                    count(
                            db,
                            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    + "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> 'dashboard'"));
            try (Connection c = EmbeddedAccess.connect(db.port(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO alt (wert) VALUES ('neu')");
                s.execute("ALTER TABLE alt ADD COLUMN spalte integer");
            }
        }
        // the next start reads the stored passwords
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data)) {
            assertEquals(2, count(db, "SELECT count(*) FROM alt_sicht"));
        }
    }

    @Test
    void shouldStartTheServerAgainWhenItIsKilled() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data)) {
            try (Connection c = EmbeddedAccess.connect(db.port(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bestand (wert text)");
                s.execute("INSERT INTO bestand VALUES ('quittiert')");
            }
            db.supervise();
            ProcessHandle first = db.postmaster().orElseThrow();
            assertTrue(first.destroyForcibly()); // SIGKILL
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Long count = null;
            while (System.nanoTime() < deadline && count == null) {
                Thread.sleep(200);
                try {
                    count = count(db, "SELECT count(*) FROM bestand");
                } catch (SQLException notYet) {
                    // still starting
                }
            }
            assertEquals(1L, count, "wieder erreichbar, nichts verloren");
            assertNotEquals(first.pid(), db.postmaster().orElseThrow().pid());
        }
    }

    @Test
    void shouldStopAnOrphanOfAKilledBackendBeforeStarting() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        long orphanPid;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("BEREIT")) {
                // the child's log
            }
            assertNotNull(line, "Kind-Backend nicht gestartet");
            orphanPid = Long.parseLong(line.substring("BEREIT ".length()).trim());
            child.destroyForcibly().waitFor(); // kill -9: no shutdown hook, PostgreSQL stays
        }
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "verwaist");
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data)) {
            assertFalse(
                    ProcessHandle.of(orphanPid).map(p -> !Postmaster.exited(p)).orElse(false), "beendet");
            assertEquals(1, count(db, "SELECT 1"));
        }
        String log = Files.readString(home.resolve("postgres.log"));
        assertTrue(log.contains("received fast shutdown request"), "das verwaiste PostgreSQL endete sauber");
    }

    @Test
    void shouldShutDownWithACheckpointSoTheNextStartNeedsNoRecovery() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.startDurable(data);
        long pid = db.postmaster().orElseThrow().pid();
        db.close();
        assertFalse(ProcessHandle.of(pid).map(p -> !Postmaster.exited(p)).orElse(false));
        assertFalse(Files.exists(data.resolve("postmaster.pid")));
        try (EmbeddedDatabase again = EmbeddedDatabase.startDurable(data)) {
            String log = Files.readString(home.resolve("postgres.log"));
            assertTrue(log.contains("database system was shut down at"), log);
            assertFalse(log.contains("database system was interrupted"), log);
        }
    }
}
