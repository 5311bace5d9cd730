package nrw.digitalisierungsdashboard.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.PublicConfig;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Lizenz;
import nrw.digitalisierungsdashboard.referenzdaten.Datenquelle;
import nrw.digitalisierungsdashboard.referenzdaten.DatenquelleService;

/**
 * The open data catalogue in DCAT-AP.de: one dcat:Dataset per {@link Datensatz}, with a distribution per format of
 * each of its API collections (JSON, CSV, XLSX, the change log also Atom) and per bulk file. Vocabulary terms it uses
 * (themes, licences, media types, the state of NRW) are typed in the graph, so a validator can check their classes.
 */
@ApplicationScoped
public class DcatKatalog {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "http://www.iana.org/assignments/media-types/";
    static final String NRW = "http://dcat-ap.de/def/politicalGeocoding/stateKey/05";
    static final String SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256";
    /** German labels of the EU data themes used. */
    static final Map<String, String> THEMEN =
            Map.of("GOVE", "Regierung und öffentlicher Sektor", "REGI", "Regionen und Städte");

    /** The API collections of each dataset: path and title. */
    static final Map<Datensatz, List<String[]>> SAMMLUNGEN = new EnumMap<>(Datensatz.class);

    static {
        SAMMLUNGEN.put(
                Datensatz.KATALOG,
                List.of(
                        new String[] {"/api/v1/leistungen", "OZG-Leistungen"},
                        new String[] {"/api/v1/themenfelder", "Themenfelder"},
                        new String[] {"/api/v1/lagen", "Lebens- und Unternehmenslagen"}));
        SAMMLUNGEN.put(
                Datensatz.KOMMUNEN,
                List.of(
                        new String[] {"/api/v1/kommunen", "Kommunen"},
                        new String[] {"/api/v1/kreise", "Kreise und kreisfreie Städte"},
                        new String[] {"/api/v1/regierungsbezirke", "Regierungsbezirke"}));
        SAMMLUNGEN.put(Datensatz.VERWALTUNGSGRENZEN, List.of());
        SAMMLUNGEN.put(
                Datensatz.ORGANISATIONEN, List.<String[]>of(new String[] {"/api/v1/organisationen", "Organisationen"}));
        SAMMLUNGEN.put(
                Datensatz.STAMMDATEN,
                List.of(
                        new String[] {"/api/v1/basiskomponenten", "Basiskomponenten"},
                        new String[] {"/api/v1/fachaemter", "Fachämter"},
                        new String[] {"/api/v1/typisierungen", "Typisierungen"},
                        new String[] {"/api/v1/groessenklassen", "Größenklassen"},
                        new String[] {"/api/v1/datenquellen", "Datenquellen"}));
        SAMMLUNGEN.put(
                Datensatz.KOORDINATION,
                List.of(
                        new String[] {"/api/v1/gremien", "Gremien"},
                        new String[] {"/api/v1/koordination", "Koordination je Themenfeld"},
                        new String[] {"/api/v1/ansprechstellen", "Ansprechstellen"}));
        SAMMLUNGEN.put(Datensatz.PROJEKTE, List.<String[]>of(new String[] {"/api/v1/projekte", "Projekte"}));
        SAMMLUNGEN.put(Datensatz.UMSETZUNGSSTAND, List.<String[]>of(new String[] {
            "/api/v1/leistungen/10173/umsetzungsstand", "Umsetzungsstand einer Leistung (Beispiel: OZG-ID 10173)"
        }));
        SAMMLUNGEN.put(Datensatz.BASISKOMPONENTEN_ANSCHLUESSE, List.<String[]>of(new String[] {
            "/api/v1/statistik/basiskomponenten", "Matrix Kommune × Basiskomponente"
        }));
        SAMMLUNGEN.put(
                Datensatz.KENNZAHLEN,
                List.of(
                        new String[] {"/api/v1/statistik/uebersicht", "Übersicht NRW"},
                        new String[] {"/api/v1/statistik/regionen?ebene=gemeinde", "Metrik a je Gemeinde"},
                        new String[] {"/api/v1/statistik/themenfelder", "Je Themenfeld"},
                        new String[] {"/api/v1/statistik/groessenklassen", "Je Größenklasse"},
                        new String[] {"/api/v1/statistik/zeitreihe", "Zeitreihe NRW"}));
        SAMMLUNGEN.put(
                Datensatz.AENDERUNGEN, List.<String[]>of(new String[] {"/api/v1/aenderungen", "Änderungsprotokoll"}));
    }

