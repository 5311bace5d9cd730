package nrw.digitalisierungsdashboard.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; {@code errors} lists each invalid parameter or field and why. */
@Schema(name = "Problem", description = "Fehlerantwort nach RFC 9457 (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI-Referenz der Problemart, z. B. /probleme/validierung", required = true)
        String type,

        @Schema(description = "Kurzer, gleichbleibender Titel der Problemart", required = true)
        String title,

        @Schema(description = "HTTP-Statuscode", required = true)
        int status,

        @Schema(description = "Erklärung für genau diesen Fall")
        String detail,

        @Schema(description = "Pfad der Anfrage") String instance,

        @Schema(description = "Ungültige Parameter oder Felder")
        List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "InvalidParam", description = "Ein ungültiger Parameter oder ein ungültiges Feld.")
    public record InvalidParam(
            @Schema(
                    description = "Name des Parameters oder Pfad des Feldes, z. B. size oder teilnahmen[0].rolle",
                    required = true)
            String name,

            @Schema(description = "Ort: query, path, header oder body", required = true)
            String in,

            @Schema(description = "Warum der Wert nicht angenommen wurde", required = true)
            String reason) {}
}
