package nrw.digitalisierungsdashboard.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.tabelle.DownloadOpenApi;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * States the error contract and the security schemes once instead of in every resource: the shared problem
 * responses per kind of operation, and the three ways to authenticate (session cookie, API token, SSO token).
 */
public class OpenApiFilter implements OASFilter {

    static final Map<String, String> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put(
                "BadRequest", "Ungültige Anfrage: ein Parameter oder Feld ist falsch; errors nennt jeden und warum.");
        RESPONSES.put(
                "Unauthorized", "Nicht angemeldet, oder die Anmeldedaten sind ungültig, abgelaufen oder widerrufen.");
        RESPONSES.put(
                "Forbidden",
                "Angemeldet, aber ohne Berechtigung für diese Aktion an diesem Eintrag – oder der Kopf "
                        + "X-CSRF-Token fehlt bei einer Cookie-Sitzung.");
        RESPONSES.put("NotFound", "Nicht gefunden: unter diesem Schlüssel gibt es keine Ressource.");
        RESPONSES.put("Conflict", "Konflikt mit dem aktuellen Zustand, z. B. ein schon vergebener Name.");
        RESPONSES.put(
                "PreconditionFailed",
                "Veraltete Fassung: If-Match passt nicht zum aktuellen ETag (der im Kopf ETag steht).");
        RESPONSES.put("PayloadTooLarge", "Der Inhalt ist größer als erlaubt.");
        RESPONSES.put("UnsupportedMediaType", "Der Inhalt hat nicht den erwarteten Medientyp.");
        RESPONSES.put(
                "UnprocessableContent", "Gültig geformt, aber gegen eine Regel; title und detail nennen die Regel.");
        RESPONSES.put("PreconditionRequired", "If-Match fehlt: Änderungen brauchen den ETag der gelesenen Fassung.");
        RESPONSES.put("TooManyRequests", "Zu viele Versuche; Retry-After nennt die Sekunden bis zum nächsten Versuch.");
        RESPONSES.put("InternalError", "Interner Fehler; detail nennt eine Fehlerkennung, nie Interna.");
        RESPONSES.put(
                "ServiceUnavailable",
                "Vorübergehend nicht verfügbar (überlastet oder Datenbank nicht erreichbar); nichts wurde geschrieben. "
                        + "Retry-After nennt die Sekunden bis zum nächsten Versuch.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describe(openAPI);
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (Map.Entry<String, String> e : RESPONSES.entrySet()) {
            components.addResponse(
                    e.getKey(),
                    OASFactory.createAPIResponse()
                            .description(e.getValue())
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            Problem.MEDIA_TYPE,
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref("Problem")))));
        }
        securitySchemes(components);
        DownloadOpenApi.filter(openAPI);
        asciiTags(openAPI);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(OpenApiFilter::onlyRef);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Client generators turn tag names into class names: tags get ASCII names (Fachaemter, UeberDieDaten), the German
     * name stays as x-displayName for documentation tools.
     */
    private static void asciiTags(OpenAPI openAPI) {
        Map<String, String> renamed = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            for (Tag tag : openAPI.getTags()) {
                String ascii = asciiName(tag.getName());
                if (!ascii.equals(tag.getName())) {
                    renamed.put(tag.getName(), ascii);
                    tag.addExtension("x-displayName", tag.getName());
                    tag.setName(ascii);
                }
            }
        }
        if (renamed.isEmpty()
                || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getTags() != null) {
                    op.setTags(op.getTags().stream()
                            .map(t -> renamed.getOrDefault(t, t))
                            .toList());
                }
            }
        }
    }

    /**
     * A field annotated with a description comes out as $ref with a type beside it; the referenced schema states the
     * type, and generators read a sibling type as a second, conflicting definition.
     */
    private static void onlyRef(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null
                && schema.getType() != null
                && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiFilter::onlyRef);
        }
        onlyRef(schema.getItems());
        onlyRef(schema.getAdditionalPropertiesSchema());
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(OpenApiFilter::onlyRef);
            }
        }
    }

    static String asciiName(String name) {
        String s = name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss");
        StringBuilder b = new StringBuilder();
        for (String word : s.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return b.toString();
    }

    /** The API's introduction (pagination, search, errors, writing, locking) lives in openapi/info.md. */
    private static void describe(OpenAPI openAPI) {
        try (InputStream in = OpenApiFilter.class.getClassLoader().getResourceAsStream("openapi/info.md")) {
            if (in == null) {
                return;
            }
            if (openAPI.getInfo() == null) {
                openAPI.setInfo(OASFactory.createInfo());
            }
            openAPI.getInfo()
                    .description(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .license(OASFactory.createLicense()
                            .name("Code MIT; Daten je Quelle siehe /api/v1/datenquellen")
                            .identifier("MIT")); // OpenAPI 3.1: a licence needs an SPDX identifier or a URL
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation op) {
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        boolean hasInput = op.getRequestBody() != null || !params.isEmpty();
        boolean addressesResource = path.contains("{");
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (hasInput) {
            ref(op, "400", "BadRequest");
        }
        if (secured) {
            op.setSecurity(requirements(op.getSecurity()));
            ref(op, "401", "Unauthorized");
            ref(op, "403", "Forbidden");
        }
        if (addressesResource) {
            ref(op, "404", "NotFound");
        }
        if (op.getRequestBody() != null) {
            ref(op, "413", "PayloadTooLarge");
            ref(op, "415", "UnsupportedMediaType");
            ref(op, "422", "UnprocessableContent");
        }
        if (write
                && params.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
            ref(op, "412", "PreconditionFailed");
            ref(op, "428", "PreconditionRequired");
        }
        if (write && op.getRequestBody() != null && method == PathItem.HttpMethod.POST) {
            ref(op, "409", "Conflict");
        }
        ref(op, "500", "InternalError");
        ref(op, "503", "ServiceUnavailable");
    }

    /** The roles SmallRye found in @RolesAllowed, required under each of the three schemes. */
    private static List<SecurityRequirement> requirements(List<SecurityRequirement> generated) {
        List<String> roles = new ArrayList<>();
        generated.forEach(r -> r.getSchemes().values().forEach(roles::addAll));
        List<SecurityRequirement> result = new ArrayList<>();
        for (String scheme : List.of("sitzung", "apiToken", "sso")) {
            result.add(OASFactory.createSecurityRequirement().addScheme(scheme, new ArrayList<>(roles)));
        }
        return result;
    }

    private static void securitySchemes(Components components) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(
                "sitzung",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("dashboard_session")
                        .description(
                                "Sitzung aus POST /api/v1/auth/login (über HTTPS: __Host-dashboard_session). Schreibende "
                                        + "Aufrufe brauchen zusätzlich den Kopf X-CSRF-Token mit dem csrfToken der Sitzung."));
        schemes.put(
                "apiToken",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("ddb_…")
                        .description("API-Token für Integratoren, von einem Administrator angelegt."));
        schemes.put(
                "sso",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Access-Token des Identity Providers, wenn Single Sign-on eingerichtet ist "
                                + "(Rollen im Claim realm_access.roles, Organisation im Claim organisation)."));
        components.setSecuritySchemes(schemes);
    }

    private static void ref(Operation op, String status, String name) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }
}