    private final EntityManager em;
    private final DatenquelleService quellen;
    private final BulkDateien bulk;
    private final PublicConfig adressen;
    private final DcatConfig config;

    public DcatKatalog(
            EntityManager em, DatenquelleService quellen, BulkDateien bulk, PublicConfig adressen, DcatConfig config) {
        this.em = em;
        this.quellen = quellen;
        this.bulk = bulk;
        this.adressen = adressen;
        this.config = config;
    }

    Rdf graph(String api) {
        String katalogIri = api + "/api/v1/dcat";
        String spa = adressen.spaUrl().replaceAll("/+$", "");
        String stand = zeit(stand());
        boolean beispiele = beispieldaten();
        Rdf g = new Rdf();

        Rdf.Knoten katalog = g.knoten(katalogIri)
                .typ("dcat:Catalog")
                .text("dct:title", "Digitalisierungsdashboard NRW – offene Daten zur OZG-Umsetzung der Kommunen")
                .text(
                        "dct:description",
                        "Das offene Register, wie die Kommunen in Nordrhein-Westfalen das Onlinezugangsgesetz umsetzen: "
                                + "OZG-Leistungskatalog, Kommunen, Organisationen, Projekte, Umsetzungsstand, Anschlüsse an "
                                + "Basiskomponenten und Kennzahlen, über eine REST-API, als CSV, XLSX und Massendateien.")
                .iri("dct:publisher", herausgeber(g, spa))
                .iri("foaf:homepage", spa + "/")
                .iri("dct:language", sprache(g))
                .iri("dct:spatial", nrw(g))
                .iri("dcat:themeTaxonomy", EU + "data-theme")
                .wert("dct:modified", stand, "xsd:dateTime");
        g.knoten(EU + "data-theme").typ("skos:ConceptScheme").text("dct:title", "Datenthemen (EU)");
        g.knoten(spa + "/").typ("foaf:Document");

        Map<String, Datenquelle> quelleNachId = new java.util.HashMap<>();
        quellen.list().forEach(q -> quelleNachId.put(q.id(), q));
        List<BulkModelle.Datei> dateien = bulk.liste();

        for (Datensatz d : Datensatz.values()) {
            String ds = katalogIri + "#" + d.id();
            katalog.iri("dcat:dataset", ds);
            String beschreibung = d.beschreibung()
                    + (beispiele
                                    && List.of(
                                                    Datensatz.PROJEKTE,
                                                    Datensatz.UMSETZUNGSSTAND,
                                                    Datensatz.KENNZAHLEN,
                                                    Datensatz.BASISKOMPONENTEN_ANSCHLUESSE)
                                            .contains(d)
                            ? " Derzeit enthält der Datensatz erzeugte Beispieldaten (gekennzeichnet mit beispiel = true); "
                                    + "sie sind keine echten Angaben."
                            : "");
            Rdf.Knoten dataset = g.knoten(ds)
                    .typ("dcat:Dataset")
                    .text("dct:title", d.titel())
                    .text("dct:description", beschreibung)
                    .wert("dct:identifier", d.id(), null)
                    .iri("dct:publisher", herausgeber(g, spa))
                    .iri("dcatde:contributorID", config.contributorId())
                    .iri("dcatde:politicalGeocodingLevelURI", "http://dcat-ap.de/def/politicalGeocoding/Level/state")
                    .iri("dct:spatial", nrw(g))
                    .iri("dct:language", sprache(g))
                    .iri("dct:accessRights", zugriff(g))
                    .iri("dcat:contactPoint", kontakt(g, spa))
                    .iri("dcat:landingPage", landingPage(g, spa, d))
                    .wert("dct:modified", stand, "xsd:dateTime")
                    .text("dcat:keyword", "OZG")
                    .text("dcat:keyword", "Onlinezugangsgesetz")
                    .text("dcat:keyword", "Nordrhein-Westfalen");
            for (String thema : d.themen()) {
                dataset.iri("dcat:theme", thema(g, thema));
            }
            for (String quelleId : d.quellen()) {
                Datenquelle q = quelleNachId.get(quelleId);
                if (q != null && q.herkunftUrl() != null) {
                    g.knoten(q.herkunftUrl()).typ("foaf:Document").text("dct:title", q.titel());
                    dataset.iri("foaf:page", q.herkunftUrl());
                }
            }
            int n = 0;
            for (String[] sammlung : SAMMLUNGEN.getOrDefault(d, List.of())) {
                List<String> formate = d == Datensatz.AENDERUNGEN
                        ? List.of("json", "csv", "xlsx", "atom")
                        : List.of("json", "csv", "xlsx");
                for (String format : formate) {
                    String url = api + sammlung[0] + (sammlung[0].contains("?") ? "&" : "?") + "format=" + format;
                    String id = ds + "-" + (++n);
                    distribution(g, id, d, sammlung[1] + " (" + format.toUpperCase() + ")", url, format, stand);
                    dataset.iri("dcat:distribution", id);
                }
            }
            if (d == Datensatz.VERWALTUNGSGRENZEN) {
                String id = ds + "-" + (++n);
                distribution(
                        g,
                        id,
                        d,
                        "Grenzen als TopoJSON (Karte des Dashboards)",
                        spa + "/geo/verwaltungsgrenzen-nrw.topo.json",
                        "topojson",
                        stand);
                dataset.iri("dcat:distribution", id);
            }
            for (BulkModelle.Datei datei : dateien) {
                if (datei.datensatz().equals(d.id())) {
                    String id = ds + "-" + datei.name().replace(".csv.gz", "");
                    Rdf.Knoten dist = distribution(
                            g,
                            id,
                            d,
                            datei.titel(),
                            api + "/api/v1/downloads/" + datei.name(),
                            "gzip",
                            zeit(datei.stand()));
                    dist.wert("dcat:byteSize", String.valueOf(datei.bytes()), "xsd:nonNegativeInteger")
                            .iri("dcat:compressFormat", medientyp(g, Formate.GZIP))
                            .iri("spdx:checksum", id + "-sha256");
                    g.knoten(id + "-sha256")
                            .typ("spdx:Checksum")
                            .iri("spdx:algorithm", SHA256)
                            .wert("spdx:checksumValue", datei.sha256(), "xsd:hexBinary");
                    dataset.iri("dcat:distribution", id);
                }
            }
        }
        if (!dateien.isEmpty()) {
            g.knoten(SHA256).typ("spdx:ChecksumAlgorithm");
        }
        return g;
    }

