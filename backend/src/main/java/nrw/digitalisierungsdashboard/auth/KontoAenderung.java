package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "KontoAenderung",
        description =
                "Teiländerung eines Kontos: nur gesendete Felder ändern sich. organisationId \"\" entfernt die Organisation.")
public record KontoAenderung(
        @Size(min = 1, max = 200) String anzeigename,
        @Size(max = 4) Set<@NotNull Rolle> rollen,
        @Size(max = 100) String organisationId,
        @Size(max = 14) List<@NotNull Integer> themenfelder,

        @Schema(description = "false deaktiviert das Konto und beendet seine Sitzungen")
        Boolean aktiv,

        @Schema(description = "Setzt ein neues Anfangspasswort, das bei der nächsten Anmeldung zu ändern ist")
        @Size(max = 200)
        String passwort) {

    @Override
    public String toString() {
        return "KontoAenderung[rollen=" + rollen + ", aktiv=" + aktiv + "]";
    }
}
