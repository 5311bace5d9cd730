package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.basiskomponente.BasiskomponenteEntity;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.katalog.LeikaLeistungEntity;
import nrw.digitalisierungsdashboard.katalog.LeistungEntity;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationService;

/**
 * The project registry. A project is one aggregate: every write loads it, checks the object-level right and
 * If-Match against its version, changes it, bumps the version and records the change in the same transaction.
 */
@ApplicationScoped
public class ProjektService {

    private final EntityManager em;
    private final ProjektMapper mapper;
    private final ProjektZugriff zugriff;
    private final Repraesentativitaet repraesentativitaet;
    private final AuditService audit;

    public ProjektService(
            EntityManager em,
            ProjektMapper mapper,
            ProjektZugriff zugriff,
            Repraesentativitaet repraesentativitaet,
            AuditService audit) {
        this.em = em;
        this.mapper = mapper;
        this.zugriff = zugriff;
        this.repraesentativitaet = repraesentativitaet;
        this.audit = audit;
    }

    // --- writing the project -----------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> create(ProjektEingaben.ProjektEingabe e) {
        ThemenfeldEntity tf = themenfeld(e.themenfeldId());
        String lead = e.federfuehrendId() == null ? null : e.federfuehrendId().trim();
        if (lead == null || lead.isEmpty()) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "federfuehrendId", "body", "Ein Projekt hat genau eine federführende Organisation.")));
        }
        zugriff.anlegen(tf.id, tf.name, lead);
        OrganisationEntity org = OrganisationService.vorhanden(lead, "federfuehrendId");
        OffsetDateTime now = now();
        ProjektEntity p = new ProjektEntity();
        p.phase = Phase.SICHTUNG;
        p.erstelltAm = now;
        p.geaendertAm = now;
        apply(p, tf, ProjektAngaben.aus(e, Enums.ProjektStatus.AKTIV));
        p.persist();
        TeilnahmeEntity t = new TeilnahmeEntity();
        t.projekt = p;
        t.organisation = org;
        t.rolle = Enums.TeilnahmeRolle.FEDERFUEHREND;
        t.seit = LocalDate.now();
        p.teilnahmen.add(t);
        PhasenwechselEntity start = new PhasenwechselEntity();
        start.projekt = p;
        start.nach = Phase.SICHTUNG;
        start.datum = e.beginn() != null && !e.beginn().isAfter(LocalDate.now()) ? e.beginn() : LocalDate.now();
        start.erfasstAm = now;
        p.phasenwechsel.add(start);
        em.flush();
        audit.record(
                "PROJEKT",
                String.valueOf(p.id),
                Aktion.ERSTELLT,
                null,
                mapper.snapshot(p),
                true,
                "Projekt „" + p.titel + "“ angelegt");
        return Versioned.of(mapper.detail(p), p.version);
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> replace(
            String idParam, ProjektEingaben.ProjektEingabe e, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        ThemenfeldEntity tf = themenfeld(e.themenfeldId());
        if (!tf.id.equals(p.themenfeld.id)) {
            zugriff.anlegen(tf.id, tf.name, null);
        }
        apply(p, tf, ProjektAngaben.aus(e, p.status));
        return saved(p, before, "Projekt „" + p.titel + "“ geändert");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> patch(
            String idParam, ProjektEingaben.ProjektPatch e, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        ThemenfeldEntity tf = e.themenfeldId() == null ? p.themenfeld : themenfeld(e.themenfeldId());
        if (!tf.id.equals(p.themenfeld.id)) {
            zugriff.anlegen(tf.id, tf.name, null);
        }
        apply(p, tf, ProjektAngaben.aus(e, p));
        return saved(p, before, "Projekt „" + p.titel + "“ geändert");
    }

    @Transactional
    public void delete(String idParam, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        zugriff.loeschen(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        String id = String.valueOf(p.id);
        String titel = p.titel;
        p.delete();
        em.flush();
        audit.record("PROJEKT", id, Aktion.GELOESCHT, before, null, true, "Projekt „" + titel + "“ gelöscht");
    }

    // --- phases --------------------------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> wechsel(
            String idParam, ProjektEingaben.PhasenwechselEingabe e, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        LocalDate datum = e.datum() == null ? LocalDate.now() : e.datum();
        EntscheidungEntity beschluss = null;
        if (e.nach() == Phase.UMSETZUNG) {
            beschluss = beschluss(p, e.entscheidungId(), datum);
        }
        Phasenregeln.pruefe(p, e.nach(), datum, e.begruendung(), repraesentativitaet.berechne(p), beschluss);
        PhasenwechselEntity w = new PhasenwechselEntity();
        w.projekt = p;
        w.von = p.phase;
        w.nach = e.nach();
        w.datum = datum;
        w.begruendung = e.begruendung() == null || e.begruendung().isBlank()
                ? null
                : e.begruendung().trim();
        w.entscheidung = beschluss;
        w.erfasstAm = now();
        p.phasenwechsel.add(w);
        if (e.nach() == Phase.EINGESTELLT) {
            p.status = Enums.ProjektStatus.EINGESTELLT;
        } else if (p.phase == Phase.EINGESTELLT) {
            p.status = Enums.ProjektStatus.AKTIV;
        }
        Phase von = p.phase;
        p.phase = e.nach();
        return saved(p, before, "„" + p.titel + "“: Phase " + von + " → " + e.nach());
    }

    private EntscheidungEntity beschluss(ProjektEntity p, Long entscheidungId, LocalDate datum) {
        if (entscheidungId != null) {
            EntscheidungEntity e = p.entscheidungen.stream()
                    .filter(x -> x.id.equals(entscheidungId))
                    .findFirst()
                    .orElseThrow(() -> new InvalidParameterException(List.of(new Problem.InvalidParam(
                            "entscheidungId", "body", "Diese Entscheidung gehört nicht zu diesem Projekt."))));
            if (e.ergebnis != Enums.Ergebnis.ZUGESTIMMT || e.datum.isAfter(datum)) {
                throw new RuleViolationException(
                        Phasenregeln.BESCHLUSS,
                        "Die genannte Entscheidung vom " + e.datum + " ist "
                                + (e.ergebnis != Enums.Ergebnis.ZUGESTIMMT
                                        ? "keine Zustimmung (" + e.ergebnis + ")."
                                        : "jünger als der Wechsel."));
            }
            return e;
        }
        return p.entscheidungen.stream()
                .filter(x -> x.ergebnis == Enums.Ergebnis.ZUGESTIMMT && !x.datum.isAfter(datum))
                .max(Comparator.comparing((EntscheidungEntity x) -> x.datum).thenComparing(x -> x.id))
                .orElse(null);
    }

    // --- shared --------------------------------------------------------------------------------------------

    /**
     * Every change of a part is a change of the project: its version moves, so stale ETags are caught. The
     * increment happens now (PESSIMISTIC_FORCE_INCREMENT), not at commit as with OPTIMISTIC_FORCE_INCREMENT, so the
     * ETag in the answer is the version that was committed and the client's next write can use it.
     */
    Versioned<ProjektModelle.ProjektDetail> saved(ProjektEntity p, Map<String, Object> before, String zusammenfassung) {
        p.geaendertAm = now();
        em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        Map<String, Object> after = mapper.snapshot(p);
        audit.record("PROJEKT", String.valueOf(p.id), Aktion.GEAENDERT, before, after, true, zusammenfassung);
        em.flush();
        em.refresh(p);
        return Versioned.of(mapper.detail(p), p.version);
    }

    /** Checks the references (Leistungen, LeiKa rows, Basiskomponenten) and the status rules, then sets the fields. */
    private void apply(ProjektEntity p, ThemenfeldEntity tf, ProjektAngaben a) {
        Enums.ProjektStatus status = a.status();
        LocalDate beginn = a.beginn();
        LocalDate ende = a.endeGeplant();
        List<Integer> leistungen = a.leistungen();
        List<Integer> leika = a.leika();
        List<ProjektEingaben.BasiskomponenteEingabe> komponenten = a.basiskomponenten();
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (status == Enums.ProjektStatus.EINGESTELLT && p.phase != Phase.EINGESTELLT) {
            throw new RuleViolationException(
                    Phasenregeln.EINSTELLEN,
                    "Eingestellt wird ein Projekt über den Phasenwechsel nach " + "EINGESTELLT, mit Begründung.",
                    List.of(new Problem.InvalidParam("status", "body", "Nicht direkt setzbar.")));
        }
        if (p.phase == Phase.EINGESTELLT && status != Enums.ProjektStatus.EINGESTELLT) {
            throw new RuleViolationException(
                    Phasenregeln.EINSTELLEN,
                    "Ein eingestelltes Projekt wird über einen Phasenwechsel " + "wieder aufgenommen.",
                    List.of(new Problem.InvalidParam("status", "body", "Nicht direkt setzbar.")));
        }
        if (beginn != null && ende != null && ende.isBefore(beginn)) {
            errors.add(new Problem.InvalidParam("endeGeplant", "body", "Das geplante Ende liegt vor dem Beginn."));
        }
        Set<Integer> ozg = new TreeSet<>();
        for (int i = 0; i < leistungen.size(); i++) {
            if (LeistungEntity.findById(leistungen.get(i)) == null) {
                errors.add(new Problem.InvalidParam(
                        "leistungen[" + i + "]", "body", "Eine OZG-Leistung " + leistungen.get(i) + " gibt es nicht."));
            } else {
                ozg.add(leistungen.get(i));
            }
        }
        Set<Integer> leikaIds = new TreeSet<>();
        List<Integer> leikaListe = leika == null ? List.of() : leika;
        for (int i = 0; i < leikaListe.size(); i++) {
            LeikaLeistungEntity k = LeikaLeistungEntity.findById(leikaListe.get(i));
            if (k == null) {
                errors.add(new Problem.InvalidParam(
                        "leika[" + i + "]", "body", "Eine LeiKa-Zeile " + leikaListe.get(i) + " gibt es nicht."));
            } else if (k.leistung == null || !ozg.contains(k.leistung.ozgId)) {
                errors.add(new Problem.InvalidParam(
                        "leika[" + i + "]", "body", "Die LeiKa-Zeile gehört zu keiner der Leistungen des Projekts."));
            } else {
                leikaIds.add(k.id);
            }
        }
        Map<String, Enums.Verbindlichkeit> bk = new LinkedHashMap<>();
        List<ProjektEingaben.BasiskomponenteEingabe> komponentenListe = komponenten == null ? List.of() : komponenten;
        for (int i = 0; i < komponentenListe.size(); i++) {
            ProjektEingaben.BasiskomponenteEingabe b = komponentenListe.get(i);
            if (BasiskomponenteEntity.findById(b.id()) == null) {
                errors.add(new Problem.InvalidParam(
                        "basiskomponenten[" + i + "].id",
                        "body",
                        "Eine Basiskomponente „" + b.id() + "“ gibt es nicht."));
            } else {
                bk.put(b.id(), b.verbindlichkeit());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        p.titel = a.titel().trim();
        p.zusammenfassung = a.zusammenfassung().trim();
        p.themenfeld = tf;
        p.efaTyp = a.efaTyp();
        p.status = status;
        p.beginn = beginn;
        p.endeGeplant = ende;
        p.links = new ArrayList<>();
        for (ProjektEingaben.LinkEingabe l : a.links() == null ? List.<ProjektEingaben.LinkEingabe>of() : a.links()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("titel", l.titel().trim());
            m.put("url", l.url().trim());
            p.links.add(m);
        }
        p.leistungen.clear();
        p.leistungen.addAll(ozg);
        p.leika.clear();
        p.leika.addAll(leikaIds);
        p.basiskomponenten.clear();
        p.basiskomponenten.putAll(bk);
        p.begruendungRepraesentativitaet = Rows.blankToNull(a.begruendungRepraesentativitaet());
    }

    private static ThemenfeldEntity themenfeld(Integer id) {
        ThemenfeldEntity tf = id == null ? null : ThemenfeldEntity.findById(id);
        if (tf == null) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "themenfeldId", "body", "Ein Themenfeld mit der ID " + id + " gibt es nicht.")));
        }
        return tf;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Set<String> ids(List<String> list) {
        return list == null ? Set.of() : new LinkedHashSet<>(list);
    }
}
