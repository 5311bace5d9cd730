package nrw.digitalisierungsdashboard.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Replicas starting at the same time on one PostgreSQL take turns for the start-up work (first admin account,
 * reference data, examples, the Soll, abandoned imports): the first start-up observer takes a session advisory lock on
 * a connection of its own, the last one releases it. The next instance then finds everything loaded and changes
 * nothing. A process that dies during its start closes the connection, which releases the lock. Flyway locks its
 * migrations itself before this.
 */
@ApplicationScoped
public class StartSperre {

    private static final Logger LOG = Logger.getLogger(StartSperre.class);

    /** Key of the advisory lock (one bigint); distinct from the two-int key spaces of jobs and imports. */
    static final long SCHLUESSEL = 0x0da5_4b0a_4d00_0001L;

    private final AgroalDataSource dataSource;
    private Connection verbindung;
    private volatile boolean fertig;

    public StartSperre(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void sperren(@Observes @Priority(1) StartupEvent event) throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement st = c.createStatement();
                ResultSet frei = st.executeQuery("SELECT pg_try_advisory_lock(" + SCHLUESSEL + ")")) {
            if (!(frei.next() && frei.getBoolean(1))) {
                LOG.info("Ein anderes Replikat lädt gerade die Startdaten; warte darauf.");
                st.execute("SELECT pg_advisory_lock(" + SCHLUESSEL + ")");
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        verbindung = c;
    }

    /**
     * Whether this instance has finished its start-up work; scheduled jobs fire as soon as the scheduler runs, which
     * can be before (a Tagesstand written then would miss the reference data).
     */
    public boolean fertig() {
        return fertig;
    }

    void freigeben(@Observes @Priority(100_000) StartupEvent event) {
        fertig = true;
        Connection c = verbindung;
        verbindung = null;
        if (c == null) {
            return;
        }
        try (c;
                Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + SCHLUESSEL + ")");
        } catch (SQLException e) {
            // closing the connection releases the lock as well
            LOG.debugf("Startsperre: %s", e.getMessage());
        }
    }
}