    private Rdf.Knoten distribution(
            Rdf g, String id, Datensatz d, String titel, String url, String format, String modified) {
        String mediaType = switch (format) {
            case "json" -> "application/json";
            case "csv" -> Formate.CSV;
            case "xlsx" -> Formate.XLSX;
            case "atom" -> Formate.ATOM;
            case "topojson" -> "application/json";
            default -> Formate.CSV;
        };
        String dateityp = switch (format) {
            case "json", "topojson" -> "JSON";
            case "xlsx" -> "XLSX";
            case "atom" -> "ATOM";
            default -> "CSV";
        };
        Lizenz lizenz = d.lizenz();
        g.knoten(url).typ("rdfs:Resource");
        return g.knoten(id)
                .typ("dcat:Distribution")
                .text("dct:title", titel)
                .iri("dcat:accessURL", url)
                .iri("dcat:downloadURL", url)
                .iri("dcat:mediaType", medientyp(g, mediaType))
                .iri("dct:format", dateityp(g, dateityp))
                .iri("dct:license", lizenz(g, lizenz))
                .text("dcatde:licenseAttributionByText", d.namensnennung())
                .wert("dct:modified", modified, "xsd:dateTime");
    }

    private static String herausgeber(Rdf g, String spa) {
        String iri = spa + "/#redaktion";
        if (!g.hat(iri)) {
            g.knoten(iri)
                    .typ("foaf:Agent")
                    .text("foaf:name", "Redaktion des Digitalisierungsdashboards NRW")
                    .iri("foaf:homepage", spa + "/");
        }
        return iri;
    }

