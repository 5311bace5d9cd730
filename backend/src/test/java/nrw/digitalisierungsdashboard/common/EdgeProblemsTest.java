package nrw.digitalisierungsdashboard.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Errors the HTTP layer raises before any resource – 414, 431, an undecodable path, a body over the limit whatever its
 * framing – answer problem+json with the same security headers as every other answer.
 */
@QuarkusTest
class EdgeProblemsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    InvalidRequests invalidRequests;

    /** The raw answer to a request written by hand (status line, headers, body). */
    private String raw(String request) throws Exception {
        // the handler is put in place just after the servers listen: a test may come first after a restart
        long until = System.nanoTime() + 60_000_000_000L;
        while (!invalidRequests.installed() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(invalidRequests.installed(), "Antwort auf fehlerhafte Anfragen nicht eingerichtet");
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void problemWithHeaders(String answer, int status) {
        assertTrue(answer.startsWith("HTTP/1.") && answer.substring(9, 12).equals(String.valueOf(status)), answer);
        String lower = answer.toLowerCase();
        assertTrue(lower.contains("content-type: application/problem+json"), answer);
        assertTrue(lower.contains("x-content-type-options: nosniff"), answer);
        assertTrue(lower.contains("content-security-policy: default-src 'none'"), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
    }

    @Test
    void shouldAnswerAnOverlongAddressWith414Problem() throws Exception {
        String answer = raw("GET /api/v1/leistungen?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        problemWithHeaders(answer, 414);
    }

    @Test
    void shouldAnswerOverlongHeadersWith431Problem() throws Exception {
        String answer = raw("GET /api/v1/themenfelder HTTP/1.1\r\nHost: x\r\nX-Gross: " + "a".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n");
        problemWithHeaders(answer, 431);
    }

    @Test
    void shouldAnswerAnUndecodablePathWith400Problem() throws Exception {
        problemWithHeaders(raw("GET /api/v1/leistungen/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        problemWithHeaders(raw("GET /api/v1/leistungen?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void shouldRefuseNulInAHeaderLikeInParameters() throws Exception {
        // on the wire as sent: HTTP client libraries drop or replace a NUL in a header value before sending
        problemWithHeaders(
                raw("GET /api/v1/themenfelder HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 10.1.2.3\u0000, 10.9.9.9\r\n"
                        + "Connection: close\r\n\r\n"),
                400);
    }

    @Test
    void shouldCountTheBytesOfAChunkedBodyAgainstTheLimit() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        byte[] big = ("{\"benutzername\":\"admin\",\"passwort\":\"" + "x".repeat(1_200_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length: the request goes out with Transfer-Encoding: chunked
        HttpResponse<String> tooLarge = client.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(
                "application/problem+json",
                tooLarge.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooLarge.body().contains("/probleme/zu-gross"), tooLarge.body());

        byte[] small = ("{\"benutzername\":\"admin\",\"passwort\":\"" + Api.ADMIN_PASSWORD + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ok = client.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", Api.freshAddress())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), "a small chunked body is read as usual: " + ok.body());
    }

    @Test
    void shouldKeepAdminImportAndSignInAnswersOutOfCaches() {
        Api.admin()
                .spec()
                .when()
                .get("/api/v1/admin/konten")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"));
        Api.admin()
                .spec()
                .when()
                .get("/api/v1/importe")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"));
        given().when()
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .header("Cache-Control", containsString("no-store"));
    }
}
