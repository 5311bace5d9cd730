package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** Thresholds of the test profile: slowed after 3 failures per account (10 per address), refused after 10 (30). */
@QuarkusTest
class LoginThrottleTest {

    private static Response attempt(String name, String password, String address) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", address)
                .body(Map.of("benutzername", name, "passwort", password))
                .when()
                .post("/api/v1/auth/login");
    }

    @Test
    void shouldSlowDownAndThenRefuseRepeatedFailuresForAnAccount() {
        String name = Api.uniqueName("redaktion");
        Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        for (int i = 1; i <= 10; i++) {
            long start = System.nanoTime();
            attempt(name, "falsch-" + i + "-xxxxxxx", Api.freshAddress()).then().statusCode(401);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (i > 3) {
                assertTrue(millis >= 50, "attempt " + i + " should be slowed down, took " + millis + " ms");
            }
        }
        Response refused = attempt(name, Api.PASSWORD, Api.freshAddress());
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("/probleme/zu-viele-versuche"));
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);
    }

    @Test
    void shouldRefuseAnAddressThatTriesManyAccounts() {
        String address = Api.freshAddress();
        for (int i = 0; i < 30; i++) {
            attempt("unbekannt-" + i, "falsch-xxxxxxxxxx", address).then().statusCode(401);
        }
        attempt("admin", Api.ADMIN_PASSWORD, address).then().statusCode(429).header("Retry-After", notNullValue());
        // another address is not affected
        attempt("admin", Api.ADMIN_PASSWORD, Api.freshAddress()).then().statusCode(200);
    }

    @Test
    void shouldForgetAnAccountsFailuresAfterASuccessfulSignIn() {
        String name = Api.uniqueName("redaktion");
        Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
        for (int i = 0; i < 9; i++) {
            attempt(name, "falsch-xxxxxxxxxx", Api.freshAddress()).then().statusCode(401);
        }
        attempt(name, Api.PASSWORD, Api.freshAddress()).then().statusCode(200);
        for (int i = 0; i < 9; i++) {
            attempt(name, "falsch-xxxxxxxxxx", Api.freshAddress()).then().statusCode(401);
        }
        attempt(name, Api.PASSWORD, Api.freshAddress()).then().statusCode(200);
    }
}
