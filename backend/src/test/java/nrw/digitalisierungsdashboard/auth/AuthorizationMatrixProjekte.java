package nrw.digitalisierungsdashboard.auth;

import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.LEISTUNG;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.adminOnly;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.etag;
import static nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.expect;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.Actor;
import nrw.digitalisierungsdashboard.auth.AuthorizationMatrixTest.Case;
import nrw.digitalisierungsdashboard.support.Api;

/** The rows of the role matrix for the project registry and the coordination. */
final class AuthorizationMatrixProjekte {

    private AuthorizationMatrixProjekte() {}

    // --- project registry -------------------------------------------------------------------------------

    /** Expected for writes to a project whose team includes the editor's Kommune (Köln) and whose Themenfeld is 9. */
    private static final Map<Actor, Integer> TEAM_200 = expect(401, 200, 200, 403, 200, 403, 403);

    /**
     * What a cell works on is made for it and reused by the next cells as long as every call on it was refused: a
     * refused write changes nothing, so the next actor finds the same starting point. Any success starts afresh.
     */
    private static final Map<String, long[]> UNBERUEHRT = new HashMap<>();

    static void nachAntwort(int status) {
        if (status < 400) {
            UNBERUEHRT.clear();
        }
    }

    private static long projekt() {
        return UNBERUEHRT.computeIfAbsent("projekt", k -> new long[] {neuesProjekt()})[0];
    }

    /** A project with one part (workshop, decision or solution): its id and the part's. */
    private static long[] mitTeil(String art, Map<String, Object> body) {
        return UNBERUEHRT.computeIfAbsent(art, k -> {
            long id = neuesProjekt();
            return new long[] {id, teil(id, art, body)};
        });
    }

