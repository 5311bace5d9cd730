package nrw.digitalisierungsdashboard.umsetzung;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The share online beside every Kommune and every Leistung in their lists, sortable, at any threshold. */
@QuarkusTest
class OnlineAnteilInListenTest {

    /** Reports a Leistung online in a Kommune (as an admin), whatever was there before. */
    private static void online(String ags, int ozgId, int reifegrad) {
        String path = "/api/v1/kommunen/" + ags + "/umsetzungsstand/" + ozgId;
        Response first = given().get(path);
        var req = Api.admin().spec().contentType(ContentType.JSON);
        if (first.getHeader("ETag") != null) {
            req = req.header("If-Match", first.getHeader("ETag"));
        }
        req.body(Map.of("status", "ONLINE", "reifegrad", reifegrad))
                .put(path)
                .then()
                .statusCode(anyOf(is(200), is(201)));
    }

    @Test
    void shouldShowEachKommunesShareOnlineAtTheRequestedThreshold() {
        // Merzenich: a small Gemeinde no other test writes to
        online("05358040", 10024, 1);
        Map<String, Object> at2 = given().queryParam("q", "05358040")
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        Map<String, Object> at1 = given().queryParam("q", "05358040")
                .queryParam("reifegradMin", 1)
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        int soll = (Integer) at1.get("soll");
        Assertions.assertTrue(soll > 400, "Soll einer Gemeinde: " + soll);
        // Reifegrad 1 counts from threshold 1, not from the standard threshold 2
        Assertions.assertEquals((Integer) at2.get("online") + 1, at1.get("online"));
        BigDecimal anteil = new BigDecimal(at1.get("anteilOnline").toString());
        Assertions.assertEquals(
                BigDecimal.valueOf((Integer) at1.get("online"))
                        .divide(BigDecimal.valueOf(soll), 4, RoundingMode.HALF_UP),
                anteil.setScale(4, RoundingMode.HALF_UP));
        given().queryParam("reifegradMin", 9).get("/api/v1/kommunen").then().statusCode(400);
    }

    @Test
    void shouldSortKommunenByTheirShareOnline() {
        online("05358008", 10024, 4);
        List<Float> desc = given().queryParam("sort", "-anteilOnline")
                .queryParam("size", 30)
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.anteilOnline", Float.class);
        Assertions.assertTrue(desc.get(0) > 0, "die Kommune mit Online-Einträgen zuerst");
        for (int i = 1; i < desc.size(); i++) {
            Assertions.assertTrue(desc.get(i - 1) >= desc.get(i), "absteigend: " + desc);
        }
    }

    @Test
    void shouldSayInHowManyResponsibleKommunenALeistungIsOnline() {
        online("05358012", 10173, 3);
        Map<String, Object> l = given().queryParam("q", "Parkausweis")
                .queryParam("size", 50)
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items.find { it.ozgId == 10173 }");
        int zustaendig = (Integer) l.get("zustaendigeKommunen");
        Assertions.assertTrue(zustaendig >= 396, "zuständige Kommunen: " + zustaendig);
        Assertions.assertTrue((Integer) l.get("onlineKommunen") >= 1);
        // the same count as the Leistung's own Umsetzungsstand for NRW
        given().get("/api/v1/leistungen/10173/umsetzungsstand?size=1")
                .then()
                .statusCode(200)
                .body("zustaendig", is(zustaendig))
                .body("online", is(l.get("onlineKommunen")));
        List<Float> desc = given().queryParam("sort", "-anteilOnline")
                .queryParam("size", 20)
                .get("/api/v1/leistungen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.anteilOnline", Float.class);
        for (int i = 1; i < desc.size(); i++) {
            Assertions.assertTrue(desc.get(i - 1) >= desc.get(i), "absteigend: " + desc);
        }
    }

    @Test
    void shouldCountTheKommunenConnectedToABasiskomponente() {
        String path = "/api/v1/kommunen/05358016/basiskomponenten/epaybl";
        int vorher =
                given().get("/api/v1/basiskomponenten/epaybl").then().extract().path("angeschlossen");
        Response first = given().get("/api/v1/kommunen/05358016/basiskomponenten");
        String etag = first.jsonPath().getString("anschluesse.find { it.basiskomponenteId == 'epaybl' }.version");
        var req = Api.admin().spec().contentType(ContentType.JSON);
        if (etag != null) {
            req = req.header("If-Match", "\"" + etag + "\"");
        }
        req.body(Map.of("status", "ANGESCHLOSSEN")).put(path).then().statusCode(anyOf(is(200), is(201)));
        given().get("/api/v1/basiskomponenten")
                .then()
                .statusCode(200)
                .body("items.find { it.id == 'epaybl' }.angeschlossen", greaterThanOrEqualTo(vorher))
                .body("items.find { it.id == 'epaybl' }.angeschlossen", greaterThanOrEqualTo(1));
    }
}
