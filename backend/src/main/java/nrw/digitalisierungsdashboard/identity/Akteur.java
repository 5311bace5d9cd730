package nrw.digitalisierungsdashboard.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made a change: an account, an API token, an identity from the identity provider, or the system itself. */
@Schema(name = "Akteur", description = "Wer eine Änderung vorgenommen hat (nur im Audit-Trail für Administratoren).")
public record Akteur(
        @Schema(description = "KONTO, TOKEN, OIDC oder SYSTEM", required = true)
        String typ,

        @Schema(required = true) String id,
        @Schema(required = true) String name) {

    public static final Akteur SYSTEM = new Akteur("SYSTEM", "system", "System");
}
