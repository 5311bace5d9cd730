package nrw.digitalisierungsdashboard.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import nrw.digitalisierungsdashboard.start.EmbeddedDatabase;

/**
 * A real streaming hot standby of the test database. The zonky bundle has no pg_basebackup, so it is built with
 * PostgreSQL's low-level base backup (documentation, "Making a Base Backup Using the Low Level API"): backup start,
 * a copy of the data directory while the primary keeps writing, backup stop, its label written into the copy, then
 * {@code standby.signal} and the connection to the primary. A physical slot keeps the WAL until the standby has it.
 */
public final class Standby implements AutoCloseable {

    private static final String SLOT = "lesen_test";
    /** Per the documentation: the server's runtime files and directories whose contents a backup leaves out. */
    private static final Set<String> CONTENTS_OMITTED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private static final Set<String> FILES_OMITTED =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label.old");

    private final EmbeddedDatabase primary;
    private final Path directory;
    private final EmbeddedPostgres server;

    private Standby(EmbeddedDatabase primary, Path directory, EmbeddedPostgres server) {
        this.primary = primary;
        this.directory = directory;
        this.server = server;
    }

    /** Builds and starts a standby of {@code primary} on {@code port}; returns once it accepts read-only queries. */
    public static Standby start(EmbeddedDatabase primary, int port) throws Exception {
        Path dir = Files.createTempDirectory("dashboard-test-standby");
        try (Connection c = superuser(primary.port());
                Statement st = c.createStatement()) {
            st.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '" + SLOT
                    + "'");
            st.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            st.execute("SELECT pg_backup_start('lesen-test', true)");
            copy(primary.dataDirectory(), dir);
            try (ResultSet rs = st.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                rs.next();
                Files.writeString(dir.resolve("backup_label"), rs.getString(1));
                String map = rs.getString(2);
                if (map != null && !map.isEmpty()) {
                    Files.writeString(dir.resolve("tablespace_map"), map);
                }
            }
        }
        Files.createFile(dir.resolve("standby.signal"));
        Files.writeString(
                dir.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=" + primary.port() + " user=" + EmbeddedDatabase.USER
                        + " application_name=lesen-test'\nprimary_slot_name = '" + SLOT + "'\nhot_standby = on\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new Standby(primary, dir, server);
    }

    public int port() {
        return server.getPort();
    }

    /** Stops replaying WAL: the standby answers, but from an ever older state. */
    public void pause() throws SQLException {
        run("SELECT pg_wal_replay_pause()");
    }

    public void resume() throws SQLException {
        run("SELECT pg_wal_replay_resume()");
    }

    /** How many connections the backend holds open on the standby (its pool's application name). */
    public int backendConnections() throws SQLException {
        try (Connection c = superuser(port());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dashboard-readonly'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** True once the standby has replayed everything the primary has written so far. */
    public boolean caughtUp() throws SQLException {
        String position;
        try (Connection c = superuser(primary.port());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT CAST(pg_current_wal_insert_lsn() AS text)")) {
            rs.next();
            position = rs.getString(1);
        }
        try (Connection c = superuser(port());
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT pg_last_wal_replay_lsn() >= CAST('" + position + "' AS pg_lsn)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private void run(String sql) throws SQLException {
        try (Connection c = superuser(port());
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Fast shutdown of the standby alone (it can be started again with a new {@link #start}). */
    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            try (Connection c = superuser(primary.port());
                    Statement st = c.createStatement()) {
                st.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
                        + SLOT + "' AND NOT active");
            } catch (SQLException ignored) {
                // the primary may be gone already at the end of the run
            }
        }
    }

    private static Connection superuser(int port) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER, "");
    }

    /** Copies a data directory that is being written meanwhile: files may vanish or change under the copy. */
    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(dir);
                Files.createDirectories(to.resolve(rel));
                if (rel.getNameCount() == 1 && CONTENTS_OMITTED.contains(rel.toString())) {
                    if (rel.toString().equals("pg_wal")) {
                        Files.createDirectories(to.resolve(rel).resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                String name = file.getFileName().toString();
                if ((rel.getNameCount() == 1 && FILES_OMITTED.contains(name)) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(rel), StandardCopyOption.REPLACE_EXISTING);
                } catch (NoSuchFileException gone) {
                    // dropped while copying; the WAL replay recreates what the standby needs
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }
}
