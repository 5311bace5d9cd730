package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.basiskomponente.BasiskomponenteEntity;
import nrw.digitalisierungsdashboard.common.ConflictException;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Sort;
import nrw.digitalisierungsdashboard.katalog.LeikaLeistungEntity;
import nrw.digitalisierungsdashboard.katalog.LeistungEntity;
import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationTyp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;
import nrw.digitalisierungsdashboard.organisation.OrganisationService;
import nrw.digitalisierungsdashboard.common.Versioned;

/**
 * The project registry. A project is one aggregate: every write loads it, checks the object-level right and
 * If-Match against its version, changes it, bumps the version and records the change in the same transaction.
 */
@ApplicationScoped
public class ProjektService {

    private static final Sort SORT = Sort.by("p.id")
            .field("titel", "p.titel")
            .field("geaendertAm", "p.geaendert_am")
            .field("phase", "array_position(ARRAY['SICHTUNG','WORKSHOP','GREMIEN','UMSETZUNG','PILOTIERUNG','ROLLOUT','BETRIEB','EINGESTELLT'], p.phase)")
            .field("themenfeld", "tf.name");

    private static final String FROM = " FROM projekt p JOIN themenfeld tf ON tf.id = p.themenfeld_id"
            + " LEFT JOIN teilnahme lt ON lt.projekt_id = p.id AND lt.rolle = 'FEDERFUEHREND'"
            + " LEFT JOIN organisation lo ON lo.id = lt.organisation_id";

    private final EntityManager em;
    private final ProjektMapper mapper;
    private final ProjektZugriff zugriff;
    private final Repraesentativitaet repraesentativitaet;
    private final AuditService audit;

    public ProjektService(EntityManager em, ProjektMapper mapper, ProjektZugriff zugriff,
                          Repraesentativitaet repraesentativitaet, AuditService audit) {
        this.em = em;
        this.mapper = mapper;
        this.zugriff = zugriff;
        this.repraesentativitaet = repraesentativitaet;
        this.audit = audit;
    }

    // --- reading -----------------------------------------------------------------------------------------

