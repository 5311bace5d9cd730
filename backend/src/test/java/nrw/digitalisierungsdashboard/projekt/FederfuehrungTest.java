package nrw.digitalisierungsdashboard.projekt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import nrw.digitalisierungsdashboard.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Only who may lead may change the lead: the lead organisation's editors (handing over), the coordination of the
 * Themenfeld and ADMIN. A pilot or contributing organisation edits the team but never moves the lead.
 */
@QuarkusTest
class FederfuehrungTest {

    @Test
    void shouldNotLetAPilotTakeTheLead() {
        Api.Session lead = Api.account(List.of("REDAKTION"), "itk-rheinland", List.of());
        Projekte.Created p = Projekte.create(lead, List.of(Projekte.KOMMUNAL), "itk-rheinland");
        lead.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "FEDERFUEHREND", "krzn", "PILOT", "civitec", "MITWIRKEND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200);
        Api.Session pilot = Api.account(List.of("REDAKTION"), "krzn", List.of());
        pilot.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("krzn", "FEDERFUEHREND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Federführung"));
        Api.Session mitwirkend = Api.account(List.of("REDAKTION"), "civitec", List.of());
        mitwirkend
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "MITWIRKEND", "krzn", "PILOT", "civitec", "FEDERFUEHREND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(403);
        given().get(p.path())
                .then()
                .body("teilnahmen.find { it.rolle == 'FEDERFUEHREND' }.organisation.id", is("itk-rheinland"));
        // the pilot may still change the rest of the team, the lead staying where it is
        pilot.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "FEDERFUEHREND", "krzn", "PILOT"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldLetTheLeadHandOverAndTheCoordinationAssignTheLead() {
        Api.Session lead = Api.account(List.of("REDAKTION"), "itk-rheinland", List.of());
        Projekte.Created p = Projekte.create(lead, List.of(Projekte.KOMMUNAL), "itk-rheinland");
        lead.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "MITWIRKEND", "krzn", "FEDERFUEHREND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200);
        // the former lead is only contributing now: it cannot take the lead back
        lead.spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "FEDERFUEHREND", "krzn", "MITWIRKEND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(403);
        Api.account(List.of("KOORDINATION"), null, List.of(Projekte.THEMENFELD))
                .spec()
                .contentType(ContentType.JSON)
                .header("If-Match", Projekte.etag(p.id()))
                .body(Projekte.team("itk-rheinland", "FEDERFUEHREND", "krzn", "MITWIRKEND"))
                .put(p.path() + "/teilnahmen")
                .then()
                .statusCode(200)
                .body("teilnahmen.find { it.rolle == 'FEDERFUEHREND' }.organisation.id", is("itk-rheinland"));
    }
}
