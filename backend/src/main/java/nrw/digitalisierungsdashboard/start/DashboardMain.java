package nrw.digitalisierungsdashboard.start;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Entry point. Without {@code QUARKUS_DATASOURCE_JDBC_URL} the backend starts its own PostgreSQL before the
 * datasource opens, so a fresh clone runs with one command; with it, the configured server is used.
 */
@QuarkusMain
public class DashboardMain {

    private static final Logger LOG = Logger.getLogger(DashboardMain.class);

    /** Held so the level set on it is not lost to garbage collection before Quarkus configures logging. */
    private static final java.util.logging.Logger ZONKY = java.util.logging.Logger.getLogger("io.zonky");

    public static void main(String... args) throws Exception {
        // All times are stored and logged in UTC, whatever the host's zone.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // Quarkus' own check of the request URI answers 400 with an empty body; common/HttpHardening makes the same
        // check and answers problem+json with the security headers (set before Quarkus reads it)
        System.setProperty("vertx.disableURIValidation", "true");
        if (externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        ZONKY.setLevel(Level.WARNING);
        // local mode: no load balancer to drain, so SIGTERM stops at once (unless a delay is configured)
        if (System.getenv("DASHBOARD_SHUTDOWN_DELAY") == null && System.getProperty("quarkus.shutdown.delay") == null) {
            System.setProperty("quarkus.shutdown.delay", "0s");
        }
        Path dataDir =
                Path.of(envOr("DASHBOARD_DATA_DIR", ".data")).toAbsolutePath().normalize();
        EmbeddedDatabase db = EmbeddedDatabase.startDurable(dataDir.resolve("postgres"));
        db.supervise();
        // On SIGTERM the JVM runs all shutdown hooks at once: Quarkus' own hook stops the application and lets the
        // main thread return from Quarkus.run, which then stops PostgreSQL. This hook only waits for that, so no
        // request or transaction loses its database mid-flight and the JVM does not exit before the checkpoint.
        Thread main = Thread.currentThread();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                main.join(90_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            closeQuietly(db);
                        },
                        "embedded-postgres-stop"));
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", db.user());
        System.setProperty("quarkus.datasource.password", db.password());
        // the bulk files live beside the database unless configured otherwise
        if (System.getenv("DASHBOARD_DOWNLOADS_DIR") == null && System.getProperty("dashboard.downloads.dir") == null) {
            System.setProperty(
                    "dashboard.downloads.dir", dataDir.resolve("downloads").toString());
        }
        LOG.infof(
                "Eingebettetes PostgreSQL 17 auf localhost:%d, Daten in %s, überwacht (wird neu gestartet, falls es "
                        + "endet) – nur für den lokalen Betrieb; für Server QUARKUS_DATASOURCE_JDBC_URL setzen.",
                db.port(), db.dataDirectory());
        int[] exitCode = {0};
        try {
            // an exit handler instead of Quarkus' System.exit: during a signal's shutdown System.exit would block
            // this thread for good (the JVM is already exiting), and nothing after Quarkus would run
            Quarkus.run(
                    null,
                    (code, failure) -> {
                        exitCode[0] = code;
                        if (failure != null) {
                            // with an exit handler of its own, Quarkus leaves reporting a failed start to it; the
                            // log may not be set up yet (e.g. invalid configuration), so also on stderr
                            LOG.error("Start fehlgeschlagen", failure);
                            System.err.println("Start fehlgeschlagen: " + failure);
                            failure.printStackTrace();
                        }
                    },
                    args);
        } finally {
            closeQuietly(db);
        }
        if (!ApplicationLifecycleManager.isVmShuttingDown()) {
            System.exit(exitCode[0]);
        }
    }

    private static boolean externalDatabaseConfigured() {
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String prop = System.getProperty("quarkus.datasource.jdbc.url");
        return (env != null && !env.isBlank()) || (prop != null && !prop.isBlank());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static synchronized void closeQuietly(EmbeddedDatabase db) {
        try {
            db.close();
        } catch (Exception e) {
            LOG.warn("Eingebettetes PostgreSQL ließ sich nicht sauber beenden", e);
        }
    }
}
