package nrw.digitalisierungsdashboard.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ApiTokenErstellt",
        description =
                "Das neue Token mit seinem Geheimnis – nur in dieser Antwort sichtbar; gespeichert wird nur ein Hash.")
public record ApiTokenErstellt(
        @Schema(required = true) ApiToken token,

        @Schema(description = "Als Authorization: Bearer <geheimnis> senden", required = true)
        String geheimnis) {}
