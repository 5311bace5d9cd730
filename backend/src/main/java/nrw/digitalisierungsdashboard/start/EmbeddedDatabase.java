package nrw.digitalisierungsdashboard.start;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 started from the zonky binaries, for the local default and for tests.
 *
 * <p>zonky always starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}; later options
 * win, so the durable mode switches both back on: data kept on disk must survive a crash. The durable server is
 * password-protected (see {@link EmbeddedAccess}), an orphan of a killed backend is stopped before the start, and
 * {@link #supervise()} starts the server again when it dies (on the same port, so the connection pool reconnects).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    public static final String DATABASE = EmbeddedAccess.DATABASE;
    /** The superuser; tests' throw-away servers connect as it (they keep zonky's trust). */
    public static final String USER = EmbeddedAccess.SUPERUSER;

    private final Path dataDirectory;
    private final boolean durable;
    private final String user;
    private final String password;
    private final String superuserPassword;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedDatabase(
            EmbeddedPostgres postgres,
            Path dataDirectory,
            boolean durable,
            String user,
            String password,
            String superuserPassword) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.user = user;
        this.password = password;
        this.superuserPassword = superuserPassword;
    }

    /**
     * Durable server whose data survives restarts (the local default). {@code dataDirectory} is the PostgreSQL data
     * directory; the access files are kept in its parent (DASHBOARD_DATA_DIR).
     */
    public static EmbeddedDatabase startDurable(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        Path home = dataDirectory.getParent();
        Postmaster.stopOrphan(dataDirectory);
        EmbeddedAccess.Credentials c = EmbeddedAccess.read(home);
        if (c == null && EmbeddedAccess.secured(dataDirectory)) {
            throw new IllegalStateException("Das eingebettete PostgreSQL in " + dataDirectory + " verlangt Passwörter, "
                    + "aber " + home.resolve(EmbeddedAccess.APP_FILE) + " oder " + EmbeddedAccess.SUPERUSER_FILE
                    + " fehlt. Die Dateien aus einer Sicherung zurücklegen, oder die Daten mit scripts/backup.sh und "
                    + "restore.sh in ein neues Datenverzeichnis übertragen.");
        }
        EmbeddedPostgres pg = durableBuilder(dataDirectory, 0, c == null ? "" : c.superuserPassword())
                .start();
        try {
            if (c == null) {
                c = EmbeddedAccess.secure(home, dataDirectory, pg.getPort());
            } else if (!EmbeddedAccess.secured(dataDirectory)) {
                EmbeddedAccess.requirePasswords(dataDirectory, pg.getPort(), c);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            pg.close();
            throw new IOException(
                    "Zugang zum eingebetteten PostgreSQL ließ sich nicht einrichten: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(
                pg, dataDirectory, true, EmbeddedAccess.APP_ROLE, c.appPassword(), c.superuserPassword());
    }

    private static EmbeddedPostgres.Builder durableBuilder(Path dataDirectory, int port, String superuserPassword) {
        // PostgreSQL's own log goes beside the data, not into the dashboard's console
        File log = dataDirectory.resolveSibling("postgres.log").toFile();
        return EmbeddedPostgres.builder()
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // we stop it ourselves after Quarkus, with a fast shutdown
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setConnectConfig("password", superuserPassword)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("password_encryption", "scram-sha-256")
                // after a crash, one syncfs instead of an fsync per file before recovery: seconds faster back up
                .setServerConfig("recovery_init_sync_method", "syncfs")
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    /** Throw-away server for tests: fast settings, fresh data directory, zonky's trust for the superuser. */
    public static EmbeddedDatabase startEphemeral() throws IOException {
        Path dir = Files.createTempDirectory("dashboard-test-pg");
        return new EmbeddedDatabase(ephemeralBuilder(dir, 0).start(), dir, false, USER, "", "");
    }

    private static EmbeddedPostgres.Builder ephemeralBuilder(Path dir, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                // a new directory is initialised anyway; it is deleted by close(), not by zonky, which would also
                // delete it when only the lock of a dead server is released
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    /** The URL without credentials; {@link #user()} and {@link #password()} go beside it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server process, while it runs. */
    public Optional<ProcessHandle> postmaster() {
        return Postmaster.running(dataDirectory);
    }

    /**
     * Watches the server and starts it again on the same port when it has died (killed, crashed, stopped from
     * outside). A server someone else started on this directory meanwhile (e.g. {@code pg_ctl restart}) is kept.
     */
    public synchronized void supervise() {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(this::watch, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Follows the server process itself (its postmaster.pid is rewritten in place while it runs, so it is only read to
     * find the process, never to decide that it died).
     */
    private void watch() {
        ProcessHandle watched = findPostmaster();
        while (!closing) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            if (closing || (watched != null && !Postmaster.exited(watched))) {
                continue;
            }
            watched = findPostmaster();
            if (watched != null || closing) {
                continue; // started again from outside (e.g. pg_ctl restart), or found now
            }
            LOG.error("Das eingebettete PostgreSQL läuft nicht mehr; es wird neu gestartet.");
            long wait = 100;
            while (!closing && watched == null) {
                try {
                    startServer();
                    watched = findPostmaster();
                    LOG.info("Eingebettetes PostgreSQL wieder gestartet.");
                } catch (IOException | RuntimeException e) {
                    LOG.warnf(
                            "Neustart des eingebetteten PostgreSQL fehlgeschlagen (%s); neuer Versuch", e.getMessage());
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    wait = Math.min(2_000, wait * 2);
                }
            }
        }
    }

    /** The live server process; a file caught mid-rewrite is read again. */
    private ProcessHandle findPostmaster() {
        for (int i = 0; i < 5; i++) {
            Optional<ProcessHandle> p = postmaster();
            if (p.isPresent()) {
                return p.get();
            }
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Starts the server again on its port and data directory (after it died or {@link #stopServer()}). */
    public synchronized void startServer() throws IOException {
        if (closing || findPostmaster() != null) {
            return;
        }
        int port = port();
        try {
            // releases zonky's lock of the directory; the server itself is gone already
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Alte Instanz: %s", e.getMessage());
        }
        Postmaster.clearStaleLock(dataDirectory);
        postgres = durable
                ? durableBuilder(dataDirectory, port, superuserPassword).start()
                : ephemeralBuilder(dataDirectory, port).start();
    }

    /** Fast shutdown of the server alone (tests and the fault script simulate an outage with it). */
    public synchronized void stopServer() {
        Optional.ofNullable(findPostmaster()).ifPresent(p -> Postmaster.stop(p, Duration.ofSeconds(60)));
    }

    /** Stops supervising, then the server with a fast shutdown (shutdown checkpoint: the next start needs no recovery). */
    @Override
    public void close() throws IOException {
        closing = true;
        Thread s = supervisor;
        if (s != null) {
            s.interrupt();
        }
        synchronized (this) {
            Optional<ProcessHandle> server = postmaster();
            // zonky: pg_ctl stop -m fast, then releases the directory lock
            postgres.close();
            // pg_ctl returns once postmaster.pid is gone, a moment before the process has exited; should it not have
            // reached the server (another user namespace) or given up waiting, the server is stopped from here
            server.filter(p -> !Postmaster.waitForExit(p, Duration.ofSeconds(5)))
                    .ifPresent(p -> Postmaster.stop(p, Duration.ofSeconds(60)));
            if (!durable) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Testverzeichnis %s nicht gelöscht: %s", dir, e.getMessage());
        }
    }
}
