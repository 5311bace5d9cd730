package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The two kinds of credentials this backend issues itself. */
final class Credentials {

    private Credentials() {}

    /** The secret from the session cookie. */
    static final class Session extends BaseAuthenticationRequest {
        final String secret;
        final String address;

        Session(String secret, String address) {
            this.secret = secret;
            this.address = address;
        }
    }

    /** The secret from {@code Authorization: Bearer ddb_…}. */
    static final class Bearer extends BaseAuthenticationRequest {
        final String secret;

        Bearer(String secret) {
            this.secret = secret;
        }
    }
}
