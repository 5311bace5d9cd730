package nrw.digitalisierungsdashboard.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Organisation",
        description =
                "Eine Organisation: IT-Dienstleister, Kommune, KDN, d-NRW, Landesministerium oder kommunaler Spitzenverband.")
public record Organisation(
        @Schema(required = true, examples = "civitec") String id,
        @Schema(required = true, examples = "civitec") String name,
        String kurzname,
        @Schema(required = true) OrganisationTyp typ,
        String beschreibung,

        @Schema(description = "Anschrift, soweit die Quelle sie nennt (Straße ohne Hausnummer)")
        Anschrift anschrift,

        @Schema(description = "Web-Adresse wie in der Quelle, ungeprüft")
        String url,

        @Schema(description = "Bei Kommunen: AGS bzw. Kreisschlüssel (/kommunen/{ags})")
        String kommuneAgs,

        @Schema(
                description = "Jahr des Datenstands, z. B. 2019 bei den IT-Dienstleistern aus der KDN-OZG-Datenbank",
                required = true,
                examples = "2019")
        String datenstand,

        @Schema(description = "ID der Datenquelle (/datenquellen)", required = true)
        String quelle,

        @Schema(description = "Hinweis zur Datenqualität, z. B. beim Laden korrigierte Angaben")
        String hinweis,

        @Schema(
                description = "IT-Dienstleister: bei typ IT_DIENSTLEISTER immer, bei einer Kommune, wenn sie ihre IT"
                        + " selbst betreibt und in der KDN-Liste steht",
                required = true)
        boolean itDienstleister) {

    @Schema(name = "Anschrift")
    public record Anschrift(String strasse, String plz, String ort) {}

    static Organisation of(OrganisationEntity e) {
        Anschrift anschrift =
                e.strasse == null && e.plz == null && e.ort == null ? null : new Anschrift(e.strasse, e.plz, e.ort);
        return new Organisation(
                e.id,
                e.name,
                e.kurzname,
                e.typ,
                e.beschreibung,
                anschrift,
                e.url,
                e.kommuneAgs,
                e.datenstand,
                e.quelle,
                e.hinweis,
                e.typ == OrganisationTyp.IT_DIENSTLEISTER || e.itDienstleister);
    }
}
