package nrw.digitalisierungsdashboard.auth;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/** API tokens: created by an admin, shown once, stored as SHA-256, bound to one role, revocable. */
@ApplicationScoped
public class ApiTokenService {

    private final AuthConfig config;
    private final AuditService audit;
    private final CurrentUser user;
    private final EntityManager em;

    public ApiTokenService(AuthConfig config, AuditService audit, CurrentUser user, EntityManager em) {
        this.config = config;
        this.audit = audit;
        this.user = user;
        this.em = em;
    }

    public Page<ApiToken> list(PageRequest page) {
        List<ApiToken> items =
                ApiTokenEntity.<ApiTokenEntity>findAll(Sort.by("id").descending())
                        .page(page.page(), page.size())
                        .list()
                        .stream()
                        .map(ApiToken::of)
                        .toList();
        return Page.of(items, ApiTokenEntity.count(), page);
    }

    @Transactional
    public ApiTokenErstellt create(ApiTokenNeu neu) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (neu.laeuftAb().isAfter(now.plus(config.tokenMaxLifetime()))) {
            throw new RuleViolationException(
                    "Höchstlaufzeit",
                    "Ein Token gilt höchstens " + config.tokenMaxLifetime().toDays() + " Tage.",
                    List.of(new Problem.InvalidParam("laeuftAb", "body", "Liegt zu weit in der Zukunft.")));
        }
        String organisation =
                neu.organisationId() == null || neu.organisationId().isBlank()
                        ? null
                        : neu.organisationId().trim();
        if (organisation != null && OrganisationEntity.findById(organisation) == null) {
            throw new RuleViolationException(
                    "Organisation",
                    "Die Organisation gibt es nicht.",
                    List.of(new Problem.InvalidParam(
                            "organisationId", "body", "Unbekannte Organisation „" + organisation + "“.")));
        }
        if (neu.rolle() == Rolle.REDAKTION && organisation == null) {
            throw new RuleViolationException(
                    "Organisation",
                    "Ein Token mit der Rolle REDAKTION braucht eine Organisation.",
                    List.of(new Problem.InvalidParam("organisationId", "body", "Pflicht bei REDAKTION.")));
        }
        String secret = DashboardAuthMechanism.TOKEN_PREFIX + Secrets.random(32);
        ApiTokenEntity t = new ApiTokenEntity();
        t.name = neu.name().trim();
        t.tokenHash = Secrets.sha256(secret);
        t.praefix = secret.substring(0, 8);
        t.rolle = neu.rolle();
        t.organisationId = organisation;
        t.erstelltVon = "KONTO".equals(user.art()) ? Long.valueOf(user.id()) : null;
        t.erstelltAm = now;
        t.laeuftAb = neu.laeuftAb();
        t.persist();
        em.flush();
        ApiToken token = ApiToken.of(t);
        audit.record(
                "API_TOKEN",
                String.valueOf(t.id),
                Aktion.ERSTELLT,
                null,
                token,
                false,
                "API-Token „" + t.name + "“ angelegt");
        return new ApiTokenErstellt(token, secret);
    }

    @Transactional
    public ApiToken revoke(long id) {
        ApiTokenEntity t = ApiTokenEntity.findById(id);
        if (t == null) {
            throw new NotFoundException("Ein API-Token mit der ID " + id + " gibt es nicht.");
        }
        ApiToken before = ApiToken.of(t);
        if (t.widerrufenAm == null) {
            t.widerrufenAm = OffsetDateTime.now(ZoneOffset.UTC);
            ApiToken after = ApiToken.of(t);
            audit.record(
                    "API_TOKEN",
                    String.valueOf(t.id),
                    Aktion.GEAENDERT,
                    before,
                    after,
                    false,
                    "API-Token „" + t.name + "“ widerrufen");
            return after;
        }
        return before;
    }
}
