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
        String beschreibung,

        @Schema(description = "Kommunen, die als angeschlossen gemeldet sind", required = true)
        long angeschlossen,

        @Schema(description = "Kommunen, die den Anschluss planen", required = true)
        long geplant,

        @Schema(description = "Kommunen in NRW insgesamt (Gemeinden und Kreise), der Nenner", required = true)
        long kommunen) {

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

    static Basiskomponente of(BasiskomponenteEntity e, Anschluesse a) {
        return new Basiskomponente(
                e.id, e.name, e.kategorie, e.ebene, e.beschreibung, a.angeschlossen(), a.geplant(), a.kommunen());
    }

    /** How many Kommunen report a connection to one Basiskomponente. */
    record Anschluesse(long angeschlossen, long geplant, long kommunen) {}
}
