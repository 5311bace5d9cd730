package nrw.digitalisierungsdashboard.auth;

import java.time.OffsetDateTime;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken", description = "Ein API-Token (ohne Geheimnis; das wird nur beim Anlegen einmal gezeigt).")
public record ApiToken(
        @Schema(required = true) long id,
        @Schema(required = true) String name,

        @Schema(
                description = "Die ersten Zeichen des Tokens, zum Wiedererkennen",
                required = true,
                examples = "ddb_3kF9")
        String praefix,

        @Schema(required = true) Rolle rolle,
        String organisationId,
        @Schema(required = true) OffsetDateTime erstelltAm,
        @Schema(required = true) OffsetDateTime laeuftAb,
        OffsetDateTime widerrufenAm,
        OffsetDateTime zuletztBenutzt,
        @Schema(required = true) TokenStatus status) {

    @Schema(name = "ApiTokenStatus")
    public enum TokenStatus {
        AKTIV,
        ABGELAUFEN,
        WIDERRUFEN
    }

    static ApiToken of(ApiTokenEntity t) {
        TokenStatus status = t.widerrufenAm != null
                ? TokenStatus.WIDERRUFEN
                : OffsetDateTime.now().isAfter(t.laeuftAb) ? TokenStatus.ABGELAUFEN : TokenStatus.AKTIV;
        return new ApiToken(
                t.id,
                t.name,
                t.praefix,
                t.rolle,
                t.organisationId,
                t.erstelltAm,
                t.laeuftAb,
                t.widerrufenAm,
                t.zuletztBenutzt,
                status);
    }
}
