package nrw.digitalisierungsdashboard.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
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
import org.jboss.logging.Logger;

/** Resolves an API token; an unknown, expired or revoked token is refused (401), never treated as anonymous. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<Credentials.Bearer> {

    private static final Logger LOG = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Override
    public Class<Credentials.Bearer> getRequestType() {
        return Credentials.Bearer.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(Credentials.Bearer request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> resolve(request)));
    }

    private SecurityIdentity resolve(Credentials.Bearer request) {
        ApiTokenEntity token =
                ApiTokenEntity.find("tokenHash", Secrets.sha256(request.secret)).firstResult();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (token == null || token.widerrufenAm != null || now.isAfter(token.laeuftAb)) {
            String why = token == null ? "unbekannt" : token.widerrufenAm != null ? "widerrufen" : "abgelaufen";
            LOG.infof("token outcome=REFUSED reason=%s token=%s", why, token == null ? "-" : token.id);
            throw new AuthenticationFailedException("API-Token " + why);
        }
        if (token.zuletztBenutzt == null
                || Duration.between(token.zuletztBenutzt, now).compareTo(TOUCH_INTERVAL) > 0) {
            token.zuletztBenutzt = now;
        }
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("token:" + token.name))
                .addRoles(Set.of(token.rolle.name()))
                .addAttribute(Identities.ART, "TOKEN")
                .addAttribute(Identities.ID, String.valueOf(token.id))
                .addAttribute(Identities.ANZEIGENAME, token.name)
                .addAttribute(Identities.THEMENFELDER, Set.<Integer>of());
        if (token.organisationId != null) {
            b.addAttribute(Identities.ORGANISATION, token.organisationId);
        }
        return b.build();
    }
}
