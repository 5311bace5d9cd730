package nrw.digitalisierungsdashboard.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Optimistic locking over HTTP: the ETag carries the entity's version; PUT, PATCH and DELETE must send it back in
 * If-Match. Missing → 428, stale → 412, so two editors never overwrite each other unknowingly. A public GET's tag is
 * {@code "<version>-<content hash>"} (so conditional GETs see changes of derived parts too); writes answer
 * {@code "<version>"}; If-Match accepts both, comparing the version only.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the value and its ETag (none while nothing is stored). */
    public static Response ok(Versioned<?> v) {
        return withTag(Response.ok(v.value()), v);
    }

    /** 201 when the write created the value, else 200; with its ETag. */
    public static Response written(Versioned<?> v) {
        return withTag(
                v.created() ? Response.status(Response.Status.CREATED).entity(v.value()) : Response.ok(v.value()), v);
    }

    /** 201 with the new resource's location and its ETag. */
    public static Response created(URI location, Versioned<?> v) {
        return withTag(Response.created(location).entity(v.value()), v);
    }

    private static Response withTag(Response.ResponseBuilder r, Versioned<?> v) {
        return (v.version() == null ? r : r.tag(tag(v.version()))).build();
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Änderungen brauchen den Kopf If-Match mit dem ETag der gelesenen Fassung (aktuell "
                            + of(currentVersion) + ").");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            // a GET's tag is "<version>-<content hash>": only the version decides about a write
            int dash = tag.indexOf('-');
            if (dash > 0 && tag.endsWith("\"")) {
                tag = tag.substring(0, dash) + "\"";
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw new PreconditionFailedException(
                "Jemand hat diesen Eintrag inzwischen geändert (aktuelle Fassung " + of(currentVersion)
                        + "). Bitte neu laden und die Änderung auf der aktuellen Fassung wiederholen.",
                currentVersion);
    }

    public static class PreconditionRequiredException extends ProblemException {
        public PreconditionRequiredException(String detail) {
            super(detail);
        }
    }

    public static class PreconditionFailedException extends ProblemException {
        private final long currentVersion;

        public PreconditionFailedException(String detail, long currentVersion) {
            super(detail);
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }
}
