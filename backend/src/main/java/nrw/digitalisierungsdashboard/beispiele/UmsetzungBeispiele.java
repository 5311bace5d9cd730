package nrw.digitalisierungsdashboard.beispiele;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.statistik.TagesstandService;
import nrw.digitalisierungsdashboard.umsetzung.Kennzahlenpflege;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Example Umsetzungsstand and Basiskomponenten-Anschlüsse for every Kommune in NRW, so a fresh dashboard shows a living
 * map. Flagged beispiel = true (quelle BEISPIEL, URLs under the reserved domain beispiel.example), bannered by the API
 * (beispieldaten: true) and removed with DASHBOARD_DEMO_DATA=false. Deterministic: the spread comes from hashes of
 * AGS and OZG-ID, so every start builds the same figures. A week of example history is written by replaying the
 * example rows' online dates day by day through the same daily job.
 */
@ApplicationScoped
public class UmsetzungBeispiele {

    private static final Logger LOG = Logger.getLogger(UmsetzungBeispiele.class);
    static final int HISTORIE_TAGE = 7;

    private final EntityManager em;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final TagesstandService tagesstand;
    private final boolean enabled;

    public UmsetzungBeispiele(
            EntityManager em,
            AuditService audit,
            Kennzahlenpflege kennzahlen,
            TagesstandService tagesstand,
            @ConfigProperty(name = "dashboard.demo-umsetzungsstand") boolean enabled) {
        this.em = em;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.tagesstand = tagesstand;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(3100) StartupEvent event) {
        QuarkusTransaction.requiringNew().timeout(600).run(enabled ? this::anlegen : this::entfernen);
    }

    void entfernen() {
        int ist = em.createNativeQuery("DELETE FROM umsetzungsstand WHERE beispiel")
                .executeUpdate();
        int bk = em.createNativeQuery("DELETE FROM basiskomponente_anschluss WHERE beispiel")
                .executeUpdate();
        em.createNativeQuery("DELETE FROM umsetzungsstand_wechsel WHERE beispiel")
                .executeUpdate();
        int tage =
                em.createNativeQuery("DELETE FROM statistik_tag WHERE beispiel").executeUpdate();
        if (ist + bk + tage == 0) {
            return;
        }
        kennzahlen.alle();
        audit.record(
                "BEISPIELDATEN",
                "umsetzungsstand",
                Aktion.GELOESCHT,
                Map.of("umsetzungsstand", ist, "anschluesse", bk, "tagesstaende", tage),
                null,
                true,
                "Beispielzahlen zum Umsetzungsstand entfernt (DASHBOARD_DEMO_DATA=false)");
        LOG.infof("Beispielzahlen entfernt: %d Umsetzungsstände, %d Anschlüsse, %d Tagesstände", ist, bk, tage);
    }

    void anlegen() {
        anlegen(null);
    }

