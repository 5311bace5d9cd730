package nrw.digitalisierungsdashboard.kommune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Ebene",
        description =
                "GEMEINDE: Gemeinde oder Stadt (8-stelliger AGS); KREIS: Kreis oder Städteregion (5-stelliger Kreisschlüssel).")
public enum Ebene {
    GEMEINDE,
    KREIS
}
