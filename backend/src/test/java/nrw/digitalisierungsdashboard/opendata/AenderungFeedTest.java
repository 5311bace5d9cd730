package nrw.digitalisierungsdashboard.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nrw.digitalisierungsdashboard.aenderungen.AenderungFeed;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The change log as Atom 1.0 (RFC 4287), parsed with the JDK's namespace-aware XML parser. */
@QuarkusTest
class AenderungFeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "genau ein atom:" + name + " in " + parent.getLocalName());
        return found.get(0).getTextContent();
    }

    static String link(Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href"))
                .findFirst()
                .orElse(null);
    }

    /** RFC 4287 §4.1.1 and §4.1.2: what a feed and each entry must have. */
    static void assertValidFeed(Document doc) {
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(text(feed, "id").startsWith("urn:uuid:"));
        assertFalse(text(feed, "title").isBlank());
        OffsetDateTime.parse(text(feed, "updated"));
        Element author = children(feed, "author").get(0);
        assertFalse(text(author, "name").isBlank());
        assertNotNull(link(feed, "self"));
        for (Element entry : children(feed, "entry")) {
            assertTrue(text(entry, "id").matches("urn:uuid:[0-9a-f-]{36}"));
            assertFalse(text(entry, "title").isBlank());
            OffsetDateTime.parse(text(entry, "updated"));
            assertNotNull(link(entry, "alternate"), "Link auf die Seite im Dashboard");
            assertNotNull(link(entry, "related"), "Link auf die Ressource in der API");
            assertEquals(1, children(entry, "content").size());
        }
    }

    @Test
    void shouldServeTheChangesOfOneProjectAsAValidFeedWithStableIdsAndLinks() throws Exception {
        Map<String, Object> eingabe = Map.of(
                "titel",
                Api.uniqueName("Feed-Projekt"),
                "zusammenfassung",
                "Testprojekt für den Atom-Feed",
                "themenfeldId",
                9,
                "leistungen",
                List.of(10173),
                "federfuehrendId",
                "civitec",
                "basiskomponenten",
                List.of());
        long id = Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(eingabe)
                .when()
                .post("/api/v1/projekte")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long aenderung = given().queryParam("entitaet", "PROJEKT")
                .queryParam("id", id)
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");

        var response = given().accept(Formate.ATOM)
                .queryParam("entitaet", "PROJEKT")
                .queryParam("id", id)
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .contentType(Formate.ATOM)
                .extract()
                .response();
        Document doc = parse(response.asByteArray());
        assertValidFeed(doc);
        List<Element> entries = children(doc.getDocumentElement(), "entry");
        assertEquals(1, entries.size());
        Element entry = entries.get(0);
        assertTrue(link(entry, "alternate").endsWith("/projekte/" + id), link(entry, "alternate"));
        assertTrue(
                link(entry, "alternate").startsWith("http://localhost:5173"), "die öffentliche Adresse des Dashboards");
        assertTrue(link(entry, "related").endsWith("/api/v1/projekte/" + id));
        String entryId = text(entry, "id");

        // the same change has the same id in the unfiltered feed (format=atom as a plain link)
        Document all = parse(given().queryParam("format", "atom")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertValidFeed(all);
        assertTrue(children(all.getDocumentElement(), "entry").stream()
                .anyMatch(e -> text(e, "id").equals(entryId)));
        assertEquals(AenderungFeed.entryId(aenderung), entryId);

        // a feed reader that has it already gets 304
        given().accept(Formate.ATOM)
                .header("If-None-Match", response.getHeader("ETag"))
                .queryParam("entitaet", "PROJEKT")
                .queryParam("id", id)
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(304);

        Api.admin()
                .spec()
                .header("If-Match", Api.etag(given().when().get("/api/v1/projekte/" + id)))
                .when()
                .delete("/api/v1/projekte/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void shouldPageTheFeedWithANextLink() throws Exception {
        Document doc = parse(given().queryParam("format", "atom")
                .queryParam("size", 1)
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertValidFeed(doc);
        String next = link(doc.getDocumentElement(), "next");
        assertNotNull(next);
        assertTrue(next.contains("page=1") && next.contains("format=atom"), next);
    }

    @Test
    void shouldFilterTheFeedLikeTheJsonList() {
        given().queryParam("format", "atom")
                .queryParam("kommune", "5315")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("format", "atom")
                .queryParam("seit", "gestern")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(400);
    }
}
