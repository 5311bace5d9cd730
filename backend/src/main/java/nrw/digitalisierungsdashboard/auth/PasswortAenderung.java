package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswortAenderung")
public record PasswortAenderung(
        @Schema(required = true) @NotBlank(message = "Bitte das bisherige Passwort angeben.")
        String altesPasswort,

        @Schema(required = true, description = "Mindestens 12 Zeichen, höchstens 72 Bytes")
        @NotBlank(message = "Bitte ein neues Passwort angeben.")
        String neuesPasswort) {

    @Override
    public String toString() {
        return "PasswortAenderung[***]";
    }
}
