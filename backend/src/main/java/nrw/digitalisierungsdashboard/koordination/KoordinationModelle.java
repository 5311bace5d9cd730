package nrw.digitalisierungsdashboard.koordination;

import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API returns about Gremien, the coordination per Themenfeld and the ministries' contact functions. */
public final class KoordinationModelle {

    private KoordinationModelle() {}

    @Schema(name = "Gremium")
    public record Gremium(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            String beschreibung,
            OrganisationKurz organisation,

            @Schema(description = "Fassung für If-Match", required = true)
            long version) {}

    @Schema(
            name = "Koordination",
            description = "Wer ein Themenfeld koordiniert. Personenangaben nur mit veröffentlichter Einwilligung.")
    public record Koordination(
            @Schema(required = true) Refs.ThemenfeldRef themenfeld,

            @Schema(description = "null, solange niemand eingetragen ist")
            OrganisationKurz organisation,

            String funktion,
            String kontaktName,
            String kontaktEmail,
            @Schema(required = true) boolean beispiel,
            Long version) {}

    @Schema(name = "Ansprechstelle", description = "Eine Ansprechstelle eines Ministeriums.")
    public record Ansprechstelle(
            @Schema(required = true) long id,
            @Schema(required = true) OrganisationKurz organisation,
            @Schema(required = true) String funktion,
            Refs.ThemenfeldRef themenfeld,
            String kontaktName,
            String kontaktEmail,
            @Schema(required = true) boolean beispiel,
            @Schema(required = true) long version) {}
}
