package nrw.digitalisierungsdashboard.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The problem types of the API; each is documented in openapi.yaml under components.responses. */
public final class ProblemTypes {

    public static final String NOT_FOUND = "/probleme/nicht-gefunden";
    public static final String INVALID_PARAMETER = "/probleme/ungueltiger-parameter";
    public static final String VALIDATION = "/probleme/validierung";
    public static final String MALFORMED_BODY = "/probleme/ungueltiger-inhalt";
    public static final String HTTP = "/probleme/http";
    public static final String UNAUTHORIZED = "/probleme/anmeldung-erforderlich";
    public static final String FORBIDDEN = "/probleme/keine-berechtigung";
    public static final String CSRF = "/probleme/csrf-token-fehlt";
    public static final String PASSWORD_CHANGE_REQUIRED = "/probleme/passwort-aendern";
    public static final String CONFLICT = "/probleme/konflikt";
    public static final String RULE = "/probleme/regel-verletzt";
    public static final String PRECONDITION_FAILED = "/probleme/veraltete-fassung";
    public static final String PRECONDITION_REQUIRED = "/probleme/if-match-fehlt";
    public static final String TOO_MANY_REQUESTS = "/probleme/zu-viele-versuche";
    public static final String TOO_LARGE = "/probleme/zu-gross";
    public static final String UNAVAILABLE = "/probleme/voruebergehend-nicht-verfuegbar";
    public static final String INTERNAL = "/probleme/interner-fehler";

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(Problem.MEDIA_TYPE);

    private ProblemTypes() {}

    public static Response response(
            String type, String title, int status, String detail, String instance, List<Problem.InvalidParam> errors) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(type, title, status, detail, instance, errors))
                .build();
    }
}
