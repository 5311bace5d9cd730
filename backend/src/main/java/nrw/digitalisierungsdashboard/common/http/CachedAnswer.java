package nrw.digitalisierungsdashboard.common.http;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One public answer as it goes over the wire, rendered once per data generation: the JSON bytes, pre-compressed
 * where that pays, the validators and headers that belong to them, and the route template its metrics are counted
 * under.
 */
record CachedAnswer(
        long generation,
        String contentType,
        String etag,
        String lastModified,
        String link,
        String pathTemplate,
        Buffer identity,
        Buffer gzip,
        Buffer brotli,
        AtomicBoolean compressionQueued) {

    long weight() {
        return identity.length() + (gzip == null ? 0 : gzip.length()) + (brotli == null ? 0 : brotli.length()) + 256;
    }
}
