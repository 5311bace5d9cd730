package nrw.digitalisierungsdashboard.auth;

import java.util.List;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Ich",
        description = "Wer angemeldet ist: Rollen, Organisation, Themenfelder; bei Cookie-Sitzungen das CSRF-Token, "
                + "das bei jedem schreibenden Aufruf im Kopf X-CSRF-Token mitzuschicken ist.")
public record Ich(
        @Schema(required = true) String benutzername,
        @Schema(required = true) String anzeigename,

        @Schema(description = "KONTO (lokales Konto), TOKEN (API-Token) oder OIDC (Single Sign-on)", required = true)
        String art,

        @Schema(required = true) List<Rolle> rollen,

        @Schema(description = "Organisation, für die gehandelt wird")
        OrganisationRef organisation,

        @Schema(description = "Themenfelder, die koordiniert werden", required = true)
        List<Integer> themenfelder,

        @Schema(description = "Nur bei Cookie-Sitzungen: Wert für den Kopf X-CSRF-Token")
        String csrfToken,

        @Schema(required = true) boolean mussPasswortAendern) {

    @Schema(name = "OrganisationRef")
    public record OrganisationRef(
            @Schema(required = true) String id,
            @Schema(required = true) String name) {}
}
