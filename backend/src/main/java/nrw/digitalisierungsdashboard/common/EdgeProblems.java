package nrw.digitalisierungsdashboard.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;

/**
 * Problem answers written below JAX-RS, where no exception mapper runs: refusals of the HTTP layer itself (too long,
 * too large, malformed, NUL byte, overload). Same body and the same security headers as every other answer.
 */
public final class EdgeProblems {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EdgeProblems() {}

    // encoded once: these go out with every answer, the cached public reads included
    static final CharSequence API_CSP_VALUE = HttpHeaders.createOptimized(API_CSP);
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence[][] FIXED = {
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"}
    };

    static {
        for (CharSequence[] header : FIXED) {
            header[0] = HttpHeaders.createOptimized(header[0].toString());
            header[1] = HttpHeaders.createOptimized(header[1].toString());
        }
    }

    /** The headers every answer carries (the CSP of the API; Swagger UI sets its own on its pages). */
    public static void securityHeaders(HttpServerResponse r, CharSequence csp, boolean https, long hstsMaxAge) {
        r.headers().set(CSP, csp);
        for (CharSequence[] header : FIXED) {
            r.headers().set(header[0], header[1]);
        }
        if (https) {
            r.headers().set("Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
        }
    }

    /** Ends the response with a problem; no-op when it has been sent already. */
    public static void send(
            HttpServerResponse r,
            int status,
            String type,
            String title,
            String detail,
            String instance,
            List<Problem.InvalidParam> errors,
            boolean close) {
        if (r.ended() || r.headWritten()) {
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(new Problem(type, title, status, detail, instance, errors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        r.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store");
        if (close) {
            r.putHeader(HttpHeaders.CONNECTION, "close");
        }
        r.end(body);
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Anmeldung erforderlich";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 408 -> "Zeitüberschreitung";
            case 413 -> "Inhalt zu groß";
            case 414 -> "Adresse zu lang";
            case 415 -> "Medientyp nicht unterstützt";
            case 431 -> "Kopfzeilen zu groß";
            case 503 -> "Vorübergehend nicht verfügbar";
            default -> status >= 500 ? "Interner Fehler" : "Fehler";
        };
    }

    public static String type(int status) {
        return switch (status) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 413 -> ProblemTypes.TOO_LARGE;
            case 503 -> ProblemTypes.UNAVAILABLE;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.HTTP;
        };
    }
}
