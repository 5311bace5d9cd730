package nrw.digitalisierungsdashboard.kommune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KreisTyp", description = "Kreis (einschließlich Städteregion Aachen) oder kreisfreie Stadt.")
public enum KreisTyp {
    KREIS,
    KREISFREIE_STADT
}
