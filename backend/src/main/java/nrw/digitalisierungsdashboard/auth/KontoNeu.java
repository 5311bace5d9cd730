package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "KontoNeu",
        description =
                "Ein neues Konto. REDAKTION braucht eine Organisation; KOORDINATION die Themenfelder, die es koordiniert.")
public record KontoNeu(
        @Schema(required = true, examples = "redaktion.koeln")
        @NotBlank(message = "Bitte einen Benutzernamen angeben.")
        @Pattern(
                regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
                message = "3 bis 64 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich.")
        @Size(max = 64)
        String benutzername,

        @Schema(required = true) @NotBlank(message = "Bitte einen Anzeigenamen angeben.") @Size(max = 200)
        String anzeigename,

        @Schema(
                description =
                        "Anfangspasswort (mindestens 12 Zeichen); das Konto muss es bei der ersten Anmeldung ändern",
                required = true)
        @NotBlank(message = "Bitte ein Anfangspasswort angeben.")
        @Size(max = 200)
        String passwort,

        @Schema(required = true) @NotEmpty(message = "Bitte mindestens eine Rolle angeben.") @Size(max = 4)
        Set<@NotNull Rolle> rollen,

        @Size(max = 100) String organisationId,
        @Size(max = 14) List<@NotNull Integer> themenfelder) {

    @Override
    public String toString() {
        return "KontoNeu[benutzername=" + benutzername + "]";
    }
}
