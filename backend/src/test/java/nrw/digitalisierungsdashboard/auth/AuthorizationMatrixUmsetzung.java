package nrw.digitalisierungsdashboard.auth;

import static io.restassured.RestAssured.given;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.LEISTUNG;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.adminOnly;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.etag;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.expect;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.Case;
import nrw.digitalisierungsdashboard.support.Api;
import org.hamcrest.Matchers;

/** The rows of the role matrix for the Umsetzungsstand, the Zuständigkeit, the imports and the daily figures. */
final class AuthorizationMatrixUmsetzung {

    private AuthorizationMatrixUmsetzung() {}

    // --- Umsetzungsstand ---------------------------------------------------------------------------------

    /** Makes sure the row exists (written by the admin), so every actor's call is an update answering 200. */
    private static String bestehend(String path, Map<String, Object> body) {
        var current = given().get(path);
        var r = Api.admin().spec().contentType(ContentType.JSON);
        if (current.getHeader("ETag") != null) {
            r = r.header("If-Match", current.getHeader("ETag"));
        }
        return r.body(body)
                .put(path)
                .then()
                .statusCode(Matchers.anyOf(Matchers.is(200), Matchers.is(201)))
                .extract()
                .header("ETag");
    }

    static void add(Map<String, Case> c) {
        String eintrag = "/api/v1/kommunen/05315000/umsetzungsstand/" + LEISTUNG;
        c.put(
                "PUT /api/v1/kommunen/{ags}/umsetzungsstand/{ozgId}",
                new Case(
                        (a, r) -> {
                            String tag = bestehend(eintrag, Map.of("status", "IN_PLANUNG"));
                            return r.contentType(ContentType.JSON)
                                    .header("If-Match", tag)
                                    .body(Map.of("status", "IN_UMSETZUNG"))
                                    .put(eintrag);
                        },
                        expect(401, 200, 200, 403, 200, 403, 403)));
        String anschluss = "/api/v1/kommunen/05315000/basiskomponenten/fit-connect";
        c.put(
                "PUT /api/v1/kommunen/{ags}/basiskomponenten/{id}",
                new Case(
                        (a, r) -> {
                            String tag = Api.etag(Api.admin()
                                    .spec()
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("status", "GEPLANT"))
                                    .header(precondition(anschluss))
                                    .put(anschluss));
                            return r.contentType(ContentType.JSON)
                                    .header("If-Match", tag)
                                    .body(Map.of("status", "ANGESCHLOSSEN"))
                                    .put(anschluss);
                        },
                        expect(401, 200, 200, 200, 200, 403, 403)));
        c.put(
                "PUT /api/v1/leistungen/{ozgId}/zustaendigkeit",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .header("If-Match", etag("/api/v1/leistungen/" + LEISTUNG + "/zustaendigkeit"))
                                .body(Map.of(
                                        "regeln",
                                        List.of(Map.of("kommuneTyp", "KREISFREIE_STADT", "zustaendig", true))))
                                .put("/api/v1/leistungen/" + LEISTUNG + "/zustaendigkeit"),
                        expect(401, 200, 200, 403, 403, 403, 403)));
        c.put(
                "POST /api/v1/importe",
                new Case(
                        (a, r) -> r.contentType("text/csv; charset=UTF-8")
                                .body("ags;ozg_id;status\n05315000;" + LEISTUNG + ";IN_PLANUNG\n")
                                .post("/api/v1/importe?dryRun=true"),
                        expect(401, 202, 403, 403, 403, 202, 202)));
        c.put(
                "GET /api/v1/importe",
                new Case((a, r) -> r.get("/api/v1/importe"), expect(401, 200, 403, 403, 403, 200, 200)));
        c.put(
                "GET /api/v1/importe/{id}",
                new Case(
                        (a, r) -> {
                            long id = Api.admin()
                                    .spec()
                                    .contentType("text/csv; charset=UTF-8")
                                    .body("ags;ozg_id;status\n05315000;" + LEISTUNG + ";IN_PLANUNG\n")
                                    .post("/api/v1/importe?dryRun=true")
                                    .then()
                                    .statusCode(202)
                                    .extract()
                                    .jsonPath()
                                    .getLong("id");
                            return r.get("/api/v1/importe/" + id);
                        },
                        expect(401, 200, 403, 403, 403, 404, 404)));
        c.put(
                "GET /api/v1/importe/{id}/fehler",
                new Case(
                        (a, r) -> r.get("/api/v1/importe/" + eigenerProbelauf() + "/fehler"),
                        // another account's import is not found, as for the import itself
                        expect(401, 200, 403, 403, 403, 404, 404)));
        c.put(
                "POST /api/v1/statistik/tagesstand",
                new Case((a, r) -> r.post("/api/v1/statistik/tagesstand"), adminOnly(200)));
    }

    /** A dry run of the admin's, so only ADMIN may see it. */
    private static long eigenerProbelauf() {
        return Api.admin()
                .spec()
                .contentType("text/csv; charset=UTF-8")
                .body("ags;ozg_id;status\n05315000;" + LEISTUNG + ";UNBEKANNT\n")
                .post("/api/v1/importe?dryRun=true")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /**
     * The precondition for the admin's write before each actor's: If-Match with the connection's version, or
     * If-None-Match: * before it exists (If-Match: * names a stored entry and fails on an absent one, RFC 9110).
     */
    private static Header precondition(String anschluss) {
        String[] parts = anschluss.split("/");
        var list = given().get("/api/v1/kommunen/" + parts[4] + "/basiskomponenten")
                .jsonPath();
        Object v = list.get("anschluesse.find { it.basiskomponenteId == '" + parts[6] + "' }.version");
        return v == null ? new Header("If-None-Match", "*") : new Header("If-Match", "\"" + v + "\"");
    }
}
