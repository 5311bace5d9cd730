package nrw.digitalisierungsdashboard.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.support.Api;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The catalogue read with Apache Jena: JSON-LD and Turtle give the same graph, every dataset carries what DCAT-AP.de
 * requires, and the official SHACL shapes (DCAT-AP 3.0.0 of SEMIC with GovData's German additions) find no violation.
 */
@QuarkusTest
class DcatKatalogTest {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCATDE = "http://dcat-ap.de/def/dcatde/";

    private static boolean erzeugt;

    /** The catalogue lists the bulk files that exist: generate them once. */
    static synchronized void bulkFilesExist() {
        if (!erzeugt) {
            Api.admin().spec().when().post("/api/v1/downloads/erzeugung").then().statusCode(200);
            erzeugt = true;
        }
    }

    static Model lies(String accept, Lang lang) {
        bulkFilesExist();
        byte[] body = given().accept(accept)
                .when()
                .get("/api/v1/dcat")
                .then()
                .statusCode(200)
                .contentType(
                        lang == Lang.TURTLE ? Formate.TURTLE : lang == Lang.RDFXML ? Formate.RDF_XML : Formate.JSON_LD)
                .extract()
                .asByteArray();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(m);
        return m;
    }

    static Property p(String iri) {
        return ModelFactory.createDefaultModel().createProperty(iri);
    }

    @Test
    void shouldGiveTheSameGraphAsJsonLdTurtleAndRdfXml() {
        Model jsonLd = lies(Formate.JSON_LD, Lang.JSONLD);
        Model turtle = lies(Formate.TURTLE, Lang.TURTLE);
        Model rdfXml = lies(Formate.RDF_XML, Lang.RDFXML);
        Model standard = lies("*/*", Lang.JSONLD);
        assertTrue(jsonLd.size() > 500, "Tripel: " + jsonLd.size());
        assertTrue(jsonLd.isIsomorphicWith(turtle), "JSON-LD und Turtle beschreiben denselben Graphen");
        assertTrue(jsonLd.isIsomorphicWith(rdfXml), "JSON-LD und RDF/XML beschreiben denselben Graphen");
        assertTrue(jsonLd.isIsomorphicWith(standard), "ohne Accept JSON-LD");
        given().queryParam("format", "turtle")
                .when()
                .get("/api/v1/dcat")
                .then()
                .statusCode(200)
                .contentType(Formate.TURTLE);
        given().queryParam("format", "rdfxml")
                .when()
                .get("/api/v1/dcat")
                .then()
                .statusCode(200)
                .contentType(Formate.RDF_XML);
        String etag = given().accept(Formate.TURTLE)
                .when()
                .get("/api/v1/dcat")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().accept(Formate.TURTLE)
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/dcat")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldDescribeEveryDatasetWithTheMandatoryDcatApDeProperties() {
        Model m = lies(Formate.JSON_LD, Lang.JSONLD);
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .toList();
        assertEquals(Datensatz.values().length, datasets.size());
        for (Resource d : datasets) {
            for (String prop : List.of(
                    DCT + "title",
                    DCT + "description",
                    DCT + "publisher",
                    DCATDE + "contributorID",
                    DCT + "modified",
                    DCAT + "theme",
                    DCT + "spatial",
                    DCAT + "distribution")) {
                assertTrue(d.hasProperty(p(prop)), d + " ohne " + prop);
            }
            assertEquals("de", d.getProperty(p(DCT + "title")).getLanguage());
            for (var dist : d.listProperties(p(DCAT + "distribution")).toList()) {
                Resource r = dist.getResource();
                for (String prop : List.of(
                        DCAT + "accessURL",
                        DCAT + "downloadURL",
                        DCAT + "mediaType",
                        DCT + "license",
                        DCT + "format")) {
                    assertTrue(r.hasProperty(p(prop)), r + " ohne " + prop);
                }
            }
        }
        Resource kommunen = m.getResource(datasets.get(0).getURI().replaceAll("#.*", "#kommunen"));
        List<String> lizenzen = kommunen.listProperties(p(DCAT + "distribution")).toList().stream()
                .map(s -> s.getResource()
                        .getPropertyResourceValue(p(DCT + "license"))
                        .getURI())
                .distinct()
                .toList();
        assertEquals(List.of("http://dcat-ap.de/def/licenses/dl-by-de/2.0"), lizenzen);
        List<String> formate = kommunen.listProperties(p(DCAT + "distribution")).toList().stream()
                .map(s -> s.getResource()
                        .getPropertyResourceValue(p(DCAT + "mediaType"))
                        .getURI())
                .distinct()
                .sorted()
                .toList();
        assertTrue(formate.contains("http://www.iana.org/assignments/media-types/" + Formate.XLSX), formate.toString());
        assertTrue(
                kommunen.listProperties(p(DCAT + "distribution")).toList().stream()
                        .anyMatch(s -> s.getResource().hasProperty(p(DCAT + "compressFormat"))
                                && s.getResource().hasProperty(p(DCAT + "byteSize"))),
                "die Massendatei als gzip-komprimierte CSV-Distribution mit Größe");
    }

    @Test
    void shouldNameTheSameLicenceAsTheSourceItIsBuiltFrom() {
        List<Map<String, Object>> quellen = given().when()
                .get("/api/v1/datenquellen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, Object> lizenzUrl =
                quellen.stream().collect(Collectors.toMap(q -> (String) q.get("id"), q -> q.get("lizenzUrl")));
        for (Datensatz d : Datensatz.values()) {
            if (!d.quellen().isEmpty()) {
                assertEquals(d.lizenz().url(), lizenzUrl.get(d.quellen().get(0)), d.name());
            }
        }
    }

    /** The SEMIC shapes of DCAT-AP 3.0.0 with GovData's DCAT-AP.de additions and deprecations, as one shapes graph. */
    static Shapes shapes() throws Exception {
        Model shapesModel = ModelFactory.createDefaultModel();
        for (String file :
                List.of("dcat-ap-3.0.0-SHACL.ttl", "dcat-ap-spec-german-additions.ttl", "dcat-ap-de-deprecated.ttl")) {
            try (InputStream in = DcatKatalogTest.class.getResourceAsStream("/dcat-ap-shacl/" + file)) {
                RDFDataMgr.read(shapesModel, in, Lang.TURTLE);
            }
        }
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        assertTrue(shapes.numShapes() > 50, "Shapes geladen: " + shapes.numShapes());
        return shapes;
    }

    /** The violations, one line each (focus node, path, message); warnings and infos are printed, not returned. */
    static List<String> violations(Shapes shapes, Model data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        List<String> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String focus = e.focusNode().isURI()
                    ? e.focusNode().getURI()
                    : e.focusNode().toString();
            String path = e.resultPath() instanceof P_Link link
                    ? "<" + link.getNode().getURI() + ">"
                    : String.valueOf(e.resultPath());
            String line = focus + " " + path + ": " + e.message();
            if (e.severity() == Severity.Violation) {
                violations.add(line);
            } else {
                System.out.println("SHACL " + e.severity() + " " + line);
            }
        }
        return violations;
    }

    /**
     * SHACL with the official shapes. Offline, the controlled vocabularies the shapes refer to (EU authority tables,
     * dcat-ap.de licence and contributor lists) are not loaded; the catalogue therefore types the vocabulary terms it
     * uses itself, so class checks run. Every violation counts.
     */
    @Test
    void shouldConformToTheOfficialDcatApShapes() throws Exception {
        Model data = lies(Formate.TURTLE, Lang.TURTLE);
        List<String> violations = violations(shapes(), data);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    /**
     * The same shapes find what a harvester would reject: a dataset without title and publisher, a distribution without
     * access URL and licence, two modification dates, and a licence that is not a dct:LicenseDocument.
     */
    @Test
    void shouldReportViolationsOfABrokenCatalogue() throws Exception {
        Model data = lies(Formate.TURTLE, Lang.TURTLE);
        Resource dataset = data.listSubjectsWithProperty(RDF.type, data.createResource(DCAT + "Dataset"))
                .next();
        Resource distribution =
                dataset.getPropertyResourceValue(p(DCAT + "distribution")).inModel(data);
        Resource lizenz = data.listSubjectsWithProperty(RDF.type, data.createResource(DCT + "LicenseDocument"))
                .next();
        dataset.removeAll(p(DCT + "title")).removeAll(p(DCT + "publisher"));
        distribution.removeAll(p(DCAT + "accessURL")).removeAll(p(DCT + "license"));
        dataset.addLiteral(
                p(DCT + "modified"), data.createTypedLiteral("2020-01-01T00:00:00Z", XSDDatatype.XSDdateTime));
        lizenz.removeAll(RDF.type);

        List<String> violations = violations(shapes(), data);
        String all = String.join("\n", violations);
        for (String erwartet : List.of(
                dataset.getURI() + " <" + DCT + "title>",
                dataset.getURI() + " <" + DCT + "publisher>",
                dataset.getURI() + " <" + DCT + "modified>",
                distribution.getURI() + " <" + DCAT + "accessURL>",
                distribution.getURI() + " <" + DCT + "license>")) {
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(erwartet)), erwartet + " fehlt in:\n" + all);
        }
        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.contains("<" + DCT + "license>") && !v.startsWith(distribution.getURI())),
                "Lizenz ohne Klasse dct:LicenseDocument:\n" + all);
    }
}
