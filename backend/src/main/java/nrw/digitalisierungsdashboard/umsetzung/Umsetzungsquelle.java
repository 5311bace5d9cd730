package nrw.digitalisierungsdashboard.umsetzung;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Umsetzungsquelle",
        description = "Woher ein Eintrag stammt: MANUELL (Redaktion im Dashboard), IMPORT "
                + "(Massenimport eines Integrators), BEISPIEL (Beispieldaten, keine echte Angabe).")
public enum Umsetzungsquelle {
    MANUELL,
    IMPORT,
    BEISPIEL
}
