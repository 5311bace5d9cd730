package nrw.digitalisierungsdashboard.aenderungen;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    private long entries(String typ, String id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM aenderung WHERE entitaet_typ = ? AND entitaet_id = ?")) {
            ps.setString(1, typ);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void shouldRecordEveryWriteWithWhoWhenAndWhatInTheSameTransaction() throws Exception {
        String name = Api.uniqueName("koord");
        Api.createKonto(name, List.of("KOORDINATION"), null, List.of(6));
        Api.Session s = Api.login(name, Api.PASSWORD);
        long before = entries("LEISTUNG", "10000");
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10000"));
        String newEtag = s.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of("jugendamt", "standesamt")))
                .when()
                .put("/api/v1/leistungen/10000/fachaemter")
                .then()
                .statusCode(200)
                .body("fachaemter.id", contains("standesamt", "jugendamt"))
                .body("fachaemterGepflegt", is(true))
                .extract()
                .header("ETag");
        assertNotEquals(etag, newEtag);
        assertEquals(before + 1, entries("LEISTUNG", "10000"));

        // public history: what and when, not who
        given().when()
                .get("/api/v1/leistungen/10000/historie")
                .then()
                .statusCode(200)
                .body("items[0].entitaetTyp", is("LEISTUNG"))
                .body("items[0].aenderungen[0].feld", is("fachaemter"))
                .body("items[0].aenderungen[0].nachher", hasItems("jugendamt", "standesamt"))
                .body("items[0]", not(hasKey("akteur")))
                .body(not(containsString(name)));
        given().queryParam("entitaet", "LEISTUNG")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .body("items.entitaetId", hasItem("10000"))
                .body(not(containsString(name)));
        // admins see who
        Api.admin()
                .spec()
                .queryParam("entitaet", "LEISTUNG")
                .queryParam("id", "10000")
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                .body("items[0].akteur.typ", is("KONTO"))
                .body("items[0].akteur.name", is(name))
                .body("items[0].nachher.fachaemter", hasItems("jugendamt", "standesamt"));
        // restore
        s.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", newEtag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10000/fachaemter")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldLeaveNoEntryWhenAWriteFails() throws Exception {
        Api.Session admin = Api.admin();
        long before = entries("LEISTUNG", "10005");
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10005"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of("gibtsnicht")))
                .when()
                .put("/api/v1/leistungen/10005/fachaemter")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("fachaemter[0]"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(Map.of("fachaemter", List.of("standesamt")))
                .when()
                .put("/api/v1/leistungen/10005/fachaemter")
                .then()
                .statusCode(412);
        admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("fachaemter", List.of("standesamt")))
                .when()
                .put("/api/v1/leistungen/10005/fachaemter")
                .then()
                .statusCode(428);
        assertEquals(before, entries("LEISTUNG", "10005"));
        given().when().get("/api/v1/leistungen/10005").then().body("fachaemter", empty());
    }

    @Test
    void shouldKeepAccountChangesOutOfThePublicFeed() {
        String name = Api.uniqueName("redaktion");
        long id = Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        given().queryParam("entitaet", "KONTO")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .body("total", is(0));
        Api.admin()
                .spec()
                .queryParam("entitaet", "KONTO")
                .queryParam("id", String.valueOf(id))
                .when()
                .get("/api/v1/admin/audit")
                .then()
                .statusCode(200)
                // created by the administration, then its initial password changed at the first sign-in
                .body("total", is(2))
                .body("items.aktion", containsInAnyOrder("ERSTELLT", "GEAENDERT"))
                .body("items.oeffentlich", everyItem(is(false)));
    }

    @Test
    void shouldTellTheTimeOfTheLastPublicChange() {
        Api.Session admin = Api.admin();
        String etag = Api.etag(given().when().get("/api/v1/kommunen/05358024"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typHinweis", "Stand-Test"))
                .when()
                .patch("/api/v1/kommunen/05358024")
                .then()
                .statusCode(200);
        String last = given().when()
                .get("/api/v1/aenderungen?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].zeitpunkt");
        given().when()
                .get("/api/v1/stand")
                .then()
                .statusCode(200)
                .body("letzteAenderung", notNullValue())
                .body("referenzdatenGeladen", notNullValue());
        assertEquals(
                OffsetDateTime.parse(last).toInstant(),
                OffsetDateTime.parse(given().when()
                                .get("/api/v1/stand")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("letzteAenderung"))
                        .toInstant());
        given().when()
                .get("/api/v1/kommunen/05358024/historie")
                .then()
                .statusCode(200)
                .body("items[0].aenderungen.find { it.feld == 'typHinweis' }.nachher", is("Stand-Test"));
        String etag2 = Api.etag(given().when().get("/api/v1/kommunen/05358024"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag2)
                .body(Map.of("typHinweis", ""))
                .when()
                .patch("/api/v1/kommunen/05358024")
                .then()
                .statusCode(200)
                .body("typHinweis", nullValue());
    }

    @Test
    void shouldFilterTheFeedBySinceTime() {
        given().queryParam("seit", "2999-01-01T00:00:00Z")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(200)
                .body("total", is(0));
        given().queryParam("seit", "gestern")
                .when()
                .get("/api/v1/aenderungen")
                .then()
                .statusCode(400)
                .body("errors[0].name", is("seit"));
    }
}
