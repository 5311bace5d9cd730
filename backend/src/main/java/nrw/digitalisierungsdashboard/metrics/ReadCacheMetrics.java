package nrw.digitalisierungsdashboard.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import nrw.digitalisierungsdashboard.common.http.ReadCache;

/**
 * The public read cache's hits and misses ({@code dashboard_read_cache_requests_total{ergebnis=...}}), read from its
 * own counters at each scrape. Per replica: each instance has its cache, invalidated through the database's
 * change notification.
 */
@Startup
@ApplicationScoped
public class ReadCacheMetrics {

    private static final String BESCHREIBUNG =
            "Öffentliche Leseanfragen: aus dem Zwischenspeicher (treffer) oder neu berechnet (fehlschuss)";

    ReadCacheMetrics(ReadCache cache, MeterRegistry registry) {
        FunctionCounter.builder("dashboard.read.cache.requests", cache, ReadCache::hits)
                .description(BESCHREIBUNG)
                .tag("ergebnis", "treffer")
                .register(registry);
        FunctionCounter.builder("dashboard.read.cache.requests", cache, ReadCache::misses)
                .description(BESCHREIBUNG)
                .tag("ergebnis", "fehlschuss")
                .register(registry);
    }
}
