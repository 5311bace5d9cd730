package nrw.digitalisierungsdashboard.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Public answers as bytes, keyed by the request URI. An entry is served only while the data generation it was
 * rendered at is current and changes are being tracked; older entries stay (within the byte budget) as the last
 * known answer for when the database cannot be reached.
 */
@ApplicationScoped
public class ReadCache {

    private final DataVersion version;
    private final boolean enabled;
    private final Cache<String, CachedAnswer> entries;
    private final LongAdder hits = new LongAdder();
    /** One thread: compression is background work and must not take both cores from the requests. */
    private final ExecutorService compressor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-cache-compression");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final LongAdder misses = new LongAdder();
    private final LongAdder stale = new LongAdder();

    public ReadCache(DataVersion version, PublicHttpConfig config) {
        this.version = version;
        this.enabled = config.cache().enabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxBytes())
                .weigher((String key, CachedAnswer a) -> (int) Math.min(Integer.MAX_VALUE, a.weight() + key.length()))
                .build();
    }

    /** The current answer for this URI, or null when it must be computed. */
    CachedAnswer current(String uri) {
        if (!enabled || !version.tracking()) {
            return null;
        }
        CachedAnswer a = entries.getIfPresent(uri);
        if (a == null || a.generation() != version.current()) {
            misses.increment();
            return null;
        }
        hits.increment();
        return a;
    }

    /** The last answer known for this URI, whatever its generation (for a database outage). */
    CachedAnswer lastKnown(String uri) {
        return enabled ? entries.getIfPresent(uri) : null;
    }

    /** Keeps an answer rendered at {@code generation}, if that is still current and changes are tracked. */
    void store(
            String uri,
            long generation,
            String contentType,
            String etag,
            String lastModified,
            String link,
            String pathTemplate,
            byte[] body) {
        if (!enabled || !version.tracking() || generation != version.current()) {
            return;
        }
        entries.put(
                uri,
                new CachedAnswer(
                        generation,
                        contentType,
                        etag,
                        lastModified,
                        link,
                        pathTemplate,
                        Buffer.buffer(body),
                        null,
                        null,
                        new AtomicBoolean()));
    }

    /**
     * An answer read again by a client that takes gzip or brotli: compressed once, off the request path, and kept
     * beside the plain bytes. Answers read only once between two writes are never compressed in advance (the HTTP
     * layer compresses those on the fly).
     */
    void compressSoon(String uri, CachedAnswer plain) {
        if (plain.gzip() != null
                || plain.identity().length() < Compression.MIN_BYTES
                || !plain.compressionQueued().compareAndSet(false, true)) {
            return;
        }
        compressor.execute(() -> {
            if (plain.generation() != version.current()) {
                return; // stale before its turn came
            }
            byte[] body = plain.identity().getBytes();
            byte[] br = Compression.brotli(body);
            entries.asMap()
                    .replace(
                            uri,
                            plain,
                            new CachedAnswer(
                                    plain.generation(),
                                    plain.contentType(),
                                    plain.etag(),
                                    plain.lastModified(),
                                    plain.link(),
                                    plain.pathTemplate(),
                                    plain.identity(),
                                    Buffer.buffer(Compression.gzip(body)),
                                    br == null ? null : Buffer.buffer(br),
                                    plain.compressionQueued()));
        });
    }

    public long hits() {
        return hits.sum();
    }

    /** Counts an answer served from {@link #lastKnown} while the database was away. */
    void servedStale() {
        stale.increment();
    }

    public long staleServed() {
        return stale.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long size() {
        return entries.estimatedSize();
    }
}
