package nrw.digitalisierungsdashboard.uebersicht;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kennzahlen", description = "Die Kennzahlen der Startseite, gezählt in der Datenbank.")
public record Kennzahlen(
        @Schema(required = true) long themenfelder,
        @Schema(required = true) long lagen,
        @Schema(required = true) long leistungen,
        @Schema(required = true) long leikaLeistungen,

        @Schema(description = "Gemeinden und Kreise", required = true)
        long kommunen,

        @Schema(description = "Gemeinden, einschließlich der kreisfreien Städte", required = true)
        long gemeinden,

        @Schema(required = true) long kreisfreieStaedte,
        @Schema(required = true) long kreise,
        @Schema(required = true) long regierungsbezirke,
        @Schema(required = true) long organisationen,
        @Schema(required = true) long basiskomponenten,

        @Schema(description = "Summe der Einwohner der Gemeinden", required = true)
        long einwohner,

        @Schema(description = "Fassung des OZG-Katalogs", required = true, examples = "2019")
        String katalogStand,

        @Schema(description = "Umsetzungsprojekte, Beispielprojekte eingeschlossen", required = true)
        long projekte,

        @Schema(description = "Davon Beispielprojekte (keine echten Angaben)", required = true)
        long beispielprojekte,

        @Schema(
                description =
                        "true: die Zahlen zum Umsetzungsstand beruhen (auch) auf Beispieldaten, keine echten Angaben – "
                                + "die Oberfläche zeigt dann ein Banner",
                required = true)
        boolean beispieldaten) {}
