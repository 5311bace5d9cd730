package nrw.digitalisierungsdashboard.uebersicht;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PublicRead
@Path("/api/v1/kennzahlen")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Übersicht")
public class KennzahlenResource {

    private final KennzahlenService service;

    public KennzahlenResource(KennzahlenService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getKennzahlen", summary = "Kennzahlen der Startseite")
    public Kennzahlen get() {
        return service.get();
    }
}
