package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Anmeldung", description = "Benutzername und Passwort für die Anmeldung.")
public record Anmeldung(
        @Schema(required = true, examples = "redaktion.koeln")
        @NotBlank(message = "Bitte den Benutzernamen angeben.")
        @Size(max = 64)
        String benutzername,

        @Schema(required = true) @NotBlank(message = "Bitte das Passwort angeben.") @Size(max = 200)
        String passwort) {

    @Override
    public String toString() {
        return "Anmeldung[benutzername=" + benutzername + "]";
    }
}
