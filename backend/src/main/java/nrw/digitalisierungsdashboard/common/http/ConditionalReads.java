package nrw.digitalisierungsdashboard.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import nrw.digitalisierungsdashboard.common.Page;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful JSON GET leaves with validators and caching rules: a strong ETag from its bytes (with the entity's
 * version in front where it has one, so If-Match keeps working), Last-Modified, Cache-Control, RFC 8288 Link headers
 * on collections, and 304 when the client already has it. Answers marked {@link PublicRead} go into the read cache.
 */
public class ConditionalReads {

    /** Where the fast path leaves the generation it saw, so what is rendered is stored under that one. */
    static final String GENERATION = "dashboard.generation";

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private static final MediaType JSON = MediaType.valueOf("application/json;charset=UTF-8");
    static final String VARY = "Accept, Accept-Encoding, Origin";

    private final ObjectMapper json;
    private final DataVersion version;
    private final ReadCache cache;
    private final String publicCacheControl;

    public ConditionalReads(ObjectMapper json, DataVersion version, ReadCache cache, PublicHttpConfig config) {
        this.json = json;
        this.version = version;
        this.cache = cache;
        this.publicCacheControl = publicCacheControl(config);
    }

    @ServerResponseFilter
    public void filter(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource,
            RoutingContext routing) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return;
        }
        String path = routing.request().path();
        if (privatePath(path)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (type == null && producesJson(resource)) {
            type = JSON; // a Response built without a type: negotiation would pick the method's JSON
        }
        if (response.getStatus() != 200
                || entity == null
                || entity instanceof byte[]
                || entity instanceof String
                || type == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return;
        }
        boolean publicRead = isPublicRead(resource);
        byte[] body = serialise(entity);
        Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        // shared answers: the version plus the content hash, so derived parts that change without the version
        // (figures, names of linked entries) never hide behind a 304; answers for one client (an entry its
        // editor reads before writing) keep the plain version the writes answer with and If-Match expects
        String etag = publicRead || versionTag == null ? etag(versionTag, body) : plain(versionTag);
        String lastModified = HTTP_DATE.format(version.lastModified());
        String link = entity instanceof Page<?> page ? Links.of(routing.request(), page) : null;

        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, publicRead ? publicCacheControl : "private, no-cache");
        headers.putSingle(HttpHeaders.VARY, VARY);
        if (link != null) {
            headers.putSingle("Link", link);
        }
        if (publicRead && FastReads.acceptsJson(routing.request())) {
            Long generation = routing.get(GENERATION);
            if (generation != null) {
                cache.store(
                        routing.request().uri(),
                        generation,
                        type.toString(),
                        etag,
                        lastModified,
                        link,
                        RouteTemplate.of(routing),
                        body);
            }
        }
        // an entry's plain version says nothing about whose view of it the client holds (what it may edit): only
        // tags that name the bytes answer 304
        boolean tagNamesBytes = publicRead || versionTag == null;
        if (tagNamesBytes && notModified(request, etag, version.lastModified())) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), type);
    }

    /** What public reads say to browsers and shared caches (see {@link PublicHttpConfig#maxAge}). */
    public static String publicCacheControl(PublicHttpConfig config) {
        long maxAge = config.maxAge().toSeconds();
        if (maxAge <= 0) {
            return "public, no-cache";
        }
        long swr = config.staleWhileRevalidate().toSeconds();
        return "public, max-age=" + maxAge + (swr > 0 ? ", stale-while-revalidate=" + swr : "");
    }

    private static boolean producesJson(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null && resource.getResourceClass() != null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            return false;
        }
        for (String p : produces.value()) {
            if (p.startsWith(MediaType.APPLICATION_JSON)) {
                return true;
            }
        }
        return false;
    }

    static boolean privatePath(String path) {
        return path.startsWith("/api/v1/auth")
                || path.startsWith("/api/v1/admin")
                || path.startsWith("/api/v1/importe");
    }

    private static boolean isPublicRead(ResourceInfo resource) {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicRead.class)
                        || resource.getResourceClass().isAnnotationPresent(PublicRead.class));
    }

    private byte[] serialise(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The representation's tag: its content hash, behind the entity's version where the resource set one. */
    static String etag(Object versionTag, byte[] body) {
        String hash = hash(body);
        if (versionTag == null) {
            return "\"" + hash + "\"";
        }
        return "\"" + version(versionTag) + "-" + hash + "\"";
    }

    private static String plain(Object versionTag) {
        return "\"" + version(versionTag) + "\"";
    }

    /** The version a resource put in its ETag header, as a typed tag or as the header's text. */
    private static String version(Object versionTag) {
        return versionTag instanceof EntityTag t ? t.getValue() : unquote(versionTag.toString());
    }

    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static boolean notModified(ContainerRequestContext request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        return notModifiedSince(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified);
    }

    /** If-None-Match uses the weak comparison (RFC 9110, 13.1.2): W/ prefixes are ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.trim()));
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored (RFC 9110, 13.1.3)
        }
    }
}
