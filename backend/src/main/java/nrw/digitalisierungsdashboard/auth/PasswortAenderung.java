package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswortAenderung")
public record PasswortAenderung(
        @Schema(required = true) @NotBlank(message = "Bitte das bisherige Passwort angeben.") @Size(max = 200)
        String altesPasswort,

        @Schema(required = true, description = "Mindestens 12 Zeichen, höchstens 72 Bytes")
        @NotBlank(message = "Bitte ein neues Passwort angeben.")
        @Size(max = 200)
        String neuesPasswort) {

    @Override
    public String toString() {
        return "PasswortAenderung[***]";
    }
}
