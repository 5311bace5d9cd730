package nrw.digitalisierungsdashboard.auth;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenNeu", description = "Ein neues API-Token für einen Integrator.")
public record ApiTokenNeu(
        @Schema(required = true, examples = "d-NRW Importstrecke")
        @NotBlank(message = "Bitte einen Namen angeben.")
        @Size(max = 100)
        String name,

        @Schema(required = true) @NotNull(message = "Bitte eine Rolle angeben.")
        Rolle rolle,

        @Schema(description = "Organisation, für die das Token handelt (Pflicht bei REDAKTION)") @Size(max = 100)
        String organisationId,

        @Schema(description = "Ablauf; höchstens ein Jahr in der Zukunft", required = true)
        @NotNull(message = "Bitte ein Ablaufdatum angeben.")
        @Future(message = "Das Ablaufdatum muss in der Zukunft liegen.")
        OffsetDateTime laeuftAb) {}
