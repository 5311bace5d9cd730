package nrw.digitalisierungsdashboard.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Signs in and builds authenticated requests; each caller gets its own client address, so throttling never leaks between tests. */
public final class Api {

    public static final String ADMIN_PASSWORD = "Test-Admin-Passwort-2026";
    public static final String PASSWORD = "Ein-gutes-Passwort-42";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Api() {}

    /** A cookie session: the session cookie, the CSRF token and the client address it signed in from. */
    public record Session(String cookie, String csrf, String address) {

        /** Authenticated request with the CSRF header, as the SPA sends it. */
        public RequestSpecification spec() {
            return given().cookie("dashboard_session", cookie)
                    .cookie("dashboard_csrf", csrf)
                    .header("X-CSRF-Token", csrf)
                    .header("X-Forwarded-For", address);
        }

        /** Authenticated request without the CSRF header, as a forged cross-site request would arrive. */
        public RequestSpecification withoutCsrf() {
            return given().cookie("dashboard_session", cookie).header("X-Forwarded-For", address);
        }
    }

    public static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(0, 255) + "." + r.nextInt(1, 255);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet();
    }

    public static Session login(String benutzername, String passwort) {
        String address = freshAddress();
        Response r = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", address)
                .body(Map.of("benutzername", benutzername, "passwort", passwort))
                .when()
                .post("/api/v1/auth/login");
        if (r.statusCode() != 200) {
            throw new AssertionError(
                    "Anmeldung von " + benutzername + " fehlgeschlagen: " + r.statusCode() + " " + r.asString());
        }
        return new Session(r.getCookie("dashboard_session"), r.jsonPath().getString("csrfToken"), address);
    }

    private static Session admin;

    /**
     * The admin's session, signed in once for the whole run (every test class shares one application). Tests that end a
     * session or test signing in use {@link #login} for a fresh one.
     */
    public static synchronized Session admin() {
        if (admin == null) {
            admin = login("admin", ADMIN_PASSWORD);
        }
        return admin;
    }

    /** The initial password the administration gives a new account; it must be changed at the first sign-in. */
    public static final String INITIAL_PASSWORD = "Anfangs-Kennung-7391";

    /**
     * Creates an account through the admin API, signs in once and replaces the initial password by {@link #PASSWORD}
     * (the server allows nothing else before), and returns its id: the account is ready to work with.
     */
    public static long createKonto(
            String benutzername, List<String> rollen, String organisationId, List<Integer> themenfelder) {
        long id = createKontoMitAnfangspasswort(benutzername, rollen, organisationId, themenfelder);
        Session first = login(benutzername, INITIAL_PASSWORD);
        Response r = first.spec()
                .contentType(ContentType.JSON)
                .body(Map.of("altesPasswort", INITIAL_PASSWORD, "neuesPasswort", PASSWORD))
                .when()
                .post("/api/v1/auth/passwort");
        if (r.statusCode() != 204) {
            throw new AssertionError(
                    "Passwort von " + benutzername + " nicht geändert: " + r.statusCode() + " " + r.asString());
        }
        first.spec().when().post("/api/v1/auth/logout");
        return id;
    }

    /** Creates an account with {@link #INITIAL_PASSWORD}, still to be changed at the first sign-in. */
    public static long createKontoMitAnfangspasswort(
            String benutzername, List<String> rollen, String organisationId, List<Integer> themenfelder) {
        Map<String, Object> body = new HashMap<>();
        body.put("benutzername", benutzername);
        body.put("anzeigename", "Test " + benutzername);
        body.put("passwort", INITIAL_PASSWORD);
        body.put("rollen", rollen);
        body.put("organisationId", organisationId);
        body.put("themenfelder", themenfelder);
        Response r =
                admin().spec().contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/konten");
        if (r.statusCode() != 201) {
            throw new AssertionError(
                    "Konto " + benutzername + " nicht angelegt: " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath().getLong("id");
    }

    /** A new account with the given role(s), signed in. */
    public static Session account(List<String> rollen, String organisationId, List<Integer> themenfelder) {
        String name = uniqueName(rollen.get(0).toLowerCase());
        createKonto(name, rollen, organisationId, themenfelder);
        return login(name, PASSWORD);
    }

    /** Creates an API token and returns its secret. */
    public static String token(String rolle, String organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("token"));
        body.put("rolle", rolle);
        body.put("organisationId", organisationId);
        body.put("laeuftAb", OffsetDateTime.now().plusDays(30).toString());
        Response r =
                admin().spec().contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/tokens");
        if (r.statusCode() != 201) {
            throw new AssertionError("Token nicht angelegt: " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath().getString("geheimnis");
    }

    public static RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret).header("X-Forwarded-For", freshAddress());
    }

    public static String etag(Response r) {
        String tag = r.getHeader("ETag");
        if (tag == null) {
            throw new AssertionError("Kein ETag in der Antwort");
        }
        return tag;
    }
}
