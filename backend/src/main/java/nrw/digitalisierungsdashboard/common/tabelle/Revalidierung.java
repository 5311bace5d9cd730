package nrw.digitalisierungsdashboard.common.tabelle;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import nrw.digitalisierungsdashboard.common.http.ConditionalReads;
import nrw.digitalisierungsdashboard.common.http.DataVersion;
import nrw.digitalisierungsdashboard.common.http.PublicHttpConfig;

/**
 * Validators for public answers that are streamed (CSV, XLSX) and so never pass through the JSON layer's hashing: a
 * weak ETag from this instance's data generation, the URI and the format, and Last-Modified from the data version.
 * While the instance does not see every change (no LISTEN connection), no validator is given and nothing answers 304.
 */
@ApplicationScoped
public class Revalidierung {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** Per process: generations restart with the process, so a tag from before a restart never matches. */
    private final String instanz = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

    /** Where the HTTP layer leaves the generation it saw when the request came in (before anything was read). */
    private static final String GENERATION = "dashboard.generation";

    private final DataVersion version;
    private final CurrentVertxRequest request;
    private final String cacheControl;

    public Revalidierung(DataVersion version, CurrentVertxRequest request, PublicHttpConfig config) {
        this.version = version;
        this.request = request;
        this.cacheControl = ConditionalReads.publicCacheControl(config);
    }

    /**
     * The validators of this request's answer, from the generation seen before any data was read: a change while it
     * renders moves the generation on, so the tag is at worst older than the content, never newer.
     */
    public Stand stand(String uri, String mediaType) {
        if (!version.tracking()) {
            return null;
        }
        Long seen = request.getCurrent() == null ? null : request.getCurrent().get(GENERATION);
        long generation = seen != null ? seen : version.current();
        String tag = "W/\"" + hash(instanz + "|" + generation + "|" + mediaType + "|" + uri) + "\"";
        return new Stand(tag, version.lastModified());
    }

    /** 304 when the client's copy is current (If-None-Match first, else If-Modified-Since), else null. */
    public Response unveraendert(Stand stand, HttpHeaders request) {
        if (stand == null) {
            return null;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean aktuell = ifNoneMatch != null
                ? passt(ifNoneMatch, stand.etag())
                : nichtGeaendertSeit(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), stand.geaendert());
        return aktuell ? kopf(Response.notModified(), stand).build() : null;
    }

    /** ETag, Last-Modified, Cache-Control and Vary on a 200 or 304. */
    public Response.ResponseBuilder kopf(Response.ResponseBuilder response, Stand stand) {
        response.header(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (stand == null) {
            return response.header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        }
        return response.header(HttpHeaders.ETAG, stand.etag())
                .header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(stand.geaendert()))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** Weak comparison (RFC 9110, 13.1.2), as If-None-Match asks for. */
    static boolean passt(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if ((c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    static boolean nichtGeaendertSeit(String ifModifiedSince, Instant geaendert) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !geaendert.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.trim())));
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored (RFC 9110, 13.1.3)
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validators of one answer. */
    public record Stand(String etag, Instant geaendert) {}
}
