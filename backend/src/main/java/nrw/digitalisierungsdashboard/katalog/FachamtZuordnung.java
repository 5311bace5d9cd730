package nrw.digitalisierungsdashboard.katalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FachamtZuordnung",
        description = "Die an einer Leistung beteiligten Fachämter; ersetzt die bisherige Zuordnung.")
public record FachamtZuordnung(
        @Schema(
                description = "IDs aus /fachaemter; leer heißt „keins beteiligt“",
                required = true,
                examples = "[\"strassenverkehrsamt\"]")
        @NotNull(message = "Bitte die Fachämter als Liste senden (leer erlaubt).")
        @Size(max = 50)
        List<@NotNull @Size(max = 100) String> fachaemter) {}
