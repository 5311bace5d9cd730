package nrw.digitalisierungsdashboard.koordination;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ConflictException;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.ForbiddenException;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;
import nrw.digitalisierungsdashboard.organisation.OrganisationService;
import nrw.digitalisierungsdashboard.organisation.OrganisationTyp;

/** Gremien, the coordination per Themenfeld and the ministries' contact functions. */
@ApplicationScoped
public class KoordinationService {

    private final CurrentUser user;
    private final AuditService audit;
    private final EntityManager em;

    public KoordinationService(CurrentUser user, AuditService audit, EntityManager em) {
        this.user = user;
        this.audit = audit;
        this.em = em;
    }

    // --- Gremien -------------------------------------------------------------------------------------------

    public List<KoordinationModelle.Gremium> gremien() {
        return GremiumEntity.<GremiumEntity>listAll(Sort.by("reihenfolge").and("name")).stream()
                .map(KoordinationService::gremium)
                .toList();
    }

    private static KoordinationModelle.Gremium gremium(GremiumEntity g) {
        return new KoordinationModelle.Gremium(
                g.id,
                g.name,
                g.beschreibung,
                g.organisationId == null ? null : OrganisationKurz.of(g.organisationId),
                g.version);
    }

    /** Name, description and organisation of a Gremium; its id stays (decisions refer to it). */
    @Transactional
    public KoordinationModelle.Gremium updateGremium(String id, KoordinationEingaben.GremiumEingabe e, String ifMatch) {
        GremiumEntity g = id == null ? null : GremiumEntity.findById(id);
        if (g == null) {
            throw new NotFoundException("Ein Gremium „" + id + "“ gibt es nicht.");
        }
        ETags.requireMatch(ifMatch, g.version);
        if (!id.equals(e.id())) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "id", "body", "Die ID eines Gremiums bleibt; sie muss der Adresse entsprechen.")));
        }
        if (GremiumEntity.count("name = ?1 and id <> ?2", e.name().trim(), id) > 0) {
            throw new ConflictException("Ein Gremium mit diesem Namen gibt es schon.");
        }
        if (e.organisationId() != null && !e.organisationId().isBlank()) {
            OrganisationService.vorhanden(e.organisationId(), "organisationId");
        }
        KoordinationModelle.Gremium vorher = gremium(g);
        g.name = e.name().trim();
        g.beschreibung = e.beschreibung() == null || e.beschreibung().isBlank()
                ? null
                : e.beschreibung().trim();
        g.organisationId = e.organisationId() == null || e.organisationId().isBlank()
                ? null
                : e.organisationId().trim();
        em.flush();
        KoordinationModelle.Gremium nachher = gremium(g);
        audit.record("GREMIUM", g.id, Aktion.GEAENDERT, vorher, nachher, true, "Gremium „" + g.name + "“ geändert");
        return nachher;
    }

    @Transactional
    public KoordinationModelle.Gremium createGremium(KoordinationEingaben.GremiumEingabe e) {
        if (GremiumEntity.findById(e.id()) != null
                || GremiumEntity.count("name", e.name().trim()) > 0) {
            throw new ConflictException("Ein Gremium mit dieser ID oder diesem Namen gibt es schon.");
        }
        if (e.organisationId() != null && !e.organisationId().isBlank()) {
            OrganisationService.vorhanden(e.organisationId(), "organisationId");
        }
        GremiumEntity g = new GremiumEntity();
        g.id = e.id();
        g.name = e.name().trim();
        g.beschreibung = e.beschreibung() == null || e.beschreibung().isBlank()
                ? null
                : e.beschreibung().trim();
        g.organisationId = e.organisationId() == null || e.organisationId().isBlank()
                ? null
                : e.organisationId().trim();
        g.reihenfolge = 100;
        g.persist();
        em.flush();
        KoordinationModelle.Gremium result = gremium(g);
        audit.record("GREMIUM", g.id, Aktion.ERSTELLT, null, result, true, "Gremium „" + g.name + "“ angelegt");
        return result;
    }

    // --- coordination per Themenfeld -----------------------------------------------------------------------

    public List<KoordinationModelle.Koordination> koordination() {
        Map<Integer, KoordinationEntity> byTf = new LinkedHashMap<>();
        KoordinationEntity.<KoordinationEntity>listAll().forEach(k -> byTf.put(k.themenfeldId, k));
        return ThemenfeldEntity.<ThemenfeldEntity>listAll(Sort.by("name")).stream()
                .map(tf -> koordination(tf, byTf.get(tf.id)))
                .toList();
    }

    public KoordinationModelle.Koordination koordination(int themenfeldId) {
        ThemenfeldEntity tf = themenfeld(themenfeldId);
        return koordination(tf, KoordinationEntity.findById(themenfeldId));
    }

    @Transactional
    public KoordinationModelle.Koordination setKoordination(
            int themenfeldId, KoordinationEingaben.KoordinationEingabe e, String ifMatch) {
        ThemenfeldEntity tf = themenfeld(themenfeldId);
        user.requireKoordination(tf.id, tf.name);
        // writers of one Themenfeld's coordination are serialised, so of two first entries exactly one is created and
        // the other sees it (its If-Match "0" no longer matches: a stored entry starts at version 1)
        em.createNativeQuery("SELECT id FROM themenfeld WHERE id = :id FOR UPDATE")
                .setParameter("id", themenfeldId)
                .getResultList();
        KoordinationEntity k = KoordinationEntity.findById(themenfeldId);
        ETags.requireMatch(ifMatch, k == null ? 0 : k.version);
        KoordinationModelle.Koordination before = k == null ? null : koordination(tf, k);
        OrganisationService.vorhanden(e.organisationId(), "organisationId");
        pruefeEinwilligung(e.kontaktName(), e.kontaktEmail(), e.kontaktEinwilligung());
        boolean neu = k == null;
        if (neu) {
            k = new KoordinationEntity();
            k.themenfeldId = tf.id;
            k.version = 1;
        }
        k.organisationId = e.organisationId().trim();
        k.funktion = e.funktion().trim();
        k.kontaktName = Rows.blankToNull(e.kontaktName());
        k.kontaktEmail = Rows.blankToNull(e.kontaktEmail());
        k.kontaktEinwilligung =
                Boolean.TRUE.equals(e.kontaktEinwilligung()) && (k.kontaktName != null || k.kontaktEmail != null);
        k.beispiel = false;
        if (neu) {
            k.persist();
        }
        em.flush();
        KoordinationModelle.Koordination after = koordination(tf, k);
        audit.record(
                "KOORDINATION",
                String.valueOf(tf.id),
                neu ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                before,
                after,
                true,
                "Koordination von „" + tf.name + "“ gepflegt");
        return after;
    }

    private static KoordinationModelle.Koordination koordination(ThemenfeldEntity tf, KoordinationEntity k) {
        Refs.ThemenfeldRef ref = new Refs.ThemenfeldRef(tf.id, tf.name);
        if (k == null) {
            return new KoordinationModelle.Koordination(ref, null, null, null, null, false, null);
        }
        // personal data is only ever stored with consent; the check keeps it out of answers otherwise
        return new KoordinationModelle.Koordination(
                ref,
                OrganisationKurz.of(k.organisationId),
                k.funktion,
                k.kontaktEinwilligung ? k.kontaktName : null,
                k.kontaktEinwilligung ? k.kontaktEmail : null,
                k.beispiel,
                k.version);
    }

    // --- ministries' contact functions ---------------------------------------------------------------------

    public List<KoordinationModelle.Ansprechstelle> ansprechstellen() {
        return AnsprechstelleEntity.<AnsprechstelleEntity>listAll(
                        Sort.by("organisationId").and("funktion").and("id"))
                .stream()
                .map(KoordinationService::ansprechstelle)
                .toList();
    }

    @Transactional
    public KoordinationModelle.Ansprechstelle createAnsprechstelle(KoordinationEingaben.AnsprechstelleEingabe e) {
        AnsprechstelleEntity a = new AnsprechstelleEntity();
        fill(a, e);
        a.persist();
        em.flush();
        KoordinationModelle.Ansprechstelle after = ansprechstelle(a);
        audit.record(
                "ANSPRECHSTELLE",
                String.valueOf(a.id),
                Aktion.ERSTELLT,
                null,
                after,
                true,
                "Ansprechstelle „" + a.funktion + "“ angelegt");
        return after;
    }

    @Transactional
    public KoordinationModelle.Ansprechstelle updateAnsprechstelle(
            long id, KoordinationEingaben.AnsprechstelleEingabe e, String ifMatch) {
        AnsprechstelleEntity a = ansprechstelle(id);
        ETags.requireMatch(ifMatch, a.version);
        KoordinationModelle.Ansprechstelle before = ansprechstelle(a);
        fill(a, e);
        em.flush();
        KoordinationModelle.Ansprechstelle after = ansprechstelle(a);
        audit.record(
                "ANSPRECHSTELLE",
                String.valueOf(a.id),
                Aktion.GEAENDERT,
                before,
                after,
                true,
                "Ansprechstelle „" + a.funktion + "“ geändert");
        return after;
    }

    @Transactional
    public void deleteAnsprechstelle(long id, String ifMatch) {
        AnsprechstelleEntity a = ansprechstelle(id);
        ETags.requireMatch(ifMatch, a.version);
        KoordinationModelle.Ansprechstelle before = ansprechstelle(a);
        a.delete();
        em.flush();
        audit.record(
                "ANSPRECHSTELLE",
                String.valueOf(id),
                Aktion.GELOESCHT,
                before,
                null,
                true,
                "Ansprechstelle „" + before.funktion() + "“ entfernt");
    }

    private void fill(AnsprechstelleEntity a, KoordinationEingaben.AnsprechstelleEingabe e) {
        if (!user.hat(Rolle.ADMIN)) {
            throw new ForbiddenException("Ansprechstellen der Ministerien pflegt die Administration.");
        }
        OrganisationEntity o = OrganisationService.vorhanden(e.organisationId(), "organisationId");
        if (o.typ != OrganisationTyp.LANDESMINISTERIUM) {
            throw new RuleViolationException(
                    "Ansprechstellen der Ministerien",
                    "„" + o.name + "“ ist kein Landesministerium.",
                    List.of(new Problem.InvalidParam("organisationId", "body", "Kein Landesministerium.")));
        }
        if (e.themenfeldId() != null) {
            themenfeld(e.themenfeldId());
        }
        pruefeEinwilligung(e.kontaktName(), e.kontaktEmail(), e.kontaktEinwilligung());
        a.organisationId = o.id;
        a.funktion = e.funktion().trim();
        a.themenfeldId = e.themenfeldId();
        a.kontaktName = Rows.blankToNull(e.kontaktName());
        a.kontaktEmail = Rows.blankToNull(e.kontaktEmail());
        a.kontaktEinwilligung =
                Boolean.TRUE.equals(e.kontaktEinwilligung()) && (a.kontaktName != null || a.kontaktEmail != null);
        a.beispiel = false;
    }

    private static KoordinationModelle.Ansprechstelle ansprechstelle(AnsprechstelleEntity a) {
        ThemenfeldEntity tf = a.themenfeldId == null ? null : ThemenfeldEntity.findById(a.themenfeldId);
        return new KoordinationModelle.Ansprechstelle(
                a.id,
                OrganisationKurz.of(a.organisationId),
                a.funktion,
                tf == null ? null : new Refs.ThemenfeldRef(tf.id, tf.name),
                a.kontaktEinwilligung ? a.kontaktName : null,
                a.kontaktEinwilligung ? a.kontaktEmail : null,
                a.beispiel,
                a.version);
    }

    private static AnsprechstelleEntity ansprechstelle(long id) {
        AnsprechstelleEntity a = AnsprechstelleEntity.findById(id);
        if (a == null) {
            throw new NotFoundException("Eine Ansprechstelle " + id + " gibt es nicht.");
        }
        return a;
    }

    /** Names and e-mail addresses of people are published only with their recorded consent. */
    private static void pruefeEinwilligung(String name, String email, Boolean einwilligung) {
        boolean personenangaben = (name != null && !name.isBlank()) || (email != null && !email.isBlank());
        if (personenangaben && !Boolean.TRUE.equals(einwilligung)) {
            throw new RuleViolationException(
                    "Einwilligung",
                    "Name und E-Mail-Adresse einer Person werden nur mit ihrer " + "Einwilligung veröffentlicht.",
                    List.of(new Problem.InvalidParam(
                            "kontaktEinwilligung", "body", "Muss true sein, wenn Name oder E-Mail angegeben sind.")));
        }
    }

    private static ThemenfeldEntity themenfeld(int id) {
        ThemenfeldEntity tf = ThemenfeldEntity.findById(id);
        if (tf == null) {
            throw new NotFoundException("Ein Themenfeld mit der ID " + id + " gibt es nicht.");
        }
        return tf;
    }

    static InvalidParameterException invalid(String name, String reason) {
        return new InvalidParameterException(List.of(new Problem.InvalidParam(name, "body", reason)));
    }
}
