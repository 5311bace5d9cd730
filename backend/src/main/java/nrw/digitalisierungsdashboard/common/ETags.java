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

    /**
     * A create-if-absent write (PUT on an entry that may not exist yet). RFC 9110: {@code If-None-Match: *} creates
     * only if absent; {@code If-Match} needs a current representation. Without any precondition the write may
     * create, but never overwrite: whoever finds the entry already there needs its ETag (428).
     *
     * @param currentVersion the stored entry's version, or null when there is none
     */
    public static void requireCreateOrMatch(String ifMatch, String ifNoneMatch, Long currentVersion) {
        if (present(ifNoneMatch) && currentVersion != null && matchesNone(ifNoneMatch, currentVersion)) {
            throw new PreconditionFailedException(
                    "Den Eintrag gibt es schon (Fassung " + of(currentVersion) + "); If-None-Match verlangt, dass er "
                            + "noch fehlt. Bitte neu laden und die Änderung mit If-Match wiederholen.",
                    currentVersion);
        }
        if (currentVersion == null) {
            if (present(ifMatch) && !namesTheAbsentEntry(ifMatch)) {
                throw new PreconditionFailedException(
                        "Den Eintrag gibt es noch nicht; If-Match verlangt eine bestehende Fassung. Zum Anlegen "
                                + "If-None-Match: * senden.",
                        null);
            }
            return;
        }
        requireMatch(ifMatch, currentVersion);
    }

    /**
     * If-Match with the tag a GET gave for the entry while nothing was reported (a content hash without a version):
     * the client read it absent, and it still is. A version or * names a stored entry, which does not exist.
     */
    private static boolean namesTheAbsentEntry(String ifMatch) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"") && !tag.matches("\"\\d+(-.*)?\"")) {
                return true;
            }
        }
        return false;
    }

    /** A conditional create found the entry created by someone else in the meantime. */
    public static PreconditionFailedException createdConcurrently() {
        return new PreconditionFailedException(
                "Jemand hat diesen Eintrag gleichzeitig angelegt. Bitte neu laden und die Änderung auf der "
                        + "aktuellen Fassung wiederholen.",
                null);
    }

    /** false when If-None-Match names the current version (or is *): the condition "none matches" fails. */
    private static boolean matchesNone(String ifNoneMatch, long currentVersion) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(of(currentVersion))) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }

    public static class PreconditionRequiredException extends ProblemException {
        public PreconditionRequiredException(String detail) {
            super(detail);
        }
    }

    public static class PreconditionFailedException extends ProblemException {
        private final Long currentVersion;

        /** @param currentVersion the stored version (sent as ETag), or null when the entry does not exist */
        public PreconditionFailedException(String detail, Long currentVersion) {
            super(detail);
            this.currentVersion = currentVersion;
        }

        public Long currentVersion() {
            return currentVersion;
        }
    }
}
