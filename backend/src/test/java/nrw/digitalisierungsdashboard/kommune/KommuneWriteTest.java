package nrw.digitalisierungsdashboard.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KommuneWriteTest {

    @Test
    void shouldConfirmAStatusSoItIsNoLongerMarkedDerived() {
        Api.Session koord = Api.account(List.of("KOORDINATION"), null, List.of());
        // Rheine (05566076, about 77 000 inhabitants): derived große kreisangehörige Stadt
        String etag = Api.etag(given().when().get("/api/v1/kommunen/05566076"));
        String confirmed = koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typ", "GROSSE_KREISANGEHOERIGE_STADT"))
                .when()
                .patch("/api/v1/kommunen/05566076")
                .then()
                .statusCode(200)
                .body("typ", is("GROSSE_KREISANGEHOERIGE_STADT"))
                .body("typAbgeleitet", is(false))
                .extract()
                .header("ETag");
        // two editors on the same version: the second one is told, nothing is overwritten
        koord.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typ", "MITTLERE_KREISANGEHOERIGE_STADT"))
                .when()
                .patch("/api/v1/kommunen/05566076")
                .then()
                .statusCode(412)
                .header("ETag", is(confirmed))
                .contentType("application/problem+json");
        given().when().get("/api/v1/kommunen/05566076").then().body("typ", is("GROSSE_KREISANGEHOERIGE_STADT"));
        // restore the derived state for other tests
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", confirmed)
                .body(Map.of("typHinweis", ""))
                .when()
                .patch("/api/v1/kommunen/05566076")
                .then()
                .statusCode(200);
        resetDerived("05566076");
    }

    @Test
    void shouldRefuseAStatusThatContradictsTheOfficialRegister() {
        Api.Session admin = Api.admin();
        String etag = Api.etag(given().when().get("/api/v1/kommunen/05315000"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typ", "MITTLERE_KREISANGEHOERIGE_STADT"))
                .when()
                .patch("/api/v1/kommunen/05315000")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", containsString("Gemeindeverzeichnis"))
                .body("errors[0].name", is("typ"));
        String kreis = Api.etag(given().when().get("/api/v1/kommunen/05158"));
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", kreis)
                .body(Map.of("typ", "KREISFREIE_STADT"))
                .when()
                .patch("/api/v1/kommunen/05158")
                .then()
                .statusCode(422);
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("typ", "DORF"))
                .when()
                .patch("/api/v1/kommunen/05315000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireIfMatch() {
        Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .body(Map.of("typHinweis", "x"))
                .when()
                .patch("/api/v1/kommunen/05315000")
                .then()
                .statusCode(428)
                .body("type", is("/probleme/if-match-fehlt"));
    }

    @Test
    void shouldLetOnlyCoordinatorsOfTheThemenfeldMaintainFachaemter() {
        Api.Session other = Api.account(List.of("KOORDINATION"), null, List.of(1));
        String etag = Api.etag(given().when().get("/api/v1/leistungen/10169"));
        other.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of("strassenverkehrsamt")))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Mobilität & Reisen"));
        Api.Session redaktion = Api.account(List.of("REDAKTION"), "civitec", List.of());
        redaktion
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("fachaemter", List.of()))
                .when()
                .put("/api/v1/leistungen/10169/fachaemter")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/leistungen/10169").then().body("fachaemter", empty());
    }

    private static void resetDerived(String ags) {
        // the loader re-derives only rows still marked derived; put the row back as a fresh load would leave it
        QuarkusTransaction.requiringNew().run(() -> KommuneEntity.update("typAbgeleitet = true where ags = ?1", ags));
    }
}
