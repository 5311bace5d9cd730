package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.basiskomponente.BasiskomponenteEntity;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.koordination.GremiumEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/**
 * Workshops, Gremien decisions and solutions of a project. They belong to the project aggregate: each write
 * checks the project's If-Match and moves its version.
 */
@ApplicationScoped
public class ProjektTeileService {

    private final ProjektService projekte;
    private final ProjektMapper mapper;
    private final ProjektZugriff zugriff;

    public ProjektTeileService(ProjektService projekte, ProjektMapper mapper, ProjektZugriff zugriff) {
        this.projekte = projekte;
        this.mapper = mapper;
        this.zugriff = zugriff;
    }

    // --- workshops -----------------------------------------------------------------------------------------

    /** Records a workshop; whoever declared to join becomes INTERESSIERT or MITWIRKEND in the same step. */
    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> addWorkshop(
            String projektId, ProjektEingaben.WorkshopEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        WorkshopEntity w = new WorkshopEntity();
        w.projekt = p;
        fill(w, e);
        p.workshops.add(w);
        beitreten(p, e.beitritte());
        return projekte.saved(p, before, "Workshop „" + w.titel + "“ zu „" + p.titel + "“ erfasst");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> updateWorkshop(
            String projektId, long workshopId, ProjektEingaben.WorkshopEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        WorkshopEntity w = p.workshops.stream()
                .filter(x -> x.id == workshopId)
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("Einen Workshop " + workshopId + " hat dieses Projekt nicht."));
        fill(w, e);
        beitreten(p, e.beitritte());
        return projekte.saved(p, before, "Workshop „" + w.titel + "“ zu „" + p.titel + "“ geändert");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> deleteWorkshop(String projektId, long workshopId, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        WorkshopEntity w = p.workshops.stream()
                .filter(x -> x.id == workshopId)
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("Einen Workshop " + workshopId + " hat dieses Projekt nicht."));
        if (p.workshops.size() == 1 && p.phase.isProcessPhase() && p.phase.ordinal() >= Phase.GREMIEN.ordinal()) {
            throw new RuleViolationException(
                    Phasenregeln.WORKSHOP,
                    "Das Projekt ist schon in der Phase " + p.phase
                            + "; sein einziger Workshop bleibt als Nachweis erhalten.");
        }
        p.workshops.remove(w);
        return projekte.saved(p, before, "Workshop „" + w.titel + "“ aus „" + p.titel + "“ entfernt");
    }

