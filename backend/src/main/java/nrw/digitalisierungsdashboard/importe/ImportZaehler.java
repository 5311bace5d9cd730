package nrw.digitalisierungsdashboard.importe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this instance's import worker did, as Prometheus counters (per replica; the job table's counts for all
 * replicas are metrics/ImportJobMetrics): runs started, finished with or without writing, failed with an internal
 * error, and the records read.
 */
@ApplicationScoped
public class ImportZaehler {

    private final Counter begonnen;
    private final Counter geschrieben;
    private final Counter nichtGeschrieben;
    private final Counter fehler;
    private final Counter zeilen;

    public ImportZaehler(MeterRegistry registry) {
        begonnen = Counter.builder("dashboard.import.runs.started")
                .description("Begonnene Importe (dieses Replikat)")
                .register(registry);
        geschrieben = ende(registry, "geschrieben");
        nichtGeschrieben = ende(registry, "nicht_geschrieben");
        fehler = Counter.builder("dashboard.import.runs.failed")
                .description("Importe mit internem Fehler (dieses Replikat)")
                .register(registry);
        zeilen = Counter.builder("dashboard.import.rows")
                .description("Gelesene Datensätze aller Importe (dieses Replikat)")
                .register(registry);
    }

    private static Counter ende(MeterRegistry registry, String ergebnis) {
        return Counter.builder("dashboard.import.runs.finished")
                .description("Beendete Importe: geschrieben, oder nichts geschrieben (Probelauf, abgelehnt)")
                .tag("ergebnis", ergebnis)
                .register(registry);
    }

    void begonnen() {
        begonnen.increment();
    }

    void beendet(boolean geschrieben, long zeilen) {
        (geschrieben ? this.geschrieben : nichtGeschrieben).increment();
        this.zeilen.increment(zeilen);
    }

    void fehlgeschlagen() {
        fehler.increment();
    }
}
