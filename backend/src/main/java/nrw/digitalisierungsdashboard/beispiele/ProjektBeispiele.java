package nrw.digitalisierungsdashboard.beispiele;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.koordination.GremiumEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.projekt.EntscheidungEntity;
import nrw.digitalisierungsdashboard.projekt.Enums;
import nrw.digitalisierungsdashboard.projekt.LoesungEntity;
import nrw.digitalisierungsdashboard.projekt.Phase;
import nrw.digitalisierungsdashboard.projekt.PhasenwechselEntity;
import nrw.digitalisierungsdashboard.projekt.ProjektEntity;
import nrw.digitalisierungsdashboard.projekt.TeilnahmeEntity;
import nrw.digitalisierungsdashboard.projekt.WorkshopEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Example projects across all 14 Themenfelder and every phase, so a fresh dashboard shows how the process works.
 * They are flagged beispiel = true, titled "Beispiel: …", and the UI banners them; with DASHBOARD_DEMO_DATA=false
 * they are left out and any earlier ones are removed. Deterministic: the same start always builds the same set.
 */
@ApplicationScoped
public class ProjektBeispiele {

    private static final Logger LOG = Logger.getLogger(ProjektBeispiele.class);

    /** Phase path of the examples: every phase twice, plus projects that went back and that stopped. */
    private static final Phase[] ZIELE = {
        Phase.SICHTUNG,
        Phase.WORKSHOP,
        Phase.GREMIEN,
        Phase.UMSETZUNG,
        Phase.PILOTIERUNG,
        Phase.ROLLOUT,
        Phase.BETRIEB,
        Phase.EINGESTELLT,
        Phase.SICHTUNG,
        Phase.WORKSHOP,
        Phase.GREMIEN,
        Phase.UMSETZUNG,
        Phase.PILOTIERUNG,
        Phase.ROLLOUT,
        Phase.BETRIEB,
        Phase.EINGESTELLT,
        Phase.UMSETZUNG,
        Phase.BETRIEB,
        Phase.GREMIEN,
        Phase.WORKSHOP,
        Phase.ROLLOUT
    };

    private static final String[] IT_DIENSTLEISTER = {
        "civitec",
        "itk-rheinland",
        "krzn",
        "gkd-paderborn",
        "regio-it-gmbh",
        "suedwestfalen-it",
        "kdvz-rhein-erft-rur",
        "krz-minden-ravensberg-lippe",
        "gkd-recklinghausen",
        "kaaw"
    };

    private final EntityManager em;
    private final AuditService audit;
    private final boolean enabled;

    public ProjektBeispiele(
            EntityManager em, AuditService audit, @ConfigProperty(name = "dashboard.demo-data") boolean enabled) {
        this.em = em;
        this.audit = audit;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(enabled ? this::anlegen : this::entfernen);
    }

    void entfernen() {
        List<ProjektEntity> beispiele = ProjektEntity.list("beispiel", true);
        if (beispiele.isEmpty()) {
            return;
        }
        beispiele.forEach(ProjektEntity::delete);
        em.flush();
        audit.record(
                "BEISPIELDATEN",
                "projekte",
                Aktion.GELOESCHT,
                Map.of("anzahl", beispiele.size()),
                null,
                true,
                beispiele.size() + " Beispielprojekte entfernt (DASHBOARD_DEMO_DATA=false)");
        LOG.infof("%d Beispielprojekte entfernt", beispiele.size());
    }

    void anlegen() {
        if (ProjektEntity.count("beispiel", true) > 0) {
            return;
        }
        List<ThemenfeldEntity> themenfelder = ThemenfeldEntity.list("order by id");
        List<String> team = teamKommunen();
        LocalDate heute = LocalDate.now();
        for (int i = 0; i < ZIELE.length; i++) {
            ThemenfeldEntity tf = themenfelder.get(i % themenfelder.size());
            List<Object[]> leistungen = leistungen(tf.id, i);
            if (leistungen.isEmpty()) {
                continue;
            }
            anlegen(i, tf, leistungen, ZIELE[i], team, heute);
        }
        em.flush();
        audit.record(
                "BEISPIELDATEN",
                "projekte",
                Aktion.ERSTELLT,
                null,
                Map.of("anzahl", ProjektEntity.count("beispiel", true)),
                true,
                "Beispielprojekte angelegt (keine echten Angaben; abschaltbar mit DASHBOARD_DEMO_DATA=false)");
        LOG.infof("%d Beispielprojekte angelegt", ProjektEntity.count("beispiel", true));
    }

