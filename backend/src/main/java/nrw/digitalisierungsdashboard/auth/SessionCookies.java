package nrw.digitalisierungsdashboard.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * The session cookie (HttpOnly) and the CSRF cookie (readable by the SPA, echoed as X-CSRF-Token). Over HTTPS
 * both are Secure and carry the __Host- prefix, which pins them to this host and path.
 */
public final class SessionCookies {

    public static final String PLAIN_NAME = "dashboard_session";
    public static final String HOST_NAME = "__Host-dashboard_session";
    public static final String CSRF_PLAIN_NAME = "dashboard_csrf";
    public static final String CSRF_HOST_NAME = "__Host-dashboard_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookies() {}

    public static boolean secure(RoutingContext context, String setting) {
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> "https".equalsIgnoreCase(context.request().scheme());
        };
    }

    public static Cookie sessionCookie(RoutingContext context) {
        Cookie c = context.request().getCookie(HOST_NAME);
        return c != null ? c : context.request().getCookie(PLAIN_NAME);
    }

    public static Cookie csrfCookie(RoutingContext context) {
        Cookie c = context.request().getCookie(CSRF_HOST_NAME);
        return c != null ? c : context.request().getCookie(CSRF_PLAIN_NAME);
    }

    public static void set(RoutingContext context, boolean secure, String session, String csrf, Duration maxAge) {
        context.response()
                .addCookie(cookie(secure ? HOST_NAME : PLAIN_NAME, session, secure, true, maxAge.toSeconds()));
        context.response()
                .addCookie(cookie(secure ? CSRF_HOST_NAME : CSRF_PLAIN_NAME, csrf, secure, false, maxAge.toSeconds()));
    }

    public static void clear(RoutingContext context, boolean secure) {
        for (String name : new String[] {HOST_NAME, PLAIN_NAME, CSRF_HOST_NAME, CSRF_PLAIN_NAME}) {
            boolean hostPrefixed = name.startsWith("__Host-");
            if (hostPrefixed && !secure) {
                continue;
            }
            context.response().addCookie(cookie(name, "", hostPrefixed, !name.contains("csrf"), 0));
        }
    }

    private static Cookie cookie(String name, String value, boolean secure, boolean httpOnly, long maxAge) {
        return Cookie.cookie(name, value)
                .setPath("/")
                .setHttpOnly(httpOnly)
                .setSecure(secure)
                .setSameSite(CookieSameSite.STRICT)
                .setMaxAge(maxAge);
    }
}
