package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.support.Api;

/** Builds projects through the API for the tests; each test gets its own. */
final class Projekte {

    /** Mobilität & Reisen */
    static final int THEMENFELD = 9;
    /** Parkausweise und Zufahrtsberechtigungen: Typisierung 2/3 and 4, executed by Kommunen */
    static final int KOMMUNAL = 10173;
    /** Fahreignungsregister: Typisierung 1 only, executed by the Bund */
    static final int BUND = 10168;

    private Projekte() {}

    record Created(long id, String etag) {
        String path() {
            return "/api/v1/projekte/" + id;
        }
    }

    static Map<String, Object> eingabe(String titel, List<Integer> leistungen, String lead) {
        Map<String, Object> m = new HashMap<>();
        m.put("titel", titel);
        m.put("zusammenfassung", "Testprojekt " + titel);
        m.put("themenfeldId", THEMENFELD);
        m.put("leistungen", leistungen);
        m.put("federfuehrendId", lead);
        m.put("basiskomponenten", List.of(Map.of("id", "servicekonto-nrw", "verbindlichkeit", "ERFORDERLICH")));
        return m;
    }

    static Created create(Api.Session s, List<Integer> leistungen, String lead) {
        Response r = s.spec()
                .contentType(ContentType.JSON)
                .body(eingabe(Api.uniqueName("Projekt"), leistungen, lead))
                .when()
                .post("/api/v1/projekte");
        if (r.statusCode() != 201) {
            throw new AssertionError("Projekt nicht angelegt: " + r.statusCode() + " " + r.asString());
        }
        return new Created(r.jsonPath().getLong("id"), r.getHeader("ETag"));
    }

    static String etag(long id) {
        return Api.etag(given().when().get("/api/v1/projekte/" + id));
    }

    static Map<String, Object> team(Object... orgAndRole) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < orgAndRole.length; i += 2) {
            list.add(Map.of("organisationId", orgAndRole[i], "rolle", orgAndRole[i + 1]));
        }
        return Map.of("teilnahmen", list);
    }

    /** Any Kommune with the given status and Größenklasse (read from the API, so the tests follow the data). */
    static String kommune(String typ, String groessenklasse) {
        var q = given().queryParam("typ", typ).queryParam("size", 1).queryParam("sort", "ags");
        if (groessenklasse != null) {
            q = q.queryParam("groessenklasse", groessenklasse);
        }
        String ags = q.when()
                .get("/api/v1/kommunen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].ags");
        if (ags == null) {
            throw new AssertionError("Keine Kommune " + typ + "/" + groessenklasse);
        }
        return "kommune-" + ags;
    }
}
