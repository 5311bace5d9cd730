package nrw.digitalisierungsdashboard.auth;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ConflictException;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/** Account administration (ADMIN only). Audit entries about accounts are never public. */
@ApplicationScoped
public class KontoService {

    private final PasswordHasher hasher;
    private final AuditService audit;
    private final EntityManager em;

    public KontoService(PasswordHasher hasher, AuditService audit, EntityManager em) {
        this.hasher = hasher;
        this.audit = audit;
        this.em = em;
    }

    public Page<Konto> list(PageRequest page) {
        List<Konto> items =
                KontoEntity.<KontoEntity>findAll(Sort.by("benutzername")).page(page.page(), page.size()).list().stream()
                        .map(Konto::of)
                        .toList();
        return Page.of(items, KontoEntity.count(), page);
    }

    public Konto get(long id) {
        return Konto.of(find(id));
    }

    @Transactional
    public Konto create(KontoNeu neu) {
        if (KontoEntity.findByName(neu.benutzername()) != null) {
            throw new ConflictException("Den Benutzernamen „" + neu.benutzername() + "“ gibt es schon.");
        }
        String weakness = Passwortregeln.schwaeche(neu.passwort(), neu.benutzername());
        if (weakness != null) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("passwort", "body", weakness)));
        }
        Set<Integer> themenfelder = themenfelder(neu.themenfelder());
        checkConsistency(neu.rollen(), neu.organisationId(), themenfelder);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        KontoEntity k = new KontoEntity();
        k.benutzername = neu.benutzername();
        k.anzeigename = neu.anzeigename().trim();
        k.passwortHash = hasher.hash(neu.passwort());
        k.rollen = neu.rollen().stream().map(Enum::name).sorted().toArray(String[]::new);
        k.organisationId = Rows.blankToNull(neu.organisationId());
        k.themenfelder = themenfelder;
        k.mussPasswortAendern = true;
        k.erstelltAm = now;
        k.geaendertAm = now;
        k.persist();
        em.flush();
        Konto result = Konto.of(k);
        audit.record(
                "KONTO",
                String.valueOf(k.id),
                Aktion.ERSTELLT,
                null,
                result,
                false,
                "Konto " + k.benutzername + " angelegt");
        return result;
    }

    @Transactional
    public Konto update(long id, KontoAenderung aenderung, String ifMatch) {
        KontoEntity k = find(id);
        ETags.requireMatch(ifMatch, k.version);
        Konto before = Konto.of(k);
        Set<Rolle> rollen = aenderung.rollen() != null ? aenderung.rollen() : k.rollenSet();
        if (rollen.isEmpty()) {
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam("rollen", "body", "Mindestens eine Rolle.")));
        }
        String organisation =
                aenderung.organisationId() != null ? Rows.blankToNull(aenderung.organisationId()) : k.organisationId;
        Set<Integer> themenfelder = aenderung.themenfelder() != null
                ? themenfelder(aenderung.themenfelder())
                : new TreeSet<>(k.themenfelder);
        checkConsistency(rollen, organisation, themenfelder);
        if (aenderung.anzeigename() != null) {
            k.anzeigename = aenderung.anzeigename().trim();
        }
        k.rollen = rollen.stream().map(Enum::name).sorted().toArray(String[]::new);
        k.organisationId = organisation;
        k.themenfelder.clear();
        k.themenfelder.addAll(themenfelder);
        if (aenderung.passwort() != null) {
            String weakness = Passwortregeln.schwaeche(aenderung.passwort(), k.benutzername);
            if (weakness != null) {
                throw new InvalidParameterException(List.of(new Problem.InvalidParam("passwort", "body", weakness)));
            }
            k.passwortHash = hasher.hash(aenderung.passwort());
            k.mussPasswortAendern = true;
            SitzungEntity.delete("konto.id", k.id);
        }
        if (aenderung.aktiv() != null) {
            k.aktiv = aenderung.aktiv();
            if (!k.aktiv) {
                SitzungEntity.delete("konto.id", k.id);
            }
        }
        k.geaendertAm = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        Konto after = Konto.of(k);
        audit.record(
                "KONTO",
                String.valueOf(k.id),
                Aktion.GEAENDERT,
                before,
                after,
                false,
                "Konto " + k.benutzername + " geändert"
                        + (aenderung.passwort() != null ? " (Passwort zurückgesetzt)" : ""));
        return after;
    }

    private static void checkConsistency(Set<Rolle> rollen, String organisationId, Set<Integer> themenfelder) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (rollen.contains(Rolle.REDAKTION) && organisationId == null) {
            errors.add(new Problem.InvalidParam(
                    "organisationId", "body", "Ein Konto mit der Rolle REDAKTION braucht eine Organisation."));
        }
        if (organisationId != null && OrganisationEntity.findById(organisationId) == null) {
            errors.add(new Problem.InvalidParam(
                    "organisationId", "body", "Die Organisation „" + organisationId + "“ gibt es nicht."));
        }
        if (!themenfelder.isEmpty() && !rollen.contains(Rolle.KOORDINATION)) {
            errors.add(new Problem.InvalidParam(
                    "themenfelder", "body", "Themenfelder gelten nur für die Rolle KOORDINATION."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(
                    "Konto-Zuordnung", "Rollen, Organisation und Themenfelder passen nicht zusammen.", errors);
        }
    }

    private static Set<Integer> themenfelder(List<Integer> ids) {
        Set<Integer> result = new TreeSet<>();
        if (ids == null) {
            return result;
        }
        for (Integer id : ids) {
            if (ThemenfeldEntity.findById(id) == null) {
                throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                        "themenfelder", "body", "Ein Themenfeld mit der ID " + id + " gibt es nicht.")));
            }
            result.add(id);
        }
        return result;
    }

    private static KontoEntity find(long id) {
        KontoEntity k = KontoEntity.findById(id);
        if (k == null) {
            throw new NotFoundException("Ein Konto mit der ID " + id + " gibt es nicht.");
        }
        return k;
    }
}
