package nrw.digitalisierungsdashboard.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.ToDoubleFunction;
import nrw.digitalisierungsdashboard.common.ReadSource;

/**
 * Where the statistics were read with a read replica configured ({@code dashboard_read_replica_total{ergebnis=...}}):
 * on the replica, on the primary because the replica had not replayed the latest writes yet, or on the primary
 * because the replica failed. Without a replica all three stay 0.
 */
@Startup
@ApplicationScoped
public class ReadReplicaMetrics {

    private static final String BESCHREIBUNG = "Statistik-Lesezugriffe bei konfiguriertem Lesereplikat: dort gelesen "
            + "(replikat), vom Primärserver, weil es nachlief (nachlaufend) oder ausfiel (fehler)";

    ReadReplicaMetrics(ReadSource source, MeterRegistry registry) {
        register(registry, source, "replikat", s -> s.replicaReads());
        register(registry, source, "nachlaufend", s -> s.laggingReads());
        register(registry, source, "fehler", s -> s.failedReads());
    }

    private static void register(
            MeterRegistry registry, ReadSource source, String ergebnis, ToDoubleFunction<ReadSource> count) {
        FunctionCounter.builder("dashboard.read.replica", source, count)
                .description(BESCHREIBUNG)
                .tag("ergebnis", ergebnis)
                .register(registry);
    }
}