    /**
     * @param kreise only the Kommunen of these Kreise (Kreisschlüssel; a kreisfreie Stadt is its own Kreis), or null
     *               for all of NRW; a part builds in seconds, so a test can make and remove its own example figures
     */
    void anlegen(List<String> kreise) {
        if (!em.createNativeQuery("SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1")
                .getResultList()
                .isEmpty()) {
            return;
        }
        String bereich = kreise == null ? null : NativeSql.textArray(kreise.toArray(String[]::new));
        @SuppressWarnings("unchecked")
        List<String> kommunen = kreise == null
                ? null
                : em.createNativeQuery("SELECT ags FROM kommune WHERE kreis_schluessel = ANY (CAST(:kreise AS text[]))")
                        .setParameter("kreise", bereich)
                        .getResultList();
        LocalDate heute = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = heute.minusDays(HISTORIE_TAGE);
        // h in [0, 1) per Kommune × Leistung; fortschritt per Kommune grows with size (bigger administrations are
        // further)
        int ist = em.createNativeQuery("""
                        WITH basis AS (
                            SELECT k.ags, z.ozg_id,
                                   ((hashtext(k.ags || ':' || z.ozg_id) & 2147483647) % 10000) / 10000.0 AS h,
                                   ((hashtext('rg:' || k.ags || ':' || z.ozg_id) & 2147483647) % 100) AS hr,
                                   ((hashtext('tag:' || k.ags || ':' || z.ozg_id) & 2147483647) % 400) AS tage,
                                   least(0.85, 0.12 + 0.06 * ln(greatest(k.einwohner, 1000) / 1000.0)
                                       + ((hashtext('k:' || k.ags) & 2147483647) % 100) / 500.0) AS fortschritt
                            FROM kommune k JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig
                            WHERE CAST(:kreise AS text[]) IS NULL OR k.kreis_schluessel = ANY (CAST(:kreise AS text[])))
                        INSERT INTO umsetzungsstand (kommune_ags, ozg_id, status, reifegrad, reifegradmodell, url, online_seit,
                            quelle, quelle_name, aktualisiert_am, version, beispiel)
                        SELECT ags, ozg_id, s.status,
                               CASE WHEN s.status = 'ONLINE' THEN (CASE WHEN hr < 8 THEN 1 WHEN hr < 38 THEN 2 WHEN hr < 82 THEN 3 ELSE 4 END)
                                    WHEN s.status = 'IN_UMSETZUNG' THEN 1 END,
                               '1.1',
                               CASE WHEN s.status = 'ONLINE' THEN 'https://beispiel.example/' || ags || '/' || ozg_id END,
                               CASE WHEN s.status = 'ONLINE' THEN CAST(:heute AS date) - tage::integer END,
                               'BEISPIEL', 'Beispieldaten', now(), 0, true
                        FROM basis, LATERAL (SELECT CASE WHEN h < fortschritt THEN 'ONLINE'
                                                         WHEN h < fortschritt + 0.12 THEN 'IN_UMSETZUNG'
                                                         WHEN h < fortschritt + 0.25 THEN 'IN_PLANUNG'
                                                         WHEN h < fortschritt + 0.45 THEN 'NICHT_BEGONNEN' END AS status) s
                        WHERE s.status IS NOT NULL
                        ON CONFLICT (kommune_ags, ozg_id) DO NOTHING""")
                .setParameter("heute", heute)
                .setParameter("kreise", bereich)
                .executeUpdate();
        int bk = em.createNativeQuery("""
                        INSERT INTO basiskomponente_anschluss (kommune_ags, basiskomponente_id, status, geplant_ab, quelle_name,
                            aktualisiert_am, version, beispiel)
                        SELECT k.ags, b.id, s.status,
                               CASE WHEN s.status = 'GEPLANT' THEN CAST(:heute AS date) + 30 + (h % 300) END,
                               'Beispieldaten', now(), 0, true
                        FROM kommune k CROSS JOIN basiskomponente b,
                             LATERAL (SELECT (hashtext('bk:' || k.ags || ':' || b.id) & 2147483647) % 1000 AS h) x,
                             LATERAL (SELECT CASE WHEN h < 550 THEN 'ANGESCHLOSSEN' WHEN h < 700 THEN 'GEPLANT'
                                                  ELSE 'NICHT_ANGESCHLOSSEN' END AS status) s
                        WHERE CAST(:kreise AS text[]) IS NULL OR k.kreis_schluessel = ANY (CAST(:kreise AS text[]))
                        ON CONFLICT (kommune_ags, basiskomponente_id) DO NOTHING""")
                .setParameter("heute", heute)
                .setParameter("kreise", bereich)
                .executeUpdate();
        // the last week's Online-Gänge as changes, so "neu online seit" has something exact to count
        em.createNativeQuery("""
                        INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher, beispiel)
                        SELECT kommune_ags, ozg_id, online_seit::timestamp AT TIME ZONE 'UTC', -1, coalesce(reifegrad, 0), true
                        FROM umsetzungsstand WHERE beispiel AND online_seit > :start""").setParameter("start", start).executeUpdate();
        // fresh statistics, or the planner guesses the joins of the refresh over 170 000 new rows badly
        em.createNativeQuery("ANALYZE umsetzungsstand").executeUpdate();
        em.createNativeQuery("ANALYZE basiskomponente_anschluss").executeUpdate();
        // replay: hide what went online later, write each past day, then show the next day's
        em.createNativeQuery(
                        "UPDATE umsetzungsstand SET status = 'IN_UMSETZUNG' WHERE beispiel AND online_seit > :start")
                .setParameter("start", start)
                .executeUpdate();
        for (LocalDate d = start; d.isBefore(heute); d = d.plusDays(1)) {
            if (d.isAfter(start)) {
                em.createNativeQuery("UPDATE umsetzungsstand SET status = 'ONLINE' WHERE beispiel AND online_seit = :d")
                        .setParameter("d", d)
                        .executeUpdate();
            }
            kennzahlenNachfuehren(kommunen);
            tagesstand.schreibe(d);
        }
        em.createNativeQuery(
                        "UPDATE umsetzungsstand SET status = 'ONLINE' WHERE beispiel AND online_seit >= :heute AND url IS NOT NULL")
                .setParameter("heute", heute)
                .executeUpdate();
        kennzahlenNachfuehren(kommunen);
        tagesstand.schreibe(heute);
        audit.record(
                "BEISPIELDATEN",
                "umsetzungsstand",
                Aktion.ERSTELLT,
                null,
                Map.of("umsetzungsstand", ist, "anschluesse", bk, "tagesstaende", HISTORIE_TAGE),
                true,
                "Beispielzahlen zum Umsetzungsstand angelegt (keine echten Angaben; abschaltbar "
                        + "mit DASHBOARD_DEMO_DATA=false)");
        LOG.infof(
                "Beispielzahlen angelegt: %d Umsetzungsstände, %d Anschlüsse, %d Tage Verlauf", ist, bk, HISTORIE_TAGE);
    }

    private void kennzahlenNachfuehren(List<String> kommunen) {
        if (kommunen == null) {
            kennzahlen.alle();
        } else {
            kennzahlen.kommunen(kommunen);
        }
    }
}