    public Page<ProjektModelle.ProjektSummary> list(ProjektFilter f, PageRequest page) {
        NativeSql sql = new NativeSql();
        Integer themenfeld = Params.optionalInt("themenfeld", f.themenfeld);
        if (themenfeld != null) {
            if (ThemenfeldEntity.findById(themenfeld) == null) {
                throw InvalidParameterException.query("themenfeld", "Ein Themenfeld mit der ID " + themenfeld + " gibt es nicht.");
            }
            sql.where("p.themenfeld_id = :tf", "tf", themenfeld);
        }
        Phase phase = Params.enumValue("phase", f.phase, Phase.class);
        if (phase != null) {
            sql.where("p.phase = :phase", "phase", phase.name());
        }
        Enums.ProjektStatus status = Params.enumValue("status", f.status, Enums.ProjektStatus.class);
        if (status != null) {
            sql.where("p.status = :status", "status", status.name());
        }
        Enums.TeilnahmeRolle rolle = Params.enumValue("rolle", f.rolle, Enums.TeilnahmeRolle.class);
        String organisation = Params.present(f.organisation) ? f.organisation.trim() : null;
        if (Params.present(f.kommune)) {
            String ags = Params.matching("kommune", f.kommune, "05\\d{3}(\\d{3})?", "Erwartet wird ein AGS (8 Ziffern) oder Kreisschlüssel (5 Ziffern).");
            organisation = "kommune-" + ags;
            if (OrganisationEntity.findById(organisation) == null) {
                throw InvalidParameterException.query("kommune", "Eine Kommune mit dem Schlüssel " + ags + " gibt es nicht.");
            }
        } else if (organisation != null && OrganisationEntity.findById(organisation) == null) {
            throw InvalidParameterException.query("organisation", "Eine Organisation „" + organisation + "“ gibt es nicht.");
        }
        if (rolle != null && organisation == null) {
            throw InvalidParameterException.query("rolle", "rolle gilt nur zusammen mit organisation oder kommune.");
        }
        if (organisation != null) {
            sql.where("EXISTS (SELECT 1 FROM teilnahme t WHERE t.projekt_id = p.id AND t.organisation_id = :org"
                    + (rolle == null ? "" : " AND t.rolle = :rolle") + ")", "org", organisation);
            if (rolle != null) {
                sql.bind("rolle", rolle.name());
            }
        }
        if (Params.present(f.basiskomponente)) {
            if (BasiskomponenteEntity.findById(f.basiskomponente.trim()) == null) {
                throw InvalidParameterException.query("basiskomponente", "Eine Basiskomponente „" + f.basiskomponente + "“ gibt es nicht.");
            }
            sql.where("EXISTS (SELECT 1 FROM projekt_basiskomponente b WHERE b.projekt_id = p.id AND b.basiskomponente_id = :bk)",
                    "bk", f.basiskomponente.trim());
        }
        Integer leistung = Params.optionalInt("leistung", f.leistung);
        if (leistung != null) {
            sql.where("EXISTS (SELECT 1 FROM projekt_leistung pl WHERE pl.projekt_id = p.id AND pl.ozg_id = :ozg)", "ozg", leistung);
        }
        if (Params.present(f.beispiel)) {
            if (!f.beispiel.equals("true") && !f.beispiel.equals("false")) {
                throw InvalidParameterException.query("beispiel", "true oder false.");
            }
            sql.where("p.beispiel = :beispiel", "beispiel", Boolean.parseBoolean(f.beispiel));
        }
        String rank = null;
        if (Params.present(f.q)) {
            if (f.q.length() > 200) {
                throw InvalidParameterException.query("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
            }
            String tsquery = FulltextQuery.prefixQuery(f.q);
            if (tsquery == null) {
                sql.where("false");
            } else {
                sql.where("p.suche @@ to_tsquery('german', :q)", "q", tsquery);
                rank = "ts_rank(p.suche, to_tsquery('german', :q)) DESC";
            }
        }
        String select = "SELECT p.id, p.titel, p.phase, p.status, p.efa_typ, p.beispiel, p.geaendert_am, tf.id AS tf_id,"
                + " tf.name AS tf_name, lo.id AS lo_id, lo.name AS lo_name, lo.typ AS lo_typ,"
                + " (SELECT count(*) FROM teilnahme t WHERE t.projekt_id = p.id AND t.rolle IN ('FEDERFUEHREND','MITWIRKEND','PILOT')) AS team,"
                + " (SELECT count(*) FROM projekt_leistung pl WHERE pl.projekt_id = p.id) AS leistungen" + FROM;
        List<ProjektModelle.ProjektSummary> items = sql.page(em, select, SORT.orderBy(f.sort, rank == null ? "p.titel" : rank), page)
                .stream().map(ProjektService::summary).toList();
        return Page.of(items, sql.count(em, FROM), page);
    }

    /** The public change log of one project (404 for a project that does not exist). */
    public Page<Aenderung> historie(String idParam, PageRequest page) {
        return audit.historie("PROJEKT", String.valueOf(find(idParam).id), page);
    }

    /** The projects an organisation takes part in; 404 for an organisation that does not exist. */
    public Page<ProjektModelle.ProjektSummary> derOrganisation(String organisationId, String rolle, PageRequest page) {
        if (organisationId == null || OrganisationEntity.findById(organisationId) == null) {
            throw new NotFoundException("Eine Organisation mit der ID „" + organisationId + "“ gibt es nicht.");
        }
        ProjektFilter f = new ProjektFilter();
        f.organisation = organisationId;
        f.rolle = rolle;
        return list(f, page);
    }

    public Versioned<ProjektModelle.ProjektDetail> get(String idParam) {
        ProjektEntity p = find(idParam);
        return Versioned.of(mapper.detail(p), p.version);
    }

    public ProjektModelle.ProjektUebersicht uebersicht() {
        List<Tuple> rows = NativeSql.list(em, """
                SELECT tf.id, tf.name, p.phase, count(*) AS anzahl
                FROM projekt p JOIN themenfeld tf ON tf.id = p.themenfeld_id
                GROUP BY tf.id, tf.name, p.phase ORDER BY tf.name, p.phase""");
        long gesamt = ((Number) em.createNativeQuery("SELECT count(*) FROM projekt").getSingleResult()).longValue();
        long beispiele = ((Number) em.createNativeQuery("SELECT count(*) FROM projekt WHERE beispiel").getSingleResult()).longValue();
        return new ProjektModelle.ProjektUebersicht(gesamt, beispiele, rows.stream()
                .map(t -> new ProjektModelle.ProjektUebersicht.Zelle(Rows.integer(t, "id"), Rows.str(t, "name"),
                        Phase.valueOf(Rows.str(t, "phase")), Rows.number(t, "anzahl")))
                .sorted(Comparator.comparing(ProjektModelle.ProjektUebersicht.Zelle::themenfeld)
                        .thenComparing(ProjektModelle.ProjektUebersicht.Zelle::phase))
                .toList());
    }

    // --- writing the project -----------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> create(ProjektEingaben.ProjektEingabe e) {
        ThemenfeldEntity tf = themenfeld(e.themenfeldId());
        String lead = e.federfuehrendId() == null ? null : e.federfuehrendId().trim();
        if (lead == null || lead.isEmpty()) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("federfuehrendId", "body",
                    "Ein Projekt hat genau eine federführende Organisation.")));
        }
        zugriff.anlegen(tf.id, tf.name, lead);
        OrganisationEntity org = OrganisationService.vorhanden(lead, "federfuehrendId");
        OffsetDateTime now = now();
        ProjektEntity p = new ProjektEntity();
        p.phase = Phase.SICHTUNG;
        p.erstelltAm = now;
        p.geaendertAm = now;
        apply(p, e.titel(), e.zusammenfassung(), tf, e.efaTyp() == null ? Enums.EfaTyp.OFFEN : e.efaTyp(),
                e.status() == null ? Enums.ProjektStatus.AKTIV : e.status(), e.beginn(), e.endeGeplant(), e.links(),
                e.leistungen(), e.leika(), e.basiskomponenten(), e.begruendungRepraesentativitaet());
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
        audit.record("PROJEKT", String.valueOf(p.id), Aktion.ERSTELLT, null, mapper.snapshot(p), true,
                "Projekt „" + p.titel + "“ angelegt");
        return Versioned.of(mapper.detail(p), p.version);
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> replace(String idParam, ProjektEingaben.ProjektEingabe e, String ifMatch) {
        ProjektEntity p = find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        ThemenfeldEntity tf = themenfeld(e.themenfeldId());
        if (!tf.id.equals(p.themenfeld.id)) {
            zugriff.anlegen(tf.id, tf.name, null);
        }
        apply(p, e.titel(), e.zusammenfassung(), tf, e.efaTyp() == null ? Enums.EfaTyp.OFFEN : e.efaTyp(),
                e.status() == null ? p.status : e.status(), e.beginn(), e.endeGeplant(), e.links(), e.leistungen(),
                e.leika(), e.basiskomponenten(), e.begruendungRepraesentativitaet());
        return saved(p, before, "Projekt „" + p.titel + "“ geändert");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> patch(String idParam, ProjektEingaben.ProjektPatch e, String ifMatch) {
        ProjektEntity p = find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        ThemenfeldEntity tf = e.themenfeldId() == null ? p.themenfeld : themenfeld(e.themenfeldId());
        if (!tf.id.equals(p.themenfeld.id)) {
            zugriff.anlegen(tf.id, tf.name, null);
        }
        apply(p, e.titel() != null ? e.titel() : p.titel, e.zusammenfassung() != null ? e.zusammenfassung() : p.zusammenfassung,
                tf, e.efaTyp() != null ? e.efaTyp() : p.efaTyp, e.status() != null ? e.status() : p.status,
                e.beginn() != null ? e.beginn() : p.beginn, e.endeGeplant() != null ? e.endeGeplant() : p.endeGeplant,
                e.links() != null ? e.links() : linksOf(p), e.leistungen() != null ? e.leistungen() : List.copyOf(p.leistungen),
                e.leika() != null ? e.leika() : List.copyOf(p.leika),
                e.basiskomponenten() != null ? e.basiskomponenten() : komponentenOf(p),
                e.begruendungRepraesentativitaet() != null ? e.begruendungRepraesentativitaet() : p.begruendungRepraesentativitaet);
        return saved(p, before, "Projekt „" + p.titel + "“ geändert");
    }

    @Transactional
    public void delete(String idParam, String ifMatch) {
        ProjektEntity p = find(idParam);
        zugriff.loeschen(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        String id = String.valueOf(p.id);
        String titel = p.titel;
        p.delete();
        em.flush();
        audit.record("PROJEKT", id, Aktion.GELOESCHT, before, null, true, "Projekt „" + titel + "“ gelöscht");
    }

    // --- team ----------------------------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> setTeam(String idParam, ProjektEingaben.TeamEingabe e, String ifMatch) {
        ProjektEntity p = find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        List<Problem.InvalidParam> errors = new ArrayList<>();
        Map<String, ProjektEingaben.TeilnahmeEingabe> neu = new LinkedHashMap<>();
        for (int i = 0; i < e.teilnahmen().size(); i++) {
            ProjektEingaben.TeilnahmeEingabe t = e.teilnahmen().get(i);
            if (OrganisationEntity.findById(t.organisationId()) == null) {
                errors.add(new Problem.InvalidParam("teilnahmen[" + i + "].organisationId", "body",
                        "Eine Organisation „" + t.organisationId() + "“ gibt es nicht."));
            } else if (neu.put(t.organisationId(), t) != null) {
                errors.add(new Problem.InvalidParam("teilnahmen[" + i + "].organisationId", "body",
                        "Jede Organisation nimmt nur einmal teil."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        long leads = neu.values().stream().filter(t -> t.rolle() == Enums.TeilnahmeRolle.FEDERFUEHREND).count();
        if (leads != 1) {
            throw new RuleViolationException("Genau eine Federführung", "Ein Projekt hat genau eine federführende Organisation; "
                    + "gesendet wurden " + leads + ".", List.of(new Problem.InvalidParam("teilnahmen", "body",
                    leads == 0 ? "Keine Organisation ist FEDERFUEHREND." : "Mehr als eine Organisation ist FEDERFUEHREND.")));
        }
        Map<String, LocalDate> seit = new HashMap<>();
        p.teilnahmen.forEach(t -> seit.put(t.organisation.id, t.seit));
        // rebuilt in two steps, so the "one lead" index never sees two leads in between
        p.teilnahmen.clear();
        em.flush();
        for (ProjektEingaben.TeilnahmeEingabe t : neu.values()) {
            TeilnahmeEntity x = new TeilnahmeEntity();
            x.projekt = p;
            x.organisation = OrganisationEntity.findById(t.organisationId());
            x.rolle = t.rolle();
            x.seit = t.seit() != null ? t.seit() : seit.getOrDefault(t.organisationId(), LocalDate.now());
            p.teilnahmen.add(x);
        }
        return saved(p, before, "Team von „" + p.titel + "“ geändert");
    }

    /** One click: the editor's organisation becomes INTERESSIERT. Adding to the team never overwrites anything. */
    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> interesse(String idParam) {
        ProjektEntity p = find(idParam);
        OrganisationEntity org = zugriff.eigeneOrganisation();
        TeilnahmeEntity vorhanden = p.teilnahmen.stream().filter(t -> t.organisation.id.equals(org.id)).findFirst().orElse(null);
        if (vorhanden != null) {
            if (vorhanden.rolle == Enums.TeilnahmeRolle.INTERESSIERT) {
                return Versioned.of(mapper.detail(p), p.version);
            }
            throw new ConflictException("„" + org.name + "“ nimmt schon als " + vorhanden.rolle + " teil.");
        }
        Map<String, Object> before = mapper.snapshot(p);
        TeilnahmeEntity t = new TeilnahmeEntity();
        t.projekt = p;
        t.organisation = org;
        t.rolle = Enums.TeilnahmeRolle.INTERESSIERT;
        t.seit = LocalDate.now();
        p.teilnahmen.add(t);
        return saved(p, before, "„" + org.name + "“ interessiert sich für „" + p.titel + "“");
    }

    // --- phases --------------------------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> wechsel(String idParam, ProjektEingaben.PhasenwechselEingabe e, String ifMatch) {
        ProjektEntity p = find(idParam);
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
        w.begruendung = e.begruendung() == null || e.begruendung().isBlank() ? null : e.begruendung().trim();
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
            EntscheidungEntity e = p.entscheidungen.stream().filter(x -> x.id.equals(entscheidungId)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException(List.of(new Problem.InvalidParam("entscheidungId", "body",
                            "Diese Entscheidung gehört nicht zu diesem Projekt."))));
            if (e.ergebnis != Enums.Ergebnis.ZUGESTIMMT || e.datum.isAfter(datum)) {
                throw new RuleViolationException(Phasenregeln.BESCHLUSS, "Die genannte Entscheidung vom " + e.datum + " ist "
                        + (e.ergebnis != Enums.Ergebnis.ZUGESTIMMT ? "keine Zustimmung (" + e.ergebnis + ")." : "jünger als der Wechsel."));
            }
            return e;
        }
        return p.entscheidungen.stream()
                .filter(x -> x.ergebnis == Enums.Ergebnis.ZUGESTIMMT && !x.datum.isAfter(datum))
                .max(Comparator.comparing((EntscheidungEntity x) -> x.datum).thenComparing(x -> x.id))
                .orElse(null);
    }

    // --- shared --------------------------------------------------------------------------------------------

    ProjektEntity find(String idParam) {
        long id;
        try {
            id = Long.parseLong(idParam);
        } catch (NumberFormatException ex) {
            throw InvalidParameterException.path("id", "Muss eine ganze Zahl sein.");
        }
        ProjektEntity p = ProjektEntity.findById(id);
        if (p == null) {
            throw new NotFoundException("Ein Projekt mit der ID " + id + " gibt es nicht.");
        }
        return p;
    }

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

    private void apply(ProjektEntity p, String titel, String zusammenfassung, ThemenfeldEntity tf, Enums.EfaTyp efa,
                       Enums.ProjektStatus status, LocalDate beginn, LocalDate ende, List<ProjektEingaben.LinkEingabe> links,
                       List<Integer> leistungen, List<Integer> leika, List<ProjektEingaben.BasiskomponenteEingabe> komponenten,
                       String begruendung) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (status == Enums.ProjektStatus.EINGESTELLT && p.phase != Phase.EINGESTELLT) {
            throw new RuleViolationException(Phasenregeln.EINSTELLEN, "Eingestellt wird ein Projekt über den Phasenwechsel nach "
                    + "EINGESTELLT, mit Begründung.", List.of(new Problem.InvalidParam("status", "body", "Nicht direkt setzbar.")));
        }
        if (p.phase == Phase.EINGESTELLT && status != Enums.ProjektStatus.EINGESTELLT) {
            throw new RuleViolationException(Phasenregeln.EINSTELLEN, "Ein eingestelltes Projekt wird über einen Phasenwechsel "
                    + "wieder aufgenommen.", List.of(new Problem.InvalidParam("status", "body", "Nicht direkt setzbar.")));
        }
        if (beginn != null && ende != null && ende.isBefore(beginn)) {
            errors.add(new Problem.InvalidParam("endeGeplant", "body", "Das geplante Ende liegt vor dem Beginn."));
        }
        Set<Integer> ozg = new TreeSet<>();
        for (int i = 0; i < leistungen.size(); i++) {
            if (LeistungEntity.findById(leistungen.get(i)) == null) {
                errors.add(new Problem.InvalidParam("leistungen[" + i + "]", "body", "Eine OZG-Leistung " + leistungen.get(i) + " gibt es nicht."));
            } else {
                ozg.add(leistungen.get(i));
            }
        }
        Set<Integer> leikaIds = new TreeSet<>();
        List<Integer> leikaListe = leika == null ? List.of() : leika;
        for (int i = 0; i < leikaListe.size(); i++) {
            LeikaLeistungEntity k = LeikaLeistungEntity.findById(leikaListe.get(i));
            if (k == null) {
                errors.add(new Problem.InvalidParam("leika[" + i + "]", "body", "Eine LeiKa-Zeile " + leikaListe.get(i) + " gibt es nicht."));
            } else if (k.leistung == null || !ozg.contains(k.leistung.ozgId)) {
                errors.add(new Problem.InvalidParam("leika[" + i + "]", "body", "Die LeiKa-Zeile gehört zu keiner der Leistungen des Projekts."));
            } else {
                leikaIds.add(k.id);
            }
        }
        Map<String, Enums.Verbindlichkeit> bk = new LinkedHashMap<>();
        List<ProjektEingaben.BasiskomponenteEingabe> komponentenListe = komponenten == null ? List.of() : komponenten;
        for (int i = 0; i < komponentenListe.size(); i++) {
            ProjektEingaben.BasiskomponenteEingabe b = komponentenListe.get(i);
            if (BasiskomponenteEntity.findById(b.id()) == null) {
                errors.add(new Problem.InvalidParam("basiskomponenten[" + i + "].id", "body", "Eine Basiskomponente „" + b.id() + "“ gibt es nicht."));
            } else {
                bk.put(b.id(), b.verbindlichkeit());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        p.titel = titel.trim();
        p.zusammenfassung = zusammenfassung.trim();
        p.themenfeld = tf;
        p.efaTyp = efa;
        p.status = status;
        p.beginn = beginn;
        p.endeGeplant = ende;
        p.links = new ArrayList<>();
        for (ProjektEingaben.LinkEingabe l : links == null ? List.<ProjektEingaben.LinkEingabe>of() : links) {
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
        p.begruendungRepraesentativitaet = begruendung == null || begruendung.isBlank() ? null : begruendung.trim();
    }

    private static List<ProjektEingaben.LinkEingabe> linksOf(ProjektEntity p) {
        return p.links.stream().map(l -> new ProjektEingaben.LinkEingabe(l.get("titel"), l.get("url"))).toList();
    }

    private static List<ProjektEingaben.BasiskomponenteEingabe> komponentenOf(ProjektEntity p) {
        return p.basiskomponenten.entrySet().stream()
                .map(e -> new ProjektEingaben.BasiskomponenteEingabe(e.getKey(), e.getValue())).toList();
    }

    private static ThemenfeldEntity themenfeld(Integer id) {
        ThemenfeldEntity tf = id == null ? null : ThemenfeldEntity.findById(id);
        if (tf == null) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("themenfeldId", "body",
                    "Ein Themenfeld mit der ID " + id + " gibt es nicht.")));
        }
        return tf;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static ProjektModelle.ProjektSummary summary(Tuple t) {
        String lead = Rows.str(t, "lo_id");
        return new ProjektModelle.ProjektSummary(Rows.number(t, "id"), Rows.str(t, "titel"),
                new Refs.ThemenfeldRef(Rows.integer(t, "tf_id"), Rows.str(t, "tf_name")),
                Phase.valueOf(Rows.str(t, "phase")), Enums.ProjektStatus.valueOf(Rows.str(t, "status")),
                Enums.EfaTyp.valueOf(Rows.str(t, "efa_typ")),
                lead == null ? null : new OrganisationKurz(lead, Rows.str(t, "lo_name"), OrganisationTyp.valueOf(Rows.str(t, "lo_typ"))),
                (int) Rows.number(t, "team"), (int) Rows.number(t, "leistungen"), Rows.bool(t, "beispiel"),
                Rows.timestamp(t.get("geaendert_am")));
    }

    static Set<String> ids(List<String> list) {
        return list == null ? Set.of() : new LinkedHashSet<>(list);
    }
}
