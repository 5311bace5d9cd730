package nrw.digitalisierungsdashboard.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import nrw.digitalisierungsdashboard.start.EmbeddedDatabase;

/**
 * Starts a throw-away embedded PostgreSQL 17 for the test run, unless QUARKUS_DATASOURCE_JDBC_URL names a server.
 * Registered once (restrictToAnnotatedClass = false) so all test classes share one application and database.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private static volatile EmbeddedDatabase current;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            database = EmbeddedDatabase.startEphemeral();
            current = database;
        } catch (Exception e) {
            throw new IllegalStateException("Eingebettetes PostgreSQL für die Tests ließ sich nicht starten", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                database.jdbcUrl(),
                "quarkus.datasource.username",
                database.user(),
                "quarkus.datasource.password",
                database.password());
    }

    /** The test run's server, for tests that take it away and bring it back (null with an external database). */
    public static EmbeddedDatabase database() {
        return current;
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (Exception ignored) {
                // the JVM ends next; nothing left to protect
            }
        }
    }
}
