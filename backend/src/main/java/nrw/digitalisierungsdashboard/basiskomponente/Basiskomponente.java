package nrw.digitalisierungsdashboard.basiskomponente;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Basiskomponente",
        description =
                "Eine Basiskomponente, die Online-Dienste nutzen (Nutzerkonto, Bezahldienst, Portal, Datenaustausch, Formulardienst).")
public record Basiskomponente(
        @Schema(required = true, examples = "servicekonto-nrw")
        String id,

        @Schema(required = true, examples = "Servicekonto.NRW")
        String name,

        @Schema(required = true) Kategorie kategorie,

        @Schema(
                description = "Wer sie bereitstellt: Bund, Land, Bund und Länder gemeinsam oder kommunal",
                required = true)
        Betriebsebene ebene,

        @Schema(description = "Kurzbeschreibung der Redaktion", required = true)
        String beschreibung) {

    @Schema(name = "BasiskomponenteKategorie")
    public enum Kategorie {
        NUTZERKONTO,
        BEZAHLDIENST,
        PORTAL,
        DATENAUSTAUSCH,
        FORMULARDIENST
    }

    @Schema(name = "Betriebsebene")
    public enum Betriebsebene {
        BUND,
        LAND,
        BUND_LAENDER,
        KOMMUNAL
    }

    static Basiskomponente of(BasiskomponenteEntity e) {
        return new Basiskomponente(e.id, e.name, e.kategorie, e.ebene, e.beschreibung);
    }
}
