package nrw.digitalisierungsdashboard.kommune;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KommuneSummary", description = "Eine Kommune in Listen: Gemeinde, Stadt, kreisfreie Stadt oder Kreis.")
public record KommuneSummary(
        @Schema(
                description = "8-stelliger AGS bei Gemeinden, 5-stelliger Kreisschlüssel bei Kreisen",
                required = true,
                examples = "05315000")
        String ags,

        @Schema(description = "12-stelliger Regionalschlüssel (ARS)", required = true, examples = "053150000000")
        String ars,

        @Schema(description = "Amtlicher Name", required = true, examples = "Köln, Stadt")
        String name,

        @Schema(required = true, examples = "Köln") String kurzname,
        @Schema(required = true) Ebene ebene,
        @Schema(required = true) KommuneTyp typ,

        @Schema(
                description = "true: der Typ ist aus der Einwohnerzahl abgeleitet, nicht amtlich bestätigt",
                required = true)
        boolean typAbgeleitet,

        @Schema(description = "Code der Größenklasse; null bei Kreisen", examples = "GROSSSTADT")
        String groessenklasse,

        @Schema(required = true) RegionRefs.KreisRef kreis,
        @Schema(required = true) RegionRefs.RegierungsbezirkRef regierungsbezirk,

        @Schema(description = "Einwohner am 31.12.2022", required = true)
        long einwohner,

        @Schema(required = true) BigDecimal flaecheKm2,

        @Schema(description = "Einwohner je km² (abgeleitet)", required = true)
        BigDecimal einwohnerJeKm2,

        @Schema(
                description =
                        "Soll: Leistungen, für die die Kommune zuständig ist; fehlt, solange nichts berechnet ist")
        Integer soll,

        @Schema(description = "Davon online ab dem Mindestreifegrad der Anfrage (reifegradMin, Standard 2)")
        Integer online,

        @Schema(
                description = "online / soll (0 bis 1) ab dem Mindestreifegrad der Anfrage; fehlt ohne Soll",
                examples = "0.4123")
        BigDecimal anteilOnline) {}
