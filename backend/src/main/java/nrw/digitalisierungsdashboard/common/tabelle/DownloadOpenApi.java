package nrw.digitalisierungsdashboard.common.tabelle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States the downloads in the contract: a JSON operation marked with {@code @Extension(name = Formate.EXTENSION, value
 * = "csv,xlsx")} gets the {@code format} parameter, the media types of its 200 answer and the headers of a file (the
 * CSV/XLSX methods themselves are hidden siblings with the same path). The marker is removed.
 */
public final class DownloadOpenApi {

    private DownloadOpenApi() {}

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put(
                "Content-Disposition",
                "Nur bei CSV und XLSX: attachment mit einem Dateinamen, der das Datum des Datenstands trägt, z. B. "
                        + "kommunen-2026-12-03.csv.");
        HEADERS.put(
                "X-Stand", "Nur bei CSV und XLSX: Stand der Daten (ISO 8601, UTC), die letzte öffentliche Änderung.");
        HEADERS.put("X-Lizenz", "Nur bei CSV und XLSX: Lizenz der Daten, z. B. dl-de/by-2-0.");
        HEADERS.put(
                "X-Quelle",
                "Nur bei CSV und XLSX: Quelle und Namensnennung (ASCII, Umlaute umschrieben; wörtlich im Katalog).");
        HEADERS.put("X-Datensatz", "Nur bei CSV und XLSX: der Datensatz im Katalog (GET /api/v1/dcat).");
    }

    public static void filter(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        HEADERS.forEach((name, description) -> components.addHeader(
                name,
                OASFactory.createHeader()
                        .description(description)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation get = path.getGET();
            if (get == null
                    || get.getExtensions() == null
                    || !get.getExtensions().containsKey(Formate.EXTENSION)) {
                continue;
            }
            List<String> formate = List.of(
                    get.getExtensions().get(Formate.EXTENSION).toString().split(","));
            get.removeExtension(Formate.EXTENSION);
            beschreibe(get, formate);
        }
    }

    private static void beschreibe(Operation op, List<String> formate) {
        List<Object> werte = new ArrayList<>(List.of("json"));
        werte.addAll(formate);
        op.addParameter(OASFactory.createParameter()
                .name("format")
                .in(Parameter.In.QUERY)
                .description("Statt des Kopfs Accept, für einfache Links: json (Standard), "
                        + String.join(", ", formate) + ". CSV und XLSX enthalten die ganze gefilterte und sortierte "
                        + "Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400).")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(werte)));
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        Content content = ok.getContent();
        for (String format : formate) {
            String mediaType = Formate.PARAMETER.get(format);
            content.addMediaType(
                    mediaType,
                    OASFactory.createMediaType()
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .description(beschreibung(format))));
        }
        if (formate.contains("csv") || formate.contains("xlsx")) {
            for (String name : HEADERS.keySet()) {
                Header ref = OASFactory.createHeader().ref("#/components/headers/" + name);
                ok.addHeader(name, ref);
            }
        }
    }

    private static String beschreibung(String format) {
        return switch (format) {
            case "csv" ->
                "CSV (RFC 4180): UTF-8, Trennzeichen ;, Kopfzeile mit den Feldnamen der JSON-Antwort "
                        + "(verschachtelte als eltern.kind, Listen mit \", \" in einer Zelle), Dezimalpunkt; Texte, die mit =, "
                        + "+, -, @, Tab oder CR beginnen, mit vorangestelltem '.";
            case "xlsx" ->
                "XLSX: Blatt „Daten“ mit denselben Spalten (Zahlen und Daten als typisierte Zellen), Blatt "
                        + "„Über die Daten“ mit Quelle, Lizenz, Stand und Abfrage.";
            case "atom" -> "Atom 1.0 (RFC 4287)";
            default -> format;
        };
    }
}
