package nrw.digitalisierungsdashboard.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    private static void hardened(Response r) {
        r.then()
                .header(
                        "Content-Security-Policy",
                        allOf(containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline'; script"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
        assertFalse(
                r.getHeader("Content-Security-Policy").matches(".*script-src[^;]*'unsafe-inline'.*"),
                "no inline scripts");
    }

    @Test
    void shouldSendSecurityHeadersOnEveryKindOfResponse() {
        hardened(given().when().get("/api/v1/themenfelder"));
        hardened(given().when().get("/api/v1/gibtsnicht"));
        hardened(given().when().delete("/api/v1/themenfelder"));
        hardened(given().contentType("application/json").body("{}").when().put("/api/v1/leistungen/10169/fachaemter"));
        hardened(given().when().get("/q/health/ready"));
        hardened(given().when().get("/q/openapi"));
        given().when().get("/api/v1/themenfelder").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https")
                .when()
                .get("/api/v1/themenfelder")
                .then()
                .header("Strict-Transport-Security", startsWith("max-age="));
    }

    @Test
    void shouldServeSwaggerUiWithoutAnyInlineScript() {
        Response page = given().when().get("/q/swagger-ui/");
        page.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("swagger-ui-bundle.js"))
                .body(containsString("dashboard-init.js"));
        String csp = page.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';"), csp);
        Matcher m =
                Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.DOTALL).matcher(page.asString());
        assertFalse(m.find(), "the page carries an inline script");
        given().when()
                .get("/q/swagger-ui/dashboard-init.js")
                .then()
                .statusCode(200)
                .body(containsString("SwaggerUIBundle"));
        given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void shouldRefuseOversizedBodiesWith413ProblemBeforeReadingThem() {
        byte[] big = new byte[1_048_577];
        Arrays.fill(big, (byte) 'a');
        given().contentType("application/json")
                .body(big)
                .when()
                .post("/api/v1/auth/login")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", is("/probleme/zu-gross"))
                .header("Content-Security-Policy", notNullValue());
    }
}
