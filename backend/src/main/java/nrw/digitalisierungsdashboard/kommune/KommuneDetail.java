package nrw.digitalisierungsdashboard.kommune;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KommuneDetail", description = "Das Profil einer Kommune.")
public record KommuneDetail(
        @Schema(required = true) String ags,
        @Schema(required = true) String ars,
        @Schema(required = true) String name,
        @Schema(required = true) String kurzname,
        @Schema(required = true) Ebene ebene,
        @Schema(required = true) KommuneTyp typ,
        @Schema(required = true) boolean typAbgeleitet,

        @Schema(description = "Hinweis zum Status, z. B. zur Sonderstellung Aachens")
        String typHinweis,

        @Schema(
                description =
                        "Gebietstyp wie in der Quelle: kreisfreie Stadt, Stadt, kreisangehörige Gemeinde oder Kreis",
                required = true)
        String gebietstypAmtlich,

        String groessenklasse,
        @Schema(required = true) RegionRefs.KreisRef kreis,
        @Schema(required = true) RegionRefs.RegierungsbezirkRef regierungsbezirk,
        @Schema(required = true) long einwohner,
        @Schema(required = true) BigDecimal flaecheKm2,
        @Schema(required = true) BigDecimal einwohnerJeKm2,

        @Schema(description = "Stichtag der Einwohnerzahl", required = true, examples = "2022-12-31")
        LocalDate einwohnerStichtag,

        @Schema(description = "Gebietsstand des Gemeindeverzeichnisses", required = true, examples = "2023-11-30")
        LocalDate gebietsstand,

        @Schema(description = "Postleitzahl des Verwaltungssitzes")
        String plz,

        @Schema(description = "Bei Kreisen: Zahl ihrer Gemeinden")
        Integer anzahlGemeinden,

        @Schema(
                description = "ID der Kommune als Organisation (/organisationen/{id})",
                required = true,
                examples = "kommune-05315000")
        String organisationId) {}