    private static String kontakt(Rdf g, String spa) {
        String iri = spa + "/ueber-die-daten#kontakt";
        if (!g.hat(iri)) {
            g.knoten(iri)
                    .typ("vcard:Organization")
                    .typ("vcard:Kind")
                    .text("vcard:fn", "Redaktion des Digitalisierungsdashboards NRW")
                    .iri("vcard:hasURL", spa + "/ueber-die-daten");
        }
        return iri;
    }

    private static String landingPage(Rdf g, String spa, Datensatz d) {
        String seite = switch (d) {
            case KATALOG -> "/leistungen";
            case KOMMUNEN -> "/kommunen";
            case ORGANISATIONEN -> "/organisationen";
            case STAMMDATEN -> "/basiskomponenten";
            case KOORDINATION -> "/koordination";
            case PROJEKTE -> "/projekte";
            case BASISKOMPONENTEN_ANSCHLUESSE -> "/statistik/basiskomponenten";
            case AENDERUNGEN -> "/aenderungen";
            case UMSETZUNGSSTAND, KENNZAHLEN -> "/statistik";
            case VERWALTUNGSGRENZEN -> "/ueber-die-daten";
        };
        g.knoten(spa + seite).typ("foaf:Document");
        return spa + seite;
    }

    private static String nrw(Rdf g) {
        if (!g.hat(NRW)) {
            g.knoten(NRW).typ("dct:Location").text("skos:prefLabel", "Nordrhein-Westfalen");
        }
        return NRW;
    }

    private static String sprache(Rdf g) {
        String iri = EU + "language/DEU";
        if (!g.hat(iri)) {
            g.knoten(iri).typ("dct:LinguisticSystem");
        }
        return iri;
    }

    private static String zugriff(Rdf g) {
        String iri = EU + "access-right/PUBLIC";
        if (!g.hat(iri)) {
            g.knoten(iri).typ("dct:RightsStatement").text("skos:prefLabel", "öffentlich");
        }
        return iri;
    }

    private static String thema(Rdf g, String code) {
        String iri = EU + "data-theme/" + code;
        if (!g.hat(iri)) {
            g.knoten(iri)
                    .typ("skos:Concept")
                    .text("skos:prefLabel", THEMEN.get(code))
                    .iri("skos:inScheme", EU + "data-theme");
        }
        return iri;
    }

    private static String medientyp(Rdf g, String mediaType) {
        String iri = IANA + mediaType;
        if (!g.hat(iri)) {
            g.knoten(iri).typ("dct:MediaType");
        }
        return iri;
    }

    private static String dateityp(Rdf g, String code) {
        String iri = EU + "file-type/" + code;
        if (!g.hat(iri)) {
            g.knoten(iri).typ("dct:MediaTypeOrExtent");
        }
        return iri;
    }

    private static String lizenz(Rdf g, Lizenz l) {
        if (!g.hat(l.uri())) {
            g.knoten(l.uri())
                    .typ("dct:LicenseDocument")
                    .text("rdfs:label", l.bezeichnung())
                    .iri("rdfs:seeAlso", l.url());
        }
        return l.uri();
    }

    private OffsetDateTime stand() {
        Object value = em.createNativeQuery("SELECT greatest((SELECT max(zeitpunkt) FROM aenderung WHERE oeffentlich),"
                        + " (SELECT max(geladen_am) FROM datensatz))")
                .getSingleResult();
        OffsetDateTime stand = Rows.timestamp(value);
        return stand == null ? OffsetDateTime.now(ZoneOffset.UTC) : stand;
    }

    private boolean beispieldaten() {
        Object value = em.createNativeQuery("SELECT exists(SELECT 1 FROM projekt WHERE beispiel)"
                        + " OR exists(SELECT 1 FROM umsetzungsstand WHERE beispiel)")
                .getSingleResult();
        return Boolean.TRUE.equals(value);
    }

    private static String zeit(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
