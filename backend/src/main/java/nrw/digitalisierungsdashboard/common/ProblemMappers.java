package nrw.digitalisierungsdashboard.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One mapper per kind of failure, each answering application/problem+json. Details name what was wrong in
 * the request, never a class, a stack trace or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return ProblemTypes.response(ProblemTypes.NOT_FOUND, "Nicht gefunden", 404, e.detail(), path(uri), null);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return ProblemTypes.response(
                ProblemTypes.INVALID_PARAMETER, "Ungültiger Parameter", 400, e.detail(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(e.detail(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse("Für diese Aktion ist eine Anmeldung nötig.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        // a session or token could not be checked because the database is away: that is no wrong credential
        DatabaseUnavailableException unavailable = DatabaseFailures.unavailable(e);
        if (unavailable != null) {
            return DatabaseUnavailableMapper.response(unavailable, path(uri));
        }
        return unauthorizedResponse("Die Anmeldedaten sind ungültig, abgelaufen oder widerrufen.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemTypes.response(ProblemTypes.FORBIDDEN, "Keine Berechtigung", 403, e.detail(), path(uri), null);
    }

    @ServerExceptionMapper
    public Response roleMissing(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return ProblemTypes.response(
                ProblemTypes.FORBIDDEN,
                "Keine Berechtigung",
                403,
                "Ihre Rolle erlaubt diese Aktion nicht.",
                path(uri),
                null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return ProblemTypes.response(ProblemTypes.CONFLICT, "Konflikt", 409, e.detail(), path(uri), null);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uri) {
        return Response.status(422)
                .type(ProblemTypes.PROBLEM_JSON)
                .entity(new Problem(
                        ProblemTypes.RULE, "Regel verletzt: " + e.rule(), 422, e.detail(), path(uri), e.errors()))
                .build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(ETags.PreconditionRequiredException e, UriInfo uri) {
        return ProblemTypes.response(
                ProblemTypes.PRECONDITION_REQUIRED, "If-Match fehlt", 428, e.detail(), path(uri), null);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(ETags.PreconditionFailedException e, UriInfo uri) {
        return Response.status(412)
                .type(ProblemTypes.PROBLEM_JSON)
                .header("ETag", e.currentVersion() == null ? null : ETags.of(e.currentVersion()))
                .entity(new Problem(
                        ProblemTypes.PRECONDITION_FAILED, "Veraltete Fassung", 412, e.detail(), path(uri), null))
                .build();
    }

    /** Two writes on the same version that both passed If-Match: the later one loses at flush. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return ProblemTypes.response(
                ProblemTypes.PRECONDITION_FAILED,
                "Veraltete Fassung",
                412,
                "Jemand hat diesen Eintrag gleichzeitig geändert. Bitte neu laden und die Änderung wiederholen.",
                path(uri),
                null);
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        return Response.status(429)
                .type(ProblemTypes.PROBLEM_JSON)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .entity(new Problem(
                        ProblemTypes.TOO_MANY_REQUESTS, "Zu viele Versuche", 429, e.detail(), path(uri), null))
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toInvalidParam)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .collect(Collectors.toList());
        return ProblemTypes.response(
                ProblemTypes.VALIDATION,
                "Eingaben ungültig",
                400,
                "Die Anfrage enthält ungültige Werte.",
                path(uri),
                errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = null;
        String reason;
        if (e instanceof UnrecognizedPropertyException upe) {
            field = upe.getPropertyName();
            reason = "Unbekanntes Feld.";
        } else if (e instanceof StrictJson.RefusedValueException rve) {
            field = fieldPath(rve);
            reason = rve.getOriginalMessage();
        } else if (e instanceof InvalidFormatException ife) {
            field = fieldPath(ife);
            reason = "Wert „" + ife.getValue() + "“ hat nicht das erwartete Format.";
        } else if (e instanceof MismatchedInputException mie) {
            field = fieldPath(mie);
            reason = "Wert hat nicht den erwarteten Typ.";
        } else {
            reason = "Der Inhalt ist kein gültiges JSON.";
        }
        List<Problem.InvalidParam> errors =
                field == null || field.isEmpty() ? null : List.of(new Problem.InvalidParam(field, "body", reason));
        return ProblemTypes.response(
                ProblemTypes.MALFORMED_BODY, "Inhalt nicht lesbar", 400, reason, path(uri), errors);
    }

    /** Registered for the exact types rest-jackson maps itself, so ours answer problem+json instead. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /** JAX-RS' own refusals: unknown path, wrong method, unsupported or unacceptable media type. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return malformedJson(jpe, uri);
        }
        String title = switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Anmeldung erforderlich";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 406 -> "Antwortformat nicht verfügbar";
            case 413 -> "Inhalt zu groß";
            case 415 -> "Medientyp nicht unterstützt";
            default ->
                Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status).getReasonPhrase()
                        : "Fehler";
        };
        String detail = switch (status) {
            case 404 -> "Unter diesem Pfad gibt es keine Ressource.";
            case 405 ->
                allowed(e) == null
                        ? "Diese Ressource unterstützt die Methode nicht."
                        : "Diese Ressource unterstützt die Methode nicht; erlaubt: " + allowed(e) + ".";
            case 406 ->
                "Antworten gibt es als application/json, Listen und Statistiken auch als text/csv und XLSX "
                        + "(Kopf Accept oder Parameter format).";
            case 415 -> "Der Inhalt muss application/json sein.";
            default -> title + ".";
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(ProblemTypes.PROBLEM_JSON)
                .entity(new Problem(
                        status == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.HTTP,
                        title,
                        status,
                        detail,
                        path(uri),
                        null));
        String allow = allowed(e);
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    /**
     * Anything unforeseen: logged with an id the user can quote; the answer reveals nothing internal. What the
     * database layer threw, however wrapped, is sorted first: unavailable 503, concurrent change 412, refused value
     * 400, contradicting stored data 409/422 – a client's input or a passing outage never reads as a server bug.
     */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        DatabaseUnavailableException unavailable = DatabaseFailures.unavailable(e);
        if (unavailable != null) {
            return DatabaseUnavailableMapper.response(unavailable, path(uri));
        }
        if (DatabaseFailures.concurrentChange(e)) {
            return optimisticLock(null, uri);
        }
        String id = UUID.randomUUID().toString();
        String state = DatabaseFailures.sqlState(e);
        if (DatabaseFailures.invalidValue(state) || DatabaseFailures.integrity(state)) {
            LOG.warnf("Von der Datenbank abgewiesen (SQLSTATE %s) %s bei %s: %s", state, id, path(uri), e);
            return refusedByDatabase(state, id, uri);
        }
        LOG.errorf(e, "Unerwarteter Fehler %s bei %s", id, path(uri));
        return ProblemTypes.response(
                ProblemTypes.INTERNAL,
                "Interner Fehler",
                500,
                "Die Anfrage konnte nicht bearbeitet werden. Fehlerkennung: " + id,
                path(uri),
                null);
    }

    private static Response refusedByDatabase(String state, String id, UriInfo uri) {
        return switch (state) {
            case "23505" ->
                ProblemTypes.response(
                        ProblemTypes.CONFLICT,
                        "Konflikt",
                        409,
                        "Den Eintrag gibt es schon (gleichzeitig angelegt?). Bitte neu laden. Fehlerkennung: " + id,
                        path(uri),
                        null);
            case "23503", "23514" ->
                ProblemTypes.response(
                        ProblemTypes.RULE,
                        "Regel verletzt: Verweise und Wertebereiche",
                        422,
                        "Ein Wert verweist auf einen Eintrag, den es nicht (mehr) gibt, oder liegt außerhalb des "
                                + "erlaubten Bereichs. Fehlerkennung: " + id,
                        path(uri),
                        null);
            default ->
                ProblemTypes.response(
                        ProblemTypes.VALIDATION,
                        "Eingaben ungültig",
                        400,
                        "Ein Wert lässt sich nicht speichern (z. B. ein Steuerzeichen, ein Datum oder eine Zahl außerhalb "
                                + "des Wertebereichs). Fehlerkennung: " + id,
                        path(uri),
                        null);
        };
    }

    private static Response unauthorizedResponse(String detail, UriInfo uri) {
        return Response.status(401)
                .type(ProblemTypes.PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .entity(new Problem(ProblemTypes.UNAUTHORIZED, "Anmeldung erforderlich", 401, detail, path(uri), null))
                .build();
    }

    private static Problem.InvalidParam toInvalidParam(ConstraintViolation<?> v) {
        String in = "body";
        StringBuilder name = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                in = "query";
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return new Problem.InvalidParam(name.length() == 0 ? "body" : name.toString(), in, v.getMessage());
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String allowed(WebApplicationException e) {
        return e.getResponse().getHeaderString("Allow");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