    private void fill(WorkshopEntity w, ProjektEingaben.WorkshopEingabe e) {
        if (e.datum().isAfter(LocalDate.now().plusYears(2))) {
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam("datum", "body", "Liegt mehr als zwei Jahre in der Zukunft.")));
        }
        List<Problem.InvalidParam> errors = new ArrayList<>();
        TreeSet<String> teilnehmende = new TreeSet<>();
        List<String> liste = e.teilnehmende() == null ? List.of() : e.teilnehmende();
        for (int i = 0; i < liste.size(); i++) {
            if (OrganisationEntity.findById(liste.get(i)) == null) {
                errors.add(new Problem.InvalidParam(
                        "teilnehmende[" + i + "]", "body", "Eine Organisation „" + liste.get(i) + "“ gibt es nicht."));
            }
            teilnehmende.add(liste.get(i));
        }
        Map<String, Enums.BeitrittsRolle> beitritte = new LinkedHashMap<>();
        List<ProjektEingaben.BeitrittEingabe> b = e.beitritte() == null ? List.of() : e.beitritte();
        for (int i = 0; i < b.size(); i++) {
            if (OrganisationEntity.findById(b.get(i).organisationId()) == null) {
                errors.add(new Problem.InvalidParam(
                        "beitritte[" + i + "].organisationId",
                        "body",
                        "Eine Organisation „" + b.get(i).organisationId() + "“ gibt es nicht."));
            }
            beitritte.put(b.get(i).organisationId(), b.get(i).rolle());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        w.datum = e.datum();
        w.format = e.format();
        w.titel = e.titel().trim();
        w.prioritaeten = Rows.blankToNull(e.prioritaeten());
        w.buendelung = Rows.blankToNull(e.buendelung());
        w.weitereErgebnisse = Rows.blankToNull(e.weitereErgebnisse());
        w.teilnehmende.clear();
        w.teilnehmende.addAll(teilnehmende);
        w.beitritte.clear();
        w.beitritte.putAll(beitritte);
    }

    /** A join never demotes: a lead or pilot stays what it is; an interested party may become contributing. */
    private static void beitreten(ProjektEntity p, List<ProjektEingaben.BeitrittEingabe> beitritte) {
        for (ProjektEingaben.BeitrittEingabe b :
                beitritte == null ? List.<ProjektEingaben.BeitrittEingabe>of() : beitritte) {
            Enums.TeilnahmeRolle rolle = b.rolle() == Enums.BeitrittsRolle.MITWIRKEND
                    ? Enums.TeilnahmeRolle.MITWIRKEND
                    : Enums.TeilnahmeRolle.INTERESSIERT;
            TeilnahmeEntity t = p.teilnahmen.stream()
                    .filter(x -> x.organisation.id.equals(b.organisationId()))
                    .findFirst()
                    .orElse(null);
            if (t == null) {
                t = new TeilnahmeEntity();
                t.projekt = p;
                t.organisation = OrganisationEntity.findById(b.organisationId());
                t.rolle = rolle;
                t.seit = LocalDate.now();
                p.teilnahmen.add(t);
            } else if ((t.rolle == Enums.TeilnahmeRolle.INTERESSIERT || t.rolle == Enums.TeilnahmeRolle.NACHNUTZER)
                    && rolle == Enums.TeilnahmeRolle.MITWIRKEND) {
                t.rolle = rolle;
            }
        }
    }

    // --- decisions -----------------------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> addEntscheidung(
            String projektId, ProjektEingaben.EntscheidungEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        EntscheidungEntity x = new EntscheidungEntity();
        x.projekt = p;
        fill(x, e);
        p.entscheidungen.add(x);
        return projekte.saved(
                p, before, "Entscheidung von „" + x.gremium.name + "“ zu „" + p.titel + "“: " + x.ergebnis);
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> updateEntscheidung(
            String projektId, long id, ProjektEingaben.EntscheidungEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        EntscheidungEntity x = entscheidung(p, id);
        boolean trug = traegtUmsetzung(p, x);
        fill(x, e);
        if (trug
                && (x.ergebnis != Enums.Ergebnis.ZUGESTIMMT
                        || umsetzungsWechsel(p).stream().anyMatch(w -> x.datum.isAfter(w.datum)))) {
            throw new RuleViolationException(
                    Phasenregeln.BESCHLUSS,
                    "Auf dieser Zustimmung beruht der Wechsel in die Umsetzung; "
                            + "sie kann nicht zur Ablehnung oder auf ein späteres Datum geändert werden.");
        }
        return projekte.saved(p, before, "Entscheidung von „" + x.gremium.name + "“ zu „" + p.titel + "“ geändert");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> deleteEntscheidung(String projektId, long id, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        EntscheidungEntity x = entscheidung(p, id);
        if (traegtUmsetzung(p, x)) {
            throw new RuleViolationException(
                    Phasenregeln.BESCHLUSS,
                    "Auf dieser Zustimmung beruht der Wechsel in die Umsetzung; "
                            + "sie bleibt als Nachweis erhalten.");
        }
        p.entscheidungen.remove(x);
        return projekte.saved(p, before, "Entscheidung zu „" + p.titel + "“ entfernt");
    }

    private static List<PhasenwechselEntity> umsetzungsWechsel(ProjektEntity p) {
        return p.phasenwechsel.stream()
                .filter(w -> w.nach == Phase.UMSETZUNG && w.von == Phase.GREMIEN)
                .toList();
    }

    private static boolean traegtUmsetzung(ProjektEntity p, EntscheidungEntity e) {
        return p.phasenwechsel.stream().anyMatch(w -> w.entscheidung != null && w.entscheidung.id.equals(e.id));
    }

    private static void fill(EntscheidungEntity x, ProjektEingaben.EntscheidungEingabe e) {
        GremiumEntity g = GremiumEntity.findById(e.gremiumId());
        if (g == null) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                    "gremiumId", "body", "Ein Gremium „" + e.gremiumId() + "“ gibt es nicht.")));
        }
        if (e.datum().isAfter(LocalDate.now())) {
            throw new InvalidParameterException(List.of(
                    new Problem.InvalidParam("datum", "body", "Eine Entscheidung liegt nicht in der Zukunft.")));
        }
        x.gremium = g;
        x.datum = e.datum();
        x.ergebnis = e.ergebnis();
        x.referenz = Rows.blankToNull(e.referenz());
        x.bemerkung = Rows.blankToNull(e.bemerkung());
    }

    private static EntscheidungEntity entscheidung(ProjektEntity p, long id) {
        return p.entscheidungen.stream()
                .filter(x -> x.id == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Eine Entscheidung " + id + " hat dieses Projekt nicht."));
    }

    // --- solutions and their reuse ------------------------------------------------------------------------

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> addLoesung(
            String projektId, ProjektEingaben.LoesungEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        LoesungEntity l = new LoesungEntity();
        l.projekt = p;
        fill(l, e);
        p.loesungen.add(l);
        return projekte.saved(p, before, "Lösung „" + l.name + "“ zu „" + p.titel + "“ erfasst");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> updateLoesung(
            String projektId, long id, ProjektEingaben.LoesungEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        LoesungEntity l = loesung(p, id);
        fill(l, e);
        return projekte.saved(p, before, "Lösung „" + l.name + "“ zu „" + p.titel + "“ geändert");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> deleteLoesung(String projektId, long id, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        LoesungEntity l = loesung(p, id);
        p.loesungen.remove(l);
        return projekte.saved(p, before, "Lösung „" + l.name + "“ aus „" + p.titel + "“ entfernt");
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> setNachnutzungen(
            String projektId, long id, ProjektEingaben.NachnutzungenEingabe e, String ifMatch) {
        ProjektEntity p = bearbeitbar(projektId, ifMatch);
        Map<String, Object> before = mapper.snapshot(p);
        LoesungEntity l = loesung(p, id);
        Map<String, LoesungEntity.NachnutzungEintrag> neu = new LinkedHashMap<>();
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (int i = 0; i < e.nachnutzungen().size(); i++) {
            ProjektEingaben.NachnutzungEingabe n = e.nachnutzungen().get(i);
            OrganisationEntity o = OrganisationEntity.findById(n.organisationId());
            if (o == null) {
                errors.add(new Problem.InvalidParam(
                        "nachnutzungen[" + i + "].organisationId",
                        "body",
                        "Eine Organisation „" + n.organisationId() + "“ gibt es nicht."));
                continue;
            }
            if (neu.containsKey(o.id)) {
                errors.add(new Problem.InvalidParam(
                        "nachnutzungen[" + i + "].organisationId", "body", "Jede Organisation nur einmal."));
            }
            LocalDate seit = n.seit() != null
                    ? n.seit()
                    : l.nachnutzungen.stream()
                            .filter(x -> x.organisationId.equals(o.id))
                            .map(x -> x.seit)
                            .findFirst()
                            .orElse(LocalDate.now());
            neu.put(o.id, new LoesungEntity.NachnutzungEintrag(o.id, n.status(), seit));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        l.nachnutzungen.clear();
        l.nachnutzungen.addAll(neu.values());
        return projekte.saved(p, before, "Nachnutzung von „" + l.name + "“ gepflegt");
    }

    /** One click for a Kommune's editor: our Kommune uses, plans or wants this solution. */
    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> eigeneNachnutzung(
            String projektId, long id, ProjektEingaben.EigeneNachnutzung e) {
        ProjektEntity p = ProjektAbfragen.find(projektId);
        OrganisationEntity kommune = zugriff.eigeneKommune();
        Map<String, Object> before = mapper.snapshot(p);
        LoesungEntity l = loesung(p, id);
        LoesungEntity.NachnutzungEintrag vorhanden = l.nachnutzungen.stream()
                .filter(n -> n.organisationId.equals(kommune.id))
                .findFirst()
                .orElse(null);
        if (vorhanden == null) {
            l.nachnutzungen.add(new LoesungEntity.NachnutzungEintrag(kommune.id, e.status(), LocalDate.now()));
        } else if (vorhanden.status == e.status()) {
            return Versioned.of(mapper.detail(p), p.version);
        } else {
            vorhanden.status = e.status();
        }
        return projekte.saved(p, before, "„" + kommune.name + "“: Nachnutzung von „" + l.name + "“ " + e.status());
    }

    private static void fill(LoesungEntity l, ProjektEingaben.LoesungEingabe e) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        OrganisationEntity anbieter = null;
        if (e.anbieterOrganisationId() != null && !e.anbieterOrganisationId().isBlank()) {
            anbieter = OrganisationEntity.findById(e.anbieterOrganisationId());
            if (anbieter == null) {
                errors.add(new Problem.InvalidParam(
                        "anbieterOrganisationId",
                        "body",
                        "Eine Organisation „" + e.anbieterOrganisationId() + "“ gibt es nicht."));
            }
        }
        Enums.ReifegradModell modell =
                Enums.ReifegradModell.of(e.reifegradModell() == null ? "1.1" : e.reifegradModell());
        if (e.reifegrad() != null && e.reifegrad() > modell.max) {
            errors.add(new Problem.InvalidParam(
                    "reifegrad",
                    "body",
                    "Im Reifegradmodell " + modell.code + " reichen die Stufen von 0 bis " + modell.max + "."));
        }
        TreeSet<String> bk = new TreeSet<>();
        List<String> liste = e.basiskomponenten() == null ? List.of() : e.basiskomponenten();
        for (int i = 0; i < liste.size(); i++) {
            if (BasiskomponenteEntity.findById(liste.get(i)) == null) {
                errors.add(new Problem.InvalidParam(
                        "basiskomponenten[" + i + "]",
                        "body",
                        "Eine Basiskomponente „" + liste.get(i) + "“ gibt es nicht."));
            }
            bk.add(liste.get(i));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        l.name = e.name().trim();
        l.anbieter = anbieter;
        l.url = Rows.blankToNull(e.url());
        l.reifegrad = e.reifegrad();
        l.reifegradModell = modell.code;
        l.basiskomponenten.clear();
        l.basiskomponenten.addAll(bk);
        l.beschreibung = Rows.blankToNull(e.beschreibung());
    }

    private static LoesungEntity loesung(ProjektEntity p, long id) {
        return p.loesungen.stream()
                .filter(x -> x.id == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Eine Lösung " + id + " hat dieses Projekt nicht."));
    }

    private ProjektEntity bearbeitbar(String projektId, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(projektId);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        return p;
    }
}
