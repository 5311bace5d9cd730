package nrw.digitalisierungsdashboard.common.tabelle;

import java.util.List;

/**
 * The datasets of the open data catalogue (/api/v1/dcat): each download names the one it belongs to, so a file
 * carries its source, licence and attribution. The dashboard's own data (projects, Umsetzungsstand, change log,
 * editorial master data) is dl-de/zero-2-0 like the editorial data in README; figures that weigh by population use
 * Destatis' numbers and carry its attribution (dl-de/by-2-0).
 */
public enum Datensatz {
    KATALOG(
            "ozg-leistungskatalog",
            "OZG-Leistungskatalog NRW (Fassung 2019) mit LeiKa-Zeilen",
            "Die 14 Themenfelder, 55 Lebens- und Unternehmenslagen und 557 OZG-Leistungen mit ihren 5 249 Zeilen des "
                    + "Leistungskatalogs (LeiKa-Schlüssel, Typisierung) und den beteiligten Fachämtern, wie sie das "
                    + "Digitalisierungsdashboard NRW führt.",
            Lizenz.MIT,
            "Daten: KDN OZG-Datenbank NRW (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT License, Copyright (c) 2020 "
                    + "Gert Hammes; Inhalt nach dem OZG-Umsetzungskatalog von BMI/FITKO; Digitalisierungsdashboard NRW",
            List.of("ozg-leistungskatalog-2019", "redaktion-suchbegriffe"),
            List.of("GOVE")),
    KOMMUNEN(
            "kommunen",
            "Kommunen in Nordrhein-Westfalen",
            "Die 396 Gemeinden und 31 Kreise in NRW mit AGS, ARS, Status (kreisfreie Stadt, große und mittlere "
                    + "kreisangehörige Stadt, kreisangehörige Gemeinde, Kreis), Größenklasse, Einwohnern und Fläche; dazu "
                    + "Kreise und Regierungsbezirke.",
            Lizenz.DL_BY_DE_2_0,
            "Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2023; "
                    + "Datenlizenz by-2-0; eigene Bearbeitung (Digitalisierungsdashboard NRW)",
            List.of("gemeindeverzeichnis-nrw-2023"),
            List.of("REGI", "GOVE")),
    VERWALTUNGSGRENZEN(
            "verwaltungsgrenzen",
            "Verwaltungsgrenzen NRW für die Karte",
            "Grenzen der Gemeinden, Kreise und Regierungsbezirke in NRW (Geobasis NRW, DVG2, Stand 12.06.2023), "
                    + "umprojiziert (WGS 84) und vereinfacht, als TopoJSON der Karte des Dashboards.",
            Lizenz.DL_ZERO_DE_2_0,
            "Verwaltungsgrenzen: Geobasis NRW (DVG2, Stand 2023-06-12), dl-de/zero-2-0; umprojiziert und vereinfacht",
            List.of("verwaltungsgrenzen-nrw-dvg2-2023"),
            List.of("REGI")),
    ORGANISATIONEN(
            "organisationen",
            "Organisationen der OZG-Umsetzung in NRW",
            "Kommunale IT-Dienstleister (Stand 2019), KDN, d-NRW, das zuständige Landesministerium und die kommunalen "
                    + "Spitzenverbände.",
            Lizenz.MIT,
            "Daten: KDN OZG-Datenbank NRW (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT License, Copyright (c) 2020 "
                    + "Gert Hammes; Redaktion des Digitalisierungsdashboards NRW",
            List.of("kdn-it-dienstleister-2019", "redaktion"),
            List.of("GOVE")),
    STAMMDATEN(
            "stammdaten",
            "Stammdaten: Basiskomponenten, Fachämter, Typisierungen, Größenklassen, Datenquellen",
            "Die redaktionellen Stammdaten des Dashboards.",
            Lizenz.DL_ZERO_DE_2_0,
            "Redaktion des Digitalisierungsdashboards NRW",
            List.of("redaktion"),
            List.of("GOVE")),
    KOORDINATION(
            "koordination",
            "Gremien, Koordination je Themenfeld und Ansprechstellen",
            "Die Entscheidungsgremien des gemeinsamen Prozesses, wer jedes Themenfeld koordiniert und die "
                    + "Ansprechstellen der Landesministerien.",
            Lizenz.DL_ZERO_DE_2_0,
            "Redaktion des Digitalisierungsdashboards NRW",
            List.of("redaktion"),
            List.of("GOVE")),
    PROJEKTE(
            "projekte",
            "Umsetzungsprojekte der Kommunen in NRW",
            "Die Projekte je Themenfeld mit Phase, Status, Team (federführend, mitwirkend, Pilot), Leistungen und "
                    + "Basiskomponenten. Beispielprojekte (Titel „Beispiel: …“, beispiel = true) sind keine echten "
                    + "Angaben.",
            Lizenz.DL_ZERO_DE_2_0,
            "Digitalisierungsdashboard NRW",
            List.of(),
            List.of("GOVE")),
    UMSETZUNGSSTAND(
            "umsetzungsstand",
            "Umsetzungsstand der OZG-Leistungen je Kommune",
            "Je Kommune und OZG-Leistung der gemeldete Stand (Status, Reifegrad, Online-Adresse, online seit, Quelle). "
                    + "Einträge mit beispiel = true bzw. Quelle BEISPIEL sind erzeugte Beispieldaten, keine echten Angaben.",
            Lizenz.DL_ZERO_DE_2_0,
            "Digitalisierungsdashboard NRW",
            List.of(),
            List.of("GOVE")),
    BASISKOMPONENTEN_ANSCHLUESSE(
            "basiskomponenten-anschluesse",
            "Anschlüsse der Kommunen an die Basiskomponenten",
            "Je Kommune und Basiskomponente (Servicekonto.NRW, ePayBL, …) der gemeldete Anschluss. Einträge mit "
                    + "beispiel = true sind erzeugte Beispieldaten, keine echten Angaben.",
            Lizenz.DL_ZERO_DE_2_0,
            "Digitalisierungsdashboard NRW",
            List.of(),
            List.of("GOVE")),
    KENNZAHLEN(
            "kennzahlen",
            "Kennzahlen zur OZG-Umsetzung in NRW",
            "Soll, Ist und die Metriken a (Anteil des Solls online), b (einwohnergewichtet), c (strikte Abdeckung) und d "
                    + "(mindestens eine Kommune) für NRW, Regierungsbezirke, Kreise, Gemeinden, Themenfelder und "
                    + "Größenklassen, jede mit Formel, Zähler und Nenner; dazu die täglichen Tagesstände. Solange die "
                    + "Zahlen auf Beispieldaten beruhen, sagt das jede Antwort (beispieldaten = true).",
            Lizenz.DL_BY_DE_2_0,
            "Digitalisierungsdashboard NRW, eigene Berechnung; Einwohnerzahlen: Statistisches Bundesamt (Destatis), "
                    + "Gemeindeverzeichnis GV100AD, Datenlizenz by-2-0",
            List.of("gemeindeverzeichnis-nrw-2023"),
            List.of("GOVE")),
    AENDERUNGEN(
            "aenderungen",
            "Änderungsprotokoll des Digitalisierungsdashboards NRW",
            "Jede Änderung an öffentlichen Einträgen: was sich wann an welchem Eintrag geändert hat, ohne "
                    + "Personendaten; auch als Atom-Feed.",
            Lizenz.DL_ZERO_DE_2_0,
            "Digitalisierungsdashboard NRW",
            List.of(),
            List.of("GOVE"));

    private final String id;
    private final String titel;
    private final String beschreibung;
    private final Lizenz lizenz;
    private final String namensnennung;
    private final List<String> quellen;
    private final List<String> themen;

    Datensatz(
            String id,
            String titel,
            String beschreibung,
            Lizenz lizenz,
            String namensnennung,
            List<String> quellen,
            List<String> themen) {
        this.id = id;
        this.titel = titel;
        this.beschreibung = beschreibung;
        this.lizenz = lizenz;
        this.namensnennung = namensnennung;
        this.quellen = quellen;
        this.themen = themen;
    }

    /** Stable id, the fragment of the dataset's IRI in the catalogue. */
    public String id() {
        return id;
    }

    public String titel() {
        return titel;
    }

    public String beschreibung() {
        return beschreibung;
    }

    public Lizenz lizenz() {
        return lizenz;
    }

    public String namensnennung() {
        return namensnennung;
    }

    /** Ids of the sources in /api/v1/datenquellen this dataset is built from. */
    public List<String> quellen() {
        return quellen;
    }

    /** Codes of the EU data themes (publications.europa.eu/resource/authority/data-theme). */
    public List<String> themen() {
        return themen;
    }
}
