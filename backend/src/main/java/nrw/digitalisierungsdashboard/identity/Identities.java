package nrw.digitalisierungsdashboard.identity;

/** Attribute names under which the identity carries what authorisation and the audit trail need. */
public final class Identities {

    /** KONTO, TOKEN or OIDC. */
    public static final String ART = "dashboard.art";
    /** Account id, token id or the identity provider's subject. */
    public static final String ID = "dashboard.id";
    /** Organisation id the actor acts for (editors, tokens), or absent. */
    public static final String ORGANISATION = "dashboard.organisation";
    /** {@code Set<Integer>} of Themenfeld ids a coordinator is responsible for. */
    public static final String THEMENFELDER = "dashboard.themenfelder";
    /** The session's CSRF token (cookie sessions only). */
    public static final String CSRF = "dashboard.csrf";
    /** The session id (hash), for sign-out. */
    public static final String SITZUNG = "dashboard.sitzung";
    /** Display name for the account menu. */
    public static final String ANZEIGENAME = "dashboard.anzeigename";
    /**
     * Present (true) on a session whose account must change its password first: it holds no role, and only the change
     * itself and sign-out are allowed until then.
     */
    public static final String PASSWORT_AENDERN = "dashboard.passwort-aendern";

    private Identities() {}
}
