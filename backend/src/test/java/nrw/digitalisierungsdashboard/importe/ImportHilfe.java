package nrw.digitalisierungsdashboard.importe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import nrw.digitalisierungsdashboard.support.Api;

/** Sends import files as an integrator would and follows the job to its end. */
final class ImportHilfe {

    private static String token;

    private ImportHilfe() {}

    static synchronized RequestSpecification integration() {
        if (token == null) {
            token = Api.token("INTEGRATION", null);
        }
        return Api.bearer(token);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Posts the file with the given query (e.g. "?dryRun=true") and waits until the job is FERTIG or FEHLGESCHLAGEN. */
    static JsonPath importiere(String contentType, byte[] body, String query) {
        Response r = integration().contentType(contentType).body(body).post("/api/v1/importe" + query);
        r.then().statusCode(202).header("Location", containsString("/api/v1/importe/"));
        return warte(r.jsonPath().getLong("id"));
    }

    static JsonPath csv(String text, String query) {
        return importiere("text/csv; charset=UTF-8", utf8(text), query);
    }

    static JsonPath warte(long id) {
        for (int i = 0; i < 2400; i++) {
            JsonPath job = integration()
                    .get("/api/v1/importe/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String status = job.getString("status");
            if (status.equals("FERTIG") || status.equals("FEHLGESCHLAGEN")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import " + id + " wurde nicht fertig");
    }

    static JsonPath eintrag(String ags, int ozg) {
        return given().get("/api/v1/kommunen/" + ags + "/umsetzungsstand/" + ozg)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
