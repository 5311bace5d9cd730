package nrw.digitalisierungsdashboard.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Import jobs by status ({@code dashboard_import_jobs{status=...}}) and the age of the oldest
 * waiting job, read from the job table every 30 s: the table is shared by all replicas, so each
 * reports the same cluster-wide numbers, and the scrape itself never touches the database.
 */
@Startup
@ApplicationScoped
public class ImportJobMetrics {

    private static final Logger LOG = Logger.getLogger(ImportJobMetrics.class);

    /** The CHECK constraint of import_job.status (V4__umsetzungsstand.sql). */
    static final List<String> STATUSES = List.of("WARTEND", "PRUEFUNG", "SCHREIBEN", "FERTIG", "FEHLGESCHLAGEN");

    private final DataSource dataSource;
    private final Map<String, AtomicLong> jobs = new LinkedHashMap<>();
    private final AtomicLong oldestWaitingSeconds = new AtomicLong();

    ImportJobMetrics(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        for (String status : STATUSES) {
            AtomicLong count = new AtomicLong();
            jobs.put(status, count);
            Gauge.builder("dashboard.import.jobs", count, AtomicLong::get)
                    .description("Importaufträge je Status (alle Replikate, aus der Datenbank)")
                    .tag("status", status)
                    .register(registry);
        }
        Gauge.builder("dashboard.import.oldest.waiting", oldestWaitingSeconds, AtomicLong::get)
                .description("Alter des ältesten noch nicht fertigen Importauftrags")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(
            identity = "import-job-metrics",
            every = "${dashboard.metrics.refresh:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        String sql = """
        SELECT status, count(*),
               coalesce(extract(epoch FROM now() - min(erstellt_am))::bigint, 0)
          FROM import_job GROUP BY status\
        """;
        Map<String, Long> counts = new LinkedHashMap<>();
        long oldest = 0;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
                if (!"FERTIG".equals(rs.getString(1)) && !"FEHLGESCHLAGEN".equals(rs.getString(1))) {
                    oldest = Math.max(oldest, rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            // the readiness check reports a lost database; the gauges keep their last values
            LOG.debugf("Importaufträge für die Metriken nicht lesbar: %s", e.getMessage());
            return;
        }
        jobs.forEach((status, count) -> count.set(counts.getOrDefault(status, 0L)));
        oldestWaitingSeconds.set(oldest);
    }
}
