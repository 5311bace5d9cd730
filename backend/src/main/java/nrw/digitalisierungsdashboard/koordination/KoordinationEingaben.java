package nrw.digitalisierungsdashboard.koordination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send about Gremien, the coordination and the ministries' contact functions. */
public final class KoordinationEingaben {

    private KoordinationEingaben() {}

    @Schema(name = "GremiumEingabe")
    public record GremiumEingabe(
            @Schema(required = true)
            @NotBlank
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "Kleinbuchstaben, Ziffern und Bindestriche.")
            @Size(max = 100)
            String id,

            @Schema(required = true) @NotBlank @Size(max = 200)
            String name,

            @Size(max = 2000) String beschreibung,
            @Size(max = 100) String organisationId) {}

    @Schema(
            name = "KoordinationEingabe",
            description = "Personenangaben nur, wenn die Person der Veröffentlichung zugestimmt hat.")
    public record KoordinationEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte die Organisation angeben.") @Size(max = 100)
            String organisationId,

            @Schema(required = true) @NotBlank(message = "Bitte die Funktion angeben.") @Size(max = 200)
            String funktion,

            @Size(max = 200) String kontaktName,

            @Email(message = "Keine gültige E-Mail-Adresse.") @Size(max = 200)
            String kontaktEmail,

            @Schema(description = "Pflicht (true), sobald Name oder E-Mail angegeben sind")
            Boolean kontaktEinwilligung) {}

    @Schema(
            name = "AnsprechstelleEingabe",
            description = "Personenangaben nur, wenn die Person der Veröffentlichung zugestimmt hat.")
    public record AnsprechstelleEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte das Ministerium angeben.") @Size(max = 100)
            String organisationId,

            @Schema(required = true) @NotBlank(message = "Bitte die Funktion angeben.") @Size(max = 200)
            String funktion,

            Integer themenfeldId,
            @Size(max = 200) String kontaktName,

            @Email(message = "Keine gültige E-Mail-Adresse.") @Size(max = 200)
            String kontaktEmail,

            Boolean kontaktEinwilligung) {}
}
