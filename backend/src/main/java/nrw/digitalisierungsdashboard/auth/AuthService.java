package nrw.digitalisierungsdashboard.auth;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ForbiddenException;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.TooManyRequestsException;
import nrw.digitalisierungsdashboard.common.UnauthorizedException;
import nrw.digitalisierungsdashboard.identity.Identities;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import org.jboss.logging.Logger;

/** Sign-in, sign-out and the own password. Every sign-in, sign-out and refusal is logged, never a password. */
@ApplicationScoped
public class AuthService {

    private static final Logger AUDIT = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");

    public record NeueSitzung(String secret, String csrfToken, Ich ich) {}

    private final AuthConfig config;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final MeterRegistry metrics;

    public AuthService(
            AuthConfig config,
            PasswordHasher hasher,
            LoginThrottle throttle,
            AuditService audit,
            MeterRegistry metrics) {
        this.config = config;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** Refused sign-ins per reason (dashboard_login_failures_total), for alerts on guessing. */
    private void fehlschlag(String grund) {
        metrics.counter("dashboard.login.failures", "grund", grund).increment();
    }

    /**
     * Not one transaction: the attempt is counted before the password is checked (so parallel guesses cannot pass
     * the throttle together), and a failed attempt stays recorded although the sign-in itself is refused. A session
     * the same client still holds ({@code alteSitzung}, its cookie) ends with the new sign-in.
     */
    public NeueSitzung login(Anmeldung anmeldung, String adresse, String alteSitzung) {
        String name = anmeldung.benutzername().trim().toLowerCase(Locale.ROOT);
        try {
            QuarkusTransaction.requiringNew().run(() -> throttle.reserveLogin(name, adresse));
        } catch (TooManyRequestsException e) {
            fehlschlag("gedrosselt");
            throw e;
        }
        KontoEntity konto = QuarkusTransaction.requiringNew().call(() -> KontoEntity.findByName(name));
        boolean passwordOk = hasher.verify(anmeldung.passwort(), konto == null ? null : konto.passwortHash);
        if (!passwordOk || !konto.aktiv) {
            QuarkusTransaction.requiringNew().run(() -> throttle.record(name, adresse, false));
            fehlschlag(konto == null ? "unbekanntes_konto" : !passwordOk ? "passwort" : "deaktiviert");
            AUDIT.infof(
                    "login outcome=%s account=%s address=%s",
                    konto == null ? "FAILED_UNKNOWN_ACCOUNT" : !passwordOk ? "FAILED_PASSWORD" : "FAILED_INACTIVE",
                    name,
                    adresse);
            throw new UnauthorizedException("Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.");
        }
        NeueSitzung sitzung = QuarkusTransaction.requiringNew().call(() -> {
            if (alteSitzung != null && !alteSitzung.isBlank()) {
                SitzungEntity.deleteById(Secrets.sha256(alteSitzung));
            }
            return open(konto.id, adresse);
        });
        AUDIT.infof("login outcome=SUCCESS account=%s address=%s", name, adresse);
        return sitzung;
    }

    private NeueSitzung open(long kontoId, String adresse) {
        KontoEntity konto = KontoEntity.findById(kontoId);
        throttle.succeeded(konto.benutzername, adresse, false);
        throttle.record(konto.benutzername, adresse, true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String secret = Secrets.random(32);
        SitzungEntity s = new SitzungEntity();
        s.id = Secrets.sha256(secret);
        s.konto = konto;
        s.csrfToken = Secrets.random(24);
        s.erstelltAm = now;
        s.zuletztAktiv = now;
        s.laeuftAb = now.plus(config.sessionLifetime());
        s.adresse = adresse;
        s.persist();
        konto.letzteAnmeldung = now;
        return new NeueSitzung(secret, s.csrfToken, ich(konto, "KONTO", s.csrfToken));
    }

    @Transactional
    public void logout(SecurityIdentity identity, String adresse) {
        String sitzung = identity.getAttribute(Identities.SITZUNG);
        if (sitzung != null) {
            SitzungEntity.deleteById(sitzung);
        }
        AUDIT.infof(
                "logout outcome=SUCCESS account=%s address=%s",
                identity.getPrincipal().getName(), adresse);
    }

    @Transactional
    public Ich ich(SecurityIdentity identity) {
        String art = identity.getAttribute(Identities.ART);
        if ("KONTO".equals(art)) {
            KontoEntity konto = KontoEntity.findById(Long.valueOf(identity.<String>getAttribute(Identities.ID)));
            return ich(konto, art, identity.getAttribute(Identities.CSRF));
        }
        String organisation = identity.getAttribute(Identities.ORGANISATION);
        Set<Integer> themenfelder = identity.getAttribute(Identities.THEMENFELDER);
        return new Ich(
                identity.getPrincipal().getName(),
                identity.getAttribute(Identities.ANZEIGENAME),
                art,
                identity.getRoles().stream().map(Rolle::valueOf).sorted().toList(),
                organisationRef(organisation),
                themenfelder == null
                        ? List.of()
                        : themenfelder.stream().sorted().toList(),
                null,
                false);
    }

    /**
     * Throttled like a sign-in (the check of the old password is one); the new password must differ from the old one
     * and follow {@link Passwortregeln}. Not one transaction, so a wrong old password stays counted.
     */
    public void changePassword(SecurityIdentity identity, PasswortAenderung aenderung, String adresse) {
        if (!"KONTO".equals(identity.getAttribute(Identities.ART))) {
            throw new ForbiddenException("Nur lokale Konten haben hier ein Passwort; Tokens und Single Sign-on nicht.");
        }
        long id = Long.parseLong(identity.<String>getAttribute(Identities.ID));
        KontoEntity gelesen = QuarkusTransaction.requiringNew().call(() -> KontoEntity.findById(id));
        QuarkusTransaction.requiringNew().run(() -> throttle.reservePasswordCheck(gelesen.benutzername, adresse));
        if (!hasher.verify(aenderung.altesPasswort(), gelesen.passwortHash)) {
            AUDIT.infof("password-change outcome=FAILED_PASSWORD account=%s address=%s", gelesen.benutzername, adresse);
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam("altesPasswort", "body", "Das bisherige Passwort stimmt nicht.")));
        }
        // the old password was right: what follows is about the new one and counts as no failed check
        QuarkusTransaction.requiringNew().run(() -> throttle.succeeded(gelesen.benutzername, adresse, true));
        if (aenderung.neuesPasswort().equals(aenderung.altesPasswort())) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "neuesPasswort", "body", "Das neue Passwort muss sich vom bisherigen unterscheiden.")));
        }
        String weakness = Passwortregeln.schwaeche(aenderung.neuesPasswort(), gelesen.benutzername);
        if (weakness != null) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("neuesPasswort", "body", weakness)));
        }
        QuarkusTransaction.requiringNew().run(() -> store(identity, aenderung, adresse, id));
    }

    private void store(SecurityIdentity identity, PasswortAenderung aenderung, String adresse, long id) {
        KontoEntity konto = KontoEntity.findById(id);
        konto.passwortHash = hasher.hash(aenderung.neuesPasswort());
        konto.mussPasswortAendern = false;
        konto.geaendertAm = OffsetDateTime.now(ZoneOffset.UTC);
        // other sessions of this account end: whoever knew the old password is out
        SitzungEntity.delete("konto.id = ?1 and id <> ?2", konto.id, identity.<String>getAttribute(Identities.SITZUNG));
        audit.record("KONTO", String.valueOf(konto.id), Aktion.GEAENDERT, null, null, false, "Passwort geändert");
        AUDIT.infof("password-change outcome=SUCCESS account=%s address=%s", konto.benutzername, adresse);
    }

    static Ich ich(KontoEntity konto, String art, String csrf) {
        return new Ich(
                konto.benutzername,
                konto.anzeigename,
                art,
                konto.rollenSet().stream().sorted().toList(),
                organisationRef(konto.organisationId),
                konto.themenfelder.stream().sorted().toList(),
                csrf,
                konto.mussPasswortAendern);
    }

    private static Ich.OrganisationRef organisationRef(String id) {
        if (id == null) {
            return null;
        }
        OrganisationEntity o = OrganisationEntity.findById(id);
        return o == null ? new Ich.OrganisationRef(id, id) : new Ich.OrganisationRef(o.id, o.name);
    }
}
