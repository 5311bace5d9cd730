package nrw.digitalisierungsdashboard.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/** HTTP the way caches and clients expect it: validators, 304, Cache-Control, Link, compression. */
@QuarkusTest
class ConditionalReadsTest {

    /** Lists, details and statistics, each read twice so that the second comes from the read cache. */
    private static final List<String> PUBLIC_READS = List.of(
            "/api/v1/kommunen?size=5",
            "/api/v1/kommunen/05315000",
            "/api/v1/leistungen/10173",
            "/api/v1/themenfelder",
            "/api/v1/statistik/uebersicht",
            "/api/v1/statistik/regionen?ebene=kreis&metrik=a",
            "/api/v1/kommunen/05315000/umsetzungsstand",
            "/api/v1/aenderungen",
            "/api/v1/projekte");

    @Test
    void shouldAnswer304ToTheLastETagAndToIfModifiedSince() {
        for (String path : PUBLIC_READS) {
            for (int round = 0; round < 2; round++) {
                Response r = given().get(path);
                r.then()
                        .statusCode(200)
                        .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                        .header("Last-Modified", notNullValue())
                        // kept by browsers and shared caches, but revalidated on each reuse: no stale window
                        .header("Cache-Control", is("public, no-cache"))
                        .header("Vary", containsString("Accept-Encoding"));
                String etag = r.getHeader("ETag");
                given().header("If-None-Match", etag)
                        .get(path)
                        .then()
                        .statusCode(304)
                        .header("ETag", etag)
                        .body(is(emptyOrNullString()));
                given().header("If-None-Match", "\"anders\", W/" + etag)
                        .get(path)
                        .then()
                        .statusCode(304);
                given().header("If-None-Match", "\"anders\"").get(path).then().statusCode(200);
                given().header("If-Modified-Since", r.getHeader("Last-Modified"))
                        .get(path)
                        .then()
                        .statusCode(304);
                given().header("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                        .get(path)
                        .then()
                        .statusCode(200);
            }
        }
    }

    @Test
    void shouldChangeTheETagWhenTheDataChangesAndKeepIfMatchWorking() {
        Api.Session admin = Api.admin();
        String detail = "/api/v1/leistungen/10169";
        Response first = given().get(detail);
        String tag = first.getHeader("ETag");
        // a writable entry's tag carries its version before the content hash; If-Match accepts it as it is
        assertTrue(tag.matches("\"\\d+-[A-Za-z0-9_-]+\""), tag);
        List<String> fachaemter = first.jsonPath().getList("fachaemter.id");
        List<String> changed = fachaemter.contains("ordnungsamt") ? List.of() : List.of("ordnungsamt");
        String written = admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("fachaemter", changed))
                .put(detail + "/fachaemter")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        // the old tag now gets the new representation, with a new tag
        Response second = given().header("If-None-Match", tag).get(detail);
        second.then().statusCode(200);
        assertTrue(!tag.equals(second.getHeader("ETag")));
        given().header("If-None-Match", second.getHeader("ETag"))
                .get(detail)
                .then()
                .statusCode(304);
        // the stale tag is refused for a write, the written one (version only) and the read one are accepted
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("fachaemter", fachaemter))
                .put(detail + "/fachaemter")
                .then()
                .statusCode(412);
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", written)
                .body(Map.of("fachaemter", fachaemter))
                .put(detail + "/fachaemter")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldKeepAnswersThatDependOnWhoAsksOutOfSharedCaches() {
        Response projekte = given().get("/api/v1/projekte?size=1");
        String id = projekte.jsonPath().getString("items[0].id");
        String anonym = given().get("/api/v1/projekte/" + id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        Api.Session admin = Api.admin();
        // the same version seen by someone else (another sign-in in the same browser) is a new answer, never a 304
        admin.spec()
                .header("If-None-Match", anonym)
                .get("/api/v1/projekte/" + id)
                .then()
                .statusCode(200)
                .header("ETag", anonym);
        admin.spec().get("/api/v1/auth/me").then().statusCode(200).header("Cache-Control", "no-store");
        admin.spec().get("/api/v1/admin/konten").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void shouldLinkThePagesOfACollection() {
        given().get("/api/v1/kommunen?typ=KREIS&size=10&page=1&sort=name")
                .then()
                .statusCode(200)
                .header("Link", containsString("</api/v1/kommunen?typ=KREIS&size=10&sort=name&page=0>; rel=\"first\""))
                .header("Link", containsString("page=0>; rel=\"prev\""))
                .header("Link", containsString("page=2>; rel=\"next\""))
                .header("Link", containsString("page=3>; rel=\"last\""));
        given().get("/api/v1/kommunen?typ=KREIS&size=500")
                .then()
                .header("Link", not(containsString("rel=\"next\"")))
                .header("Link", containsString("page=0>; rel=\"last\""));
    }

    @Test
    void shouldCompressWhenAsked() throws IOException {
        RestAssuredConfig raw = RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        String path = "/api/v1/kommunen?size=200";
        byte[] plain = given().get(path).then().statusCode(200).extract().asByteArray();
        for (int round = 0; round < 2; round++) { // rendered, then from the read cache
            Response gz = given().config(raw).header("Accept-Encoding", "gzip").get(path);
            gz.then().statusCode(200).header("Content-Encoding", "gzip");
            byte[] body = gz.asByteArray();
            assertTrue(body.length < plain.length / 3, "gzip: " + body.length + " von " + plain.length);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                assertEquals(
                        new String(plain, StandardCharsets.UTF_8),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // brotli comes from the read cache once its background compression is done
        long end = System.nanoTime() + 10_000_000_000L;
        String encoding = null;
        while (!"br".equals(encoding) && System.nanoTime() < end) {
            encoding = given().config(raw)
                    .header("Accept-Encoding", "gzip, deflate, br")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("Content-Encoding");
        }
        assertEquals("br", encoding);
        given().config(raw)
                .header("Accept-Encoding", "br;q=0, gzip")
                .get(path)
                .then()
                .header("Content-Encoding", "gzip");
    }

    @Test
    void shouldAnswerHeadLikeGetWithoutABody() {
        String path = "/api/v1/statistik/themenfelder";
        Response get = given().get(path);
        for (int round = 0; round < 2; round++) {
            given().head(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", get.getHeader("ETag"))
                    .body(is(emptyOrNullString()));
        }
    }
}