    private void anlegen(
            int i,
            ThemenfeldEntity tf,
            List<Object[]> leistungen,
            Phase ziel,
            List<String> teamKommunen,
            LocalDate heute) {
        String name = (String) leistungen.get(0)[1];
        OffsetDateTime jetzt = OffsetDateTime.now(ZoneOffset.UTC);
        ProjektEntity p = new ProjektEntity();
        p.titel = "Beispiel: " + name + " digital";
        p.zusammenfassung =
                "Beispielprojekt – keine echte Angabe. Es zeigt, wie ein gemeinsames Umsetzungsprojekt der Kommunen "
                        + "für die OZG-Leistung „" + name
                        + "“ im Dashboard erscheint: Sichtung, Workshop, Gremien, Umsetzung.";
        p.themenfeld = tf;
        p.status = Enums.ProjektStatus.AKTIV;
        p.efaTyp = Enums.EfaTyp.values()[i % Enums.EfaTyp.values().length];
        p.beispiel = true;
        p.erstelltAm = jetzt;
        p.geaendertAm = jetzt;
        leistungen.forEach(l -> p.leistungen.add(((Number) l[0]).intValue()));
        p.basiskomponenten.put("servicekonto-nrw", Enums.Verbindlichkeit.ERFORDERLICH);
        p.basiskomponenten.put(i % 2 == 0 ? "epaybl" : "pmpayment", Enums.Verbindlichkeit.OPTIONAL);
        p.basiskomponenten.put("fit-connect", Enums.Verbindlichkeit.ERFORDERLICH);
        boolean repraesentativ = i % 3 != 2;
        if (!repraesentativ) {
            p.begruendungRepraesentativitaet =
                    "Beispiel: Kleine Gemeinden werden nach der Pilotierung über die Kreise einbezogen.";
        }
        LocalDate datum = heute.minusDays(30L * (ziel.isProcessPhase() ? ziel.ordinal() + 2 : 4) + i);
        p.beginn = datum;
        p.phase = ziel;
        if (ziel == Phase.EINGESTELLT) {
            p.status = Enums.ProjektStatus.EINGESTELLT;
        } else if (ziel == Phase.BETRIEB && i % 2 == 0) {
            p.status = Enums.ProjektStatus.ABGESCHLOSSEN;
        }
        p.persist();

        teilnahme(p, IT_DIENSTLEISTER[i % IT_DIENSTLEISTER.length], Enums.TeilnahmeRolle.FEDERFUEHREND, datum);
        List<String> kommunen = repraesentativ ? teamKommunen : teamKommunen.subList(0, 2);
        for (int k = 0; k < kommunen.size(); k++) {
            teilnahme(
                    p,
                    kommunen.get((k + i) % kommunen.size()),
                    k == 0 ? Enums.TeilnahmeRolle.PILOT : Enums.TeilnahmeRolle.MITWIRKEND,
                    datum);
        }
        teilnahme(p, "d-nrw", Enums.TeilnahmeRolle.INTERESSIERT, datum);

        Phase bis = ziel == Phase.EINGESTELLT ? Phase.WORKSHOP : ziel;
        wechsel(p, null, Phase.SICHTUNG, datum, null, null);
        Phase aktuell = Phase.SICHTUNG;
        EntscheidungEntity zustimmung = null;
        while (aktuell.ordinal() < bis.ordinal()) {
            Phase naechste = aktuell.next();
            datum = datum.plusDays(30);
            if (naechste == Phase.GREMIEN) {
                workshop(p, datum.minusDays(10), kommunen);
                if (i == 10) {
                    // one example went back once: the workshop had to be repeated
                    wechsel(p, aktuell, naechste, datum.minusDays(5), null, null);
                    wechsel(
                            p,
                            naechste,
                            aktuell,
                            datum.minusDays(3),
                            "Beispiel: Im Gremium fehlte noch eine Kostenschätzung; " + "der Workshop wird ergänzt.",
                            null);
                }
            }
            if (naechste == Phase.UMSETZUNG) {
                entscheidung(p, "gremien-stgb-nrw", datum.minusDays(20), Enums.Ergebnis.VERTAGT);
                zustimmung = entscheidung(p, "it-kooperationsrat-nrw", datum.minusDays(2), Enums.Ergebnis.ZUGESTIMMT);
            }
            wechsel(p, aktuell, naechste, datum, null, naechste == Phase.UMSETZUNG ? zustimmung : null);
            aktuell = naechste;
        }
        if (ziel == Phase.GREMIEN) {
            entscheidung(
                    p,
                    "ag-technik",
                    datum.plusDays(1).isAfter(heute) ? heute : datum.plusDays(1),
                    Enums.Ergebnis.VERTAGT);
        }
        if (ziel == Phase.EINGESTELLT) {
            wechsel(
                    p,
                    aktuell,
                    Phase.EINGESTELLT,
                    datum.plusDays(20),
                    "Beispiel: Eine Einer-für-Alle-Lösung eines anderen Landes "
                            + "wird nachgenutzt; ein eigenes Projekt ist nicht mehr nötig.",
                    null);
        }
        if (ziel.isProcessPhase() && ziel.ordinal() >= Phase.PILOTIERUNG.ordinal()) {
            loesung(p, name, i, kommunen, heute);
        }
    }

