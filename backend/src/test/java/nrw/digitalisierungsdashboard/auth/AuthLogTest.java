package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** Every sign-in, sign-out and refusal is logged with account, address and outcome, never with a password. */
@QuarkusTest
class AuthLogTest {

    @Test
    void shouldLogSignInsSignOutsAndRefusalsWithoutPasswords() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                Object[] p = r.getParameters();
                lines.add(
                        p == null
                                ? r.getMessage()
                                : String.format(r.getMessage().replaceAll("\\{\\d}", "%s"), p));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger audit = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");
        audit.addHandler(capture);
        try {
            String name = Api.uniqueName("log");
            Api.createKonto(name, List.of("REDAKTION"), "civitec", List.of());
            String address = Api.freshAddress();
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", address)
                    .body(Map.of("benutzername", name, "passwort", "Geheimes-Falsches-Passwort"))
                    .when()
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
            Api.Session s = Api.login(name, Api.PASSWORD);
            s.spec().when().post("/api/v1/auth/logout").then().statusCode(204);

            String all = String.join("\n", lines);
            assertTrue(all.contains("login outcome=FAILED_PASSWORD account=" + name + " address=" + address), all);
            assertTrue(all.contains("login outcome=SUCCESS account=" + name), all);
            assertTrue(all.contains("logout outcome=SUCCESS account=" + name), all);
            assertFalse(
                    all.contains("Geheimes-Falsches-Passwort") || all.contains(Api.PASSWORD), "no password in the log");
        } finally {
            audit.removeHandler(capture);
        }
    }
}
