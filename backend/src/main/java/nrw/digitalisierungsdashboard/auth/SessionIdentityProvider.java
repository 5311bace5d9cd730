package nrw.digitalisierungsdashboard.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import nrw.digitalisierungsdashboard.identity.Identities;

/**
 * Resolves a session cookie to the account's identity. An unknown, expired or idle session, or one of a
 * deactivated account, yields an anonymous identity: reading goes on, writing is refused with 401.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<Credentials.Session> {

    /** Last activity is written at most this often, so reads do not turn into writes. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AuthConfig config;

    public SessionIdentityProvider(AuthConfig config) {
        this.config = config;
    }

    @Override
    public Class<Credentials.Session> getRequestType() {
        return Credentials.Session.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(Credentials.Session request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> resolve(request)));
    }

    private SecurityIdentity resolve(Credentials.Session request) {
        SitzungEntity sitzung = SitzungEntity.findById(Secrets.sha256(request.secret));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (sitzung == null) {
            return anonymous();
        }
        boolean expired = now.isAfter(sitzung.laeuftAb)
                || now.isAfter(sitzung.zuletztAktiv.plus(config.sessionIdleTimeout()))
                || !sitzung.konto.aktiv;
        if (expired) {
            sitzung.delete();
            return anonymous();
        }
        if (Duration.between(sitzung.zuletztAktiv, now).compareTo(TOUCH_INTERVAL) > 0) {
            sitzung.zuletztAktiv = now;
        }
        KontoEntity k = sitzung.konto;
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(k.benutzername))
                // an initial or reset password is known to someone else: no role until it is changed
                .addRoles(k.mussPasswortAendern ? Set.of() : Set.of(k.rollen))
                .addAttribute(Identities.ART, "KONTO")
                .addAttribute(Identities.ID, String.valueOf(k.id))
                .addAttribute(Identities.ANZEIGENAME, k.anzeigename)
                .addAttribute(Identities.THEMENFELDER, Set.copyOf(k.themenfelder))
                .addAttribute(Identities.CSRF, sitzung.csrfToken)
                .addAttribute(Identities.SITZUNG, sitzung.id);
        if (k.mussPasswortAendern) {
            b.addAttribute(Identities.PASSWORT_AENDERN, Boolean.TRUE);
        }
        if (k.organisationId != null) {
            b.addAttribute(Identities.ORGANISATION, k.organisationId);
        }
        return b.build();
    }

    private static SecurityIdentity anonymous() {
        return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
    }
}
