package nrw.digitalisierungsdashboard.projekt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small vocabularies of the project registry. */
public final class Enums {

    private Enums() {}

    @Schema(
            name = "ProjektStatus",
            description = "AKTIV, PAUSIERT, ABGESCHLOSSEN oder EINGESTELLT (folgt der Phase EINGESTELLT).")
    public enum ProjektStatus {
        AKTIV,
        PAUSIERT,
        ABGESCHLOSSEN,
        EINGESTELLT
    }

    @Schema(
            name = "EfaTyp",
            description = "Einer-für-Alle: EFA_NACHNUTZUNG (Nachnutzung einer EfA-Leistung eines anderen Landes), "
                    + "EFA_EIGENENTWICKLUNG (eigene Entwicklung als EfA-Leistung), KOMMUNALE_GEMEINSCHAFTSLOESUNG (gemeinsam für die "
                    + "Kommunen in NRW, kein EfA), KEIN_EFA, OFFEN (noch nicht entschieden).")
    public enum EfaTyp {
        EFA_NACHNUTZUNG,
        EFA_EIGENENTWICKLUNG,
        KOMMUNALE_GEMEINSCHAFTSLOESUNG,
        KEIN_EFA,
        OFFEN
    }

    @Schema(
            name = "TeilnahmeRolle",
            description = "Genau eine Organisation ist FEDERFUEHREND; MITWIRKEND und PILOT bilden mit ihr das Team; "
                    + "INTERESSIERT und NACHNUTZER gehören nicht zum Team.")
    public enum TeilnahmeRolle {
        FEDERFUEHREND,
        MITWIRKEND,
        PILOT,
        INTERESSIERT,
        NACHNUTZER;

        public boolean imTeam() {
            return this == FEDERFUEHREND || this == MITWIRKEND || this == PILOT;
        }
    }

    @Schema(name = "Verbindlichkeit")
    public enum Verbindlichkeit {
        ERFORDERLICH,
        OPTIONAL
    }

    @Schema(name = "WorkshopFormat")
    public enum WorkshopFormat {
        PRAESENZ,
        ONLINE,
        HYBRID
    }

    @Schema(name = "BeitrittsRolle", description = "Wie eine Organisation nach dem Workshop beitritt.")
    public enum BeitrittsRolle {
        INTERESSIERT,
        MITWIRKEND
    }

    @Schema(name = "Ergebnis", description = "Ergebnis einer Gremienentscheidung.")
    public enum Ergebnis {
        ZUGESTIMMT,
        ABGELEHNT,
        VERTAGT
    }

    @Schema(
            name = "NachnutzungStatus",
            description =
                    "NUTZT: die Kommune setzt die Lösung ein; GEPLANT: beschlossen; INTERESSIERT: möchte sie nutzen.")
    public enum NachnutzungStatus {
        NUTZT,
        GEPLANT,
        INTERESSIERT
    }

    @Schema(name = "ReifegradModell", description = "OZG-Reifegradmodell 1.1 (Stufen 0–4) oder 2.0 (Stufen 0–7).")
    public enum ReifegradModell {
        V1_1("1.1", 4),
        V2_0("2.0", 7);

        public final String code;
        public final int max;

        ReifegradModell(String code, int max) {
            this.code = code;
            this.max = max;
        }

        public static ReifegradModell of(String code) {
            for (ReifegradModell m : values()) {
                if (m.code.equals(code)) {
                    return m;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }
}
