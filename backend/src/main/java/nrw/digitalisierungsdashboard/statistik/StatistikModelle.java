package nrw.digitalisierungsdashboard.statistik;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungModelle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Responses of /statistik: every figure with its formula in words and its input counts. */
public final class StatistikModelle {

    private StatistikModelle() {}

    public static final String A =
            "Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und "
                    + "Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und "
                    + "Reifegrad ≥ reifegradMin.";
    public static final String B =
            "Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g "
                    + "des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – "
                    + "ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online "
                    + "nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022).";
    public static final String C =
            "Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des "
                    + "Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer "
                    + "zuständigen Kommune im Gebiet.";
    public static final String D =
            "Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens "
                    + "einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der "
                    + "Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.";

    @Schema(
            name = "Metrikwert",
            description = "Ein Wert einer Metrik mit Formel und Eingangszahlen: wert = zaehler / nenner.")
    public record Metrikwert(
            @Schema(
                    required = true,
                    enumeration = {"a", "b", "c", "d"})
            String metrik,

            @Schema(required = true) String name,

            @Schema(description = "zaehler / nenner, 0–1; fehlt bei nenner = 0")
            BigDecimal wert,

            @Schema(required = true) long zaehler,
            @Schema(required = true) long nenner,
            @Schema(required = true) String formel) {}

    @Schema(name = "StatistikUebersicht", description = "Die Lage in NRW auf einen Blick.")
    public record Uebersicht(
            @Schema(required = true) int reifegradMin,
            @Schema(required = true) long kommunen,

            @Schema(description = "Kommunen mit mindestens einem gemeldeten Stand", required = true)
            long kommunenMitMeldung,

            @Schema(description = "Σ Soll aller Kommunen", required = true)
            long soll,

            @Schema(description = "davon auf abgeleiteten Zuständigkeitsregeln", required = true)
            long sollAbgeleitet,

            @Schema(description = "davon auf bestätigten Regeln", required = true)
            long sollBestaetigt,

            @Schema(description = "Σ Soll-Leistungen online mit Reifegrad ≥ reifegradMin", required = true)
            long online,

            @Schema(description = "Die vier Metriken für NRW", required = true)
            List<Metrikwert> metriken,

            @Schema(description = "Soll-Einträge online je Reifegrad (genau dieser Reifegrad)", required = true)
            List<UmsetzungModelle.Anzahl> reifegradVerteilung,

            @Schema(description = "Datum des letzten gespeicherten Tagesstands")
            LocalDate letzterTagesstand,

            @Schema(
                    description = "true: die Zahlen beruhen (auch) auf Beispieldaten, keine echten Angaben",
                    required = true)
            boolean beispieldaten) {}

    @Schema(name = "ThemenfeldStatistik")
    public record ThemenfeldStatistik(
            @Schema(required = true) int themenfeldId,
            @Schema(required = true) String name,

            @Schema(description = "Leistungen mit mindestens einer zuständigen Kommune", required = true)
            long leistungen,

            @Schema(description = "Σ zuständige Kommunen über die Leistungen", required = true)
            long soll,

            @Schema(required = true) long online,

            @Schema(description = "a, c und d für das Themenfeld in NRW", required = true)
            List<Metrikwert> metriken) {}

    @Schema(name = "ThemenfelderStatistik")
    public record Themenfelder(
            @Schema(required = true) int reifegradMin,
            @Schema(required = true) List<ThemenfeldStatistik> themenfelder,
            @Schema(required = true) boolean beispieldaten) {}

    @Schema(name = "Regionswert", description = "Der Wert der Metrik für ein Gebiet; wert = zaehler / nenner.")
    public record Regionswert(
            @Schema(required = true) String schluessel,
            @Schema(required = true) String name,
            BigDecimal wert,
            @Schema(required = true) long zaehler,
            @Schema(required = true) long nenner) {}

    @Schema(name = "RegionenStatistik", description = "Ein Wert je Gebiet, bereit zum Einfärben einer Karte.")
    public record Regionen(
            @Schema(
                    required = true,
                    enumeration = {"land", "regierungsbezirk", "kreis", "gemeinde"})
            String ebene,

            @Schema(
                    required = true,
                    enumeration = {"a", "b", "c", "d"})
            String metrik,

            @Schema(required = true) String name,
            @Schema(required = true) String formel,
            @Schema(required = true) int reifegradMin,

            @Schema(description = "Kleinster und größter Wert, für die Legende")
            BigDecimal minimum,

            BigDecimal maximum,
            @Schema(required = true) List<Regionswert> werte,
            @Schema(required = true) boolean beispieldaten) {}

    @Schema(name = "GroessenklasseStatistik")
    public record GroessenklasseStatistik(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) long kommunen,
            @Schema(required = true) long soll,
            @Schema(required = true) long online,

            @Schema(description = "Metrik a über alle Gemeinden der Klasse")
            BigDecimal anteil,

            @Schema(
                    description =
                            "Median der Anteile (a) der einzelnen Gemeinden – der Vergleichswert für eine Gemeinde")
            BigDecimal median,

            @Schema(description = "Unteres Quartil der Anteile")
            BigDecimal quartil1,

            @Schema(description = "Oberes Quartil der Anteile")
            BigDecimal quartil3,

            @Schema(description = "Metrik b über die Gemeinden der Klasse")
            BigDecimal einwohnergewichtet) {}

    @Schema(name = "GroessenklassenStatistik")
    public record Groessenklassen(
            @Schema(required = true) int reifegradMin,
            @Schema(required = true) String formel,
            @Schema(required = true) List<GroessenklasseStatistik> klassen,
            @Schema(required = true) boolean beispieldaten) {}

    @Schema(name = "Zeitpunkt", description = "Ein gespeicherter Tagesstand.")
    public record Zeitpunkt(
            @Schema(required = true) LocalDate datum,
            @Schema(required = true) long soll,
            @Schema(required = true) long online,
            @Schema(description = "Metrik a") BigDecimal anteil,

            @Schema(description = "Metrik b (wo es Einwohner gibt)")
            BigDecimal einwohnergewichtet,

            @Schema(description = "Nenner von c und d") Long leistungen,
            Long strikt,
            Long mindestensEine,
            @Schema(description = "Metrik c") BigDecimal striktAnteil,
            @Schema(description = "Metrik d") BigDecimal mindestensEineAnteil,
            @Schema(required = true) boolean beispiel) {}

    @Schema(
            name = "Veraenderung",
            description = "Was sich seit einem Datum geändert hat, je Paar Kommune × Soll-Leistung.")
    public record Veraenderung(
            @Schema(required = true) LocalDate seit,

            @Schema(
                    description =
                            "Paare, die am Stichtag nicht online waren (mit Reifegrad ≥ reifegradMin) und es jetzt sind",
                    required = true)
            long neuOnline,

            @Schema(description = "Paare, die am Stichtag online waren und es jetzt nicht mehr sind", required = true)
            long zurueckgefallen,

            @Schema(required = true) String formel) {}

    @Schema(name = "Zeitreihe")
    public record Zeitreihe(
            @Schema(required = true) String ebene,
            @Schema(required = true) String schluessel,
            @Schema(required = true) int reifegradMin,
            @Schema(required = true) List<Zeitpunkt> punkte,
            @Schema(required = true) Veraenderung veraenderung,
            @Schema(required = true) boolean beispieldaten) {}

    @Schema(name = "Tagesstand", description = "Ergebnis eines Laufs des Tagesstands.")
    public record Tagesstand(
            @Schema(required = true) LocalDate datum,

            @Schema(description = "geschriebene Zeilen", required = true)
            long zeilen) {}
}