    private void teilnahme(ProjektEntity p, String organisationId, Enums.TeilnahmeRolle rolle, LocalDate seit) {
        if (p.teilnahmen.stream().anyMatch(t -> t.organisation.id.equals(organisationId))) {
            return;
        }
        OrganisationEntity o = OrganisationEntity.findById(organisationId);
        if (o == null) {
            return;
        }
        TeilnahmeEntity t = new TeilnahmeEntity();
        t.projekt = p;
        t.organisation = o;
        t.rolle = rolle;
        t.seit = seit;
        p.teilnahmen.add(t);
    }

    private static void wechsel(
            ProjektEntity p, Phase von, Phase nach, LocalDate datum, String begruendung, EntscheidungEntity e) {
        PhasenwechselEntity w = new PhasenwechselEntity();
        w.projekt = p;
        w.von = von;
        w.nach = nach;
        w.datum = datum.isAfter(LocalDate.now()) ? LocalDate.now() : datum;
        w.begruendung = begruendung;
        w.entscheidung = e;
        w.erfasstAm = OffsetDateTime.now(ZoneOffset.UTC);
        p.phasenwechsel.add(w);
    }

    private void workshop(ProjektEntity p, LocalDate datum, List<String> kommunen) {
        WorkshopEntity w = new WorkshopEntity();
        w.projekt = p;
        w.datum = datum;
        w.format = Enums.WorkshopFormat.values()[(int) (datum.toEpochDay() % 3)];
        w.titel = "Beispiel-Workshop: Umsetzungsvariante";
        w.prioritaeten =
                "Beispiel: zuerst der Online-Antrag mit Servicekonto.NRW, danach die Anbindung der Fachverfahren.";
        w.buendelung = "Beispiel: gemeinsam mit verwandten Leistungen desselben Themenfelds umsetzen.";
        w.teilnehmende.addAll(kommunen);
        w.teilnehmende.add("kdn");
        w.beitritte.put("kdn", Enums.BeitrittsRolle.INTERESSIERT);
        p.workshops.add(w);
        teilnahme(p, "kdn", Enums.TeilnahmeRolle.INTERESSIERT, datum);
    }

    private static EntscheidungEntity entscheidung(
            ProjektEntity p, String gremium, LocalDate datum, Enums.Ergebnis ergebnis) {
        EntscheidungEntity e = new EntscheidungEntity();
        e.projekt = p;
        e.gremium = GremiumEntity.findById(gremium);
        e.datum = datum.isAfter(LocalDate.now()) ? LocalDate.now() : datum;
        e.ergebnis = ergebnis;
        e.referenz = "Beispiel";
        e.bemerkung = ergebnis == Enums.Ergebnis.VERTAGT ? "Beispiel: Rückfragen zur Finanzierung." : null;
        p.entscheidungen.add(e);
        return e;
    }

    private static void loesung(ProjektEntity p, String name, int i, List<String> kommunen, LocalDate heute) {
        LoesungEntity l = new LoesungEntity();
        l.projekt = p;
        l.name = "Beispiel-Onlinedienst „" + name + "“";
        l.anbieter = OrganisationEntity.findById(IT_DIENSTLEISTER[i % IT_DIENSTLEISTER.length]);
        l.reifegrad = 2 + i % 3;
        l.reifegradModell = "1.1";
        l.beschreibung = "Beispiel – keine echte Angabe.";
        l.basiskomponenten.add("servicekonto-nrw");
        l.basiskomponenten.add("fit-connect");
        for (int k = 0; k < kommunen.size(); k++) {
            l.nachnutzungen.add(new LoesungEntity.NachnutzungEintrag(
                    kommunen.get(k),
                    k % 3 == 2 ? Enums.NachnutzungStatus.INTERESSIERT : Enums.NachnutzungStatus.NUTZT,
                    heute.minusDays(10L * k)));
        }
        p.loesungen.add(l);
    }

    /** One Kommune of each type and Größenklasse, chosen reproducibly, so most examples have representative teams. */
    @SuppressWarnings("unchecked")
    private List<String> teamKommunen() {
        List<String> result = new ArrayList<>();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (typ, coalesce(groessenklasse, '')) ags, typ FROM kommune
                ORDER BY typ, coalesce(groessenklasse, ''), einwohner DESC, ags""").getResultList();
        for (Object[] r : rows) {
            result.add("kommune-" + r[0]);
        }
        return result;
    }

    /** Up to three Leistungen of the Themenfeld that Kommunen execute (Typisierung 3, 2/3, 4 or 5). */
    @SuppressWarnings("unchecked")
    private List<Object[]> leistungen(int themenfeldId, int offset) {
        return em.createNativeQuery("""
                        SELECT ozg_id, name FROM leistung
                        WHERE themenfeld_id = :tf AND typisierungen && ARRAY['3','2/3','4','5']::text[]
                        ORDER BY ozg_id OFFSET :offset LIMIT 3""")
                .setParameter("tf", themenfeldId)
                .setParameter("offset", (offset / 14) * 3)
                .getResultList();
    }
}
