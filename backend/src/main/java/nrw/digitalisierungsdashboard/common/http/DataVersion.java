package nrw.digitalisierungsdashboard.common.http;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Which state of the public data this instance has seen. Every committed change of a public table notifies the
 * channel {@value #CHANNEL} (statement triggers, migration V9), whoever wrote it: this instance, another replica or
 * an operator in psql. A LISTEN connection bumps the generation on each notification; writes of this instance also
 * bump it synchronously after their commit, so their own next read never waits for the notification.
 *
 * <p>While the LISTEN connection is down, notifications may be missed: the instance is not {@link #tracking()} and
 * nothing is served from or stored into the read cache; after reconnecting it bumps once, since anything may have
 * changed meanwhile.
 */
@ApplicationScoped
public class DataVersion {

    public static final String CHANNEL = "dashboard_daten";

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final long POLL_MILLIS = 2_000;

    private final TransactionSynchronizationRegistry registry;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Instant> lastModified = new AtomicReference<>(Instant.EPOCH);
    private volatile boolean tracking;
    private volatile boolean running;
    private Thread listener;

    public DataVersion(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** The current generation; an answer rendered at generation g is valid while this is still g. */
    public long current() {
        return generation.get();
    }

    /** True while every change is seen: only then may answers be cached. */
    public boolean tracking() {
        return tracking;
    }

    /** When the public data last changed, to the second (HTTP dates have no finer grain). */
    public Instant lastModified() {
        return lastModified.get();
    }

    /**
     * Something changed: every answer rendered so far is stale. Last-Modified moves at least one second past the
     * value already handed out, so If-Modified-Since can never call a changed answer unchanged.
     */
    public void bump() {
        generation.incrementAndGet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        lastModified.getAndUpdate(prev -> now.isAfter(prev) ? now : prev.plusSeconds(1));
    }

    /**
     * Bumps once the current transaction has committed (never on rollback): a write's own next read, on this
     * instance, sees its result without waiting for the notification.
     */
    public void bumpAfterCommit() {
        if (registry.getResource(DataVersion.class) != null) {
            return;
        }
        registry.putResource(DataVersion.class, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    bump();
                }
            }
        });
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "data-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        tracking = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        long backoff = 200;
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                    if (first) {
                        initialiseLastModified(st);
                        generation.incrementAndGet();
                    } else {
                        bump();
                    }
                }
                first = false;
                tracking = true;
                backoff = 200;
                LOG.debug("Lauscht auf Änderungen der öffentlichen Daten");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications((int) POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        bump();
                    } else {
                        // a silent connection may be a dead one (no RST after a server crash or a cut cable)
                        try (Statement st = connection.createStatement()) {
                            st.setQueryTimeout(5);
                            st.execute("SELECT 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (tracking) {
                    LOG.warnf(
                            "Verbindung für Änderungsmeldungen verloren (%s); der Lesecache ruht bis zur Wiederverbindung",
                            e.getMessage());
                }
                tracking = false;
            }
            if (!running) {
                return;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, 2_000);
        }
    }

    private void initialiseLastModified(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                "SELECT greatest((SELECT max(zeitpunkt) FROM aenderung), (SELECT max(geladen_am) FROM datensatz))")) {
            if (rs.next()) {
                Timestamp t = rs.getTimestamp(1);
                if (t != null) {
                    Instant last = t.toInstant().truncatedTo(ChronoUnit.SECONDS);
                    lastModified.getAndUpdate(prev -> last.isAfter(prev) ? last : prev);
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Properties p = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> p.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "dashboard-data-version");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }
}
