package nrw.digitalisierungsdashboard.kommune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The NRW status of a Kommune (GO NRW, KrO NRW). */
@Schema(
        name = "KommuneTyp",
        description = "Status der Kommune in NRW. Für kreisangehörige Gemeinden aus den Schwellen "
                + "des § 4 GO NRW abgeleitet (mehr als 60 000 Einwohner: große, mehr als 25 000: mittlere kreisangehörige Stadt), "
                + "bis eine Redaktion ihn bestätigt.")
public enum KommuneTyp {
    KREISFREIE_STADT,
    KREIS,
    GROSSE_KREISANGEHOERIGE_STADT,
    MITTLERE_KREISANGEHOERIGE_STADT,
    KREISANGEHOERIGE_GEMEINDE
}