    /** A project in Themenfeld 9 led by civitec, with Köln (the REDAKTION actor's organisation) in the team. */
    private static long neuesProjekt() {
        Api.Session admin = Api.admin();
        long id = admin.spec()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "titel",
                        Api.uniqueName("Matrixprojekt"),
                        "zusammenfassung",
                        "Matrix",
                        "themenfeldId",
                        9,
                        "leistungen",
                        List.of(Integer.parseInt(LEISTUNG)),
                        "federfuehrendId",
                        "civitec"))
                .post("/api/v1/projekte")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/projekte/" + id))
                .body(Map.of(
                        "teilnahmen",
                        List.of(
                                Map.of("organisationId", "civitec", "rolle", "FEDERFUEHREND"),
                                Map.of("organisationId", "kommune-05315000", "rolle", "MITWIRKEND"))))
                .put("/api/v1/projekte/" + id + "/teilnahmen")
                .then()
                .statusCode(200);
        return id;
    }

    private static long teil(long projekt, String art, Map<String, Object> body) {
        return Api.admin()
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/projekte/" + projekt))
                .body(body)
                .post("/api/v1/projekte/" + projekt + "/" + art)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong(art + "[-1].id");
    }

    private static final Map<String, Object> WORKSHOP =
            Map.of("datum", "2026-01-15", "format", "ONLINE", "titel", "Matrix");
    private static final Map<String, Object> ENTSCHEIDUNG =
            Map.of("gremiumId", "ag-technik", "datum", "2026-01-20", "ergebnis", "VERTAGT");
    private static final Map<String, Object> LOESUNG = Map.of("name", "Matrixlösung");

    private static RequestSpecification mitFassung(RequestSpecification r, long projekt) {
        return r.contentType(ContentType.JSON).header("If-Match", etag("/api/v1/projekte/" + projekt));
    }

    static void add(Map<String, Case> c) {
        c.put(
                "POST /api/v1/projekte",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "titel",
                                        Api.uniqueName("Neu"),
                                        "zusammenfassung",
                                        "Matrix",
                                        "themenfeldId",
                                        9,
                                        "leistungen",
                                        List.of(Integer.parseInt(LEISTUNG)),
                                        "federfuehrendId",
                                        "kommune-05315000"))
                                .post("/api/v1/projekte"),
                        expect(401, 201, 201, 403, 201, 403, 403)));
        c.put(
                "PUT /api/v1/projekte/{id}",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id)
                                    .body(Map.of(
                                            "titel",
                                            "Ersetzt",
                                            "zusammenfassung",
                                            "Matrix",
                                            "themenfeldId",
                                            9,
                                            "leistungen",
                                            List.of(Integer.parseInt(LEISTUNG))))
                                    .put("/api/v1/projekte/" + id);
                        },
                        TEAM_200));
        c.put(
                "PATCH /api/v1/projekte/{id}",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id)
                                    .body(Map.of("titel", "Geändert"))
                                    .patch("/api/v1/projekte/" + id);
                        },
                        TEAM_200));
        c.put(
                "DELETE /api/v1/projekte/{id}",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id).delete("/api/v1/projekte/" + id);
                        },
                        expect(401, 204, 204, 403, 403, 403, 403)));
        c.put(
                "PUT /api/v1/projekte/{id}/teilnahmen",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id)
                                    .body(Map.of(
                                            "teilnahmen",
                                            List.of(
                                                    Map.of("organisationId", "civitec", "rolle", "FEDERFUEHREND"),
                                                    Map.of("organisationId", "kommune-05315000", "rolle", "PILOT"))))
                                    .put("/api/v1/projekte/" + id + "/teilnahmen");
                        },
                        TEAM_200));
        c.put(
                "POST /api/v1/projekte/{id}/interesse",
                new Case(
                        (a, r) -> {
                            long id = Api.admin()
                                    .spec()
                                    .contentType(ContentType.JSON)
                                    .body(Map.of(
                                            "titel",
                                            Api.uniqueName("Interesse"),
                                            "zusammenfassung",
                                            "Matrix",
                                            "themenfeldId",
                                            9,
                                            "leistungen",
                                            List.of(Integer.parseInt(LEISTUNG)),
                                            "federfuehrendId",
                                            "civitec"))
                                    .post("/api/v1/projekte")
                                    .then()
                                    .statusCode(201)
                                    .extract()
                                    .jsonPath()
                                    .getLong("id");
                            return r.post("/api/v1/projekte/" + id + "/interesse");
                        },
                        expect(401, 403, 403, 403, 200, 403, 403)));
        c.put(
                "POST /api/v1/projekte/{id}/phasenwechsel",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id)
                                    .body(Map.of("nach", "WORKSHOP"))
                                    .post("/api/v1/projekte/" + id + "/phasenwechsel");
                        },
                        TEAM_200));
        c.put(
                "POST /api/v1/projekte/{id}/workshops",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id).body(WORKSHOP).post("/api/v1/projekte/" + id + "/workshops");
                        },
                        TEAM_200));
        c.put(
                "PUT /api/v1/projekte/{id}/workshops/{workshopId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("workshops", WORKSHOP);
                            long id = t[0];
                            long w = t[1];
                            return mitFassung(r, id).body(WORKSHOP).put("/api/v1/projekte/" + id + "/workshops/" + w);
                        },
                        TEAM_200));
        c.put(
                "DELETE /api/v1/projekte/{id}/workshops/{workshopId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("workshops", WORKSHOP);
                            long id = t[0];
                            long w = t[1];
                            return mitFassung(r, id).delete("/api/v1/projekte/" + id + "/workshops/" + w);
                        },
                        TEAM_200));
        c.put(
                "POST /api/v1/projekte/{id}/entscheidungen",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id)
                                    .body(ENTSCHEIDUNG)
                                    .post("/api/v1/projekte/" + id + "/entscheidungen");
                        },
                        TEAM_200));
        c.put(
                "PUT /api/v1/projekte/{id}/entscheidungen/{entscheidungId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("entscheidungen", ENTSCHEIDUNG);
                            long id = t[0];
                            long e = t[1];
                            return mitFassung(r, id)
                                    .body(ENTSCHEIDUNG)
                                    .put("/api/v1/projekte/" + id + "/entscheidungen/" + e);
                        },
                        TEAM_200));
        c.put(
                "DELETE /api/v1/projekte/{id}/entscheidungen/{entscheidungId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("entscheidungen", ENTSCHEIDUNG);
                            long id = t[0];
                            long e = t[1];
                            return mitFassung(r, id).delete("/api/v1/projekte/" + id + "/entscheidungen/" + e);
                        },
                        TEAM_200));
        c.put(
                "POST /api/v1/projekte/{id}/loesungen",
                new Case(
                        (a, r) -> {
                            long id = projekt();
                            return mitFassung(r, id).body(LOESUNG).post("/api/v1/projekte/" + id + "/loesungen");
                        },
                        TEAM_200));
        c.put(
                "PUT /api/v1/projekte/{id}/loesungen/{loesungId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("loesungen", LOESUNG);
                            long id = t[0];
                            long l = t[1];
                            return mitFassung(r, id).body(LOESUNG).put("/api/v1/projekte/" + id + "/loesungen/" + l);
                        },
                        TEAM_200));
        c.put(
                "DELETE /api/v1/projekte/{id}/loesungen/{loesungId}",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("loesungen", LOESUNG);
                            long id = t[0];
                            long l = t[1];
                            return mitFassung(r, id).delete("/api/v1/projekte/" + id + "/loesungen/" + l);
                        },
                        TEAM_200));
        c.put(
                "PUT /api/v1/projekte/{id}/loesungen/{loesungId}/nachnutzungen",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("loesungen", LOESUNG);
                            long id = t[0];
                            long l = t[1];
                            return mitFassung(r, id)
                                    .body(Map.of(
                                            "nachnutzungen",
                                            List.of(Map.of("organisationId", "kommune-05315000", "status", "NUTZT"))))
                                    .put("/api/v1/projekte/" + id + "/loesungen/" + l + "/nachnutzungen");
                        },
                        TEAM_200));
        c.put(
                "POST /api/v1/projekte/{id}/loesungen/{loesungId}/nachnutzung",
                new Case(
                        (a, r) -> {
                            long[] t = mitTeil("loesungen", LOESUNG);
                            long id = t[0];
                            long l = t[1];
                            return r.contentType(ContentType.JSON)
                                    .body(Map.of("status", "INTERESSIERT"))
                                    .post("/api/v1/projekte/" + id + "/loesungen/" + l + "/nachnutzung");
                        },
                        expect(401, 403, 403, 403, 200, 403, 403)));
        c.put(
                "POST /api/v1/gremien",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "id",
                                        Api.uniqueName("gremium").toLowerCase(),
                                        "name",
                                        Api.uniqueName("Gremium")))
                                .post("/api/v1/gremien"),
                        expect(401, 201, 201, 201, 403, 403, 403)));
        c.put(
                "PUT /api/v1/gremien/{id}",
                new Case(
                        (a, r) -> {
                            // a fresh Gremium per cell, so that each starts at version 0
                            String id = Api.uniqueName("gremium").toLowerCase();
                            Api.admin()
                                    .spec()
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("id", id, "name", "Matrix " + id))
                                    .post("/api/v1/gremien")
                                    .then()
                                    .statusCode(201);
                            return r.contentType(ContentType.JSON)
                                    .header("If-Match", "\"0\"")
                                    .body(Map.of("id", id, "name", "Geändert " + id))
                                    .put("/api/v1/gremien/" + id);
                        },
                        expect(401, 200, 200, 200, 403, 403, 403)));
        c.put(
                "PUT /api/v1/themenfelder/{id}/koordination",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .header("If-Match", etag("/api/v1/themenfelder/9/koordination"))
                                .body(Map.of("organisationId", "kdn", "funktion", "Matrix"))
                                .put("/api/v1/themenfelder/9/koordination"),
                        expect(401, 200, 200, 403, 403, 403, 403)));
        c.put(
                "POST /api/v1/ansprechstellen",
                new Case(
                        (a, r) -> r.contentType(ContentType.JSON)
                                .body(Map.of("organisationId", "mhkbd-nrw", "funktion", "Matrix"))
                                .post("/api/v1/ansprechstellen"),
                        adminOnly(201)));
        c.put(
                "PUT /api/v1/ansprechstellen/{id}",
                new Case(
                        (a, r) -> {
                            var created = Api.admin()
                                    .spec()
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("organisationId", "mhkbd-nrw", "funktion", "Matrix"))
                                    .post("/api/v1/ansprechstellen")
                                    .then()
                                    .statusCode(201)
                                    .extract();
                            return r.contentType(ContentType.JSON)
                                    .header("If-Match", created.header("ETag"))
                                    .body(Map.of("organisationId", "mhkbd-nrw", "funktion", "Geändert"))
                                    .put("/api/v1/ansprechstellen/"
                                            + created.jsonPath().getLong("id"));
                        },
                        adminOnly(200)));
        c.put(
                "DELETE /api/v1/ansprechstellen/{id}",
                new Case(
                        (a, r) -> {
                            var created = Api.admin()
                                    .spec()
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("organisationId", "mhkbd-nrw", "funktion", "Matrix"))
                                    .post("/api/v1/ansprechstellen")
                                    .then()
                                    .statusCode(201)
                                    .extract();
                            return r.header("If-Match", created.header("ETag"))
                                    .delete("/api/v1/ansprechstellen/"
                                            + created.jsonPath().getLong("id"));
                        },
                        adminOnly(204)));
    }
}
