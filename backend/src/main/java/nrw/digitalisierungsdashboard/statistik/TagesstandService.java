package nrw.digitalisierungsdashboard.statistik;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.StartSperre;
import org.jboss.logging.Logger;

/**
 * The daily history: each day's figures per Kommune, Kreis, Regierungsbezirk, Land, Themenfeld and Größenklasse, read
 * from the pre-aggregated tables, with the counts of every Reifegrad threshold. Writing a day again replaces it, so a
 * second run on the same day changes nothing.
 */
@ApplicationScoped
public class TagesstandService {

    private static final Logger LOG = Logger.getLogger(TagesstandService.class);

    private final EntityManager em;
    private final AuditService audit;
    private final StartSperre start;

    public TagesstandService(EntityManager em, AuditService audit, StartSperre start) {
        this.em = em;
        this.audit = audit;
        this.start = start;
    }

    /** 00:30 UTC: the figures as they stood at the end of the previous day are today's first state. */
    @Scheduled(
            cron = "{dashboard.tagesstand.cron:0 30 0 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void taeglich() {
        LocalDate heute = LocalDate.now(ZoneOffset.UTC);
        if (!start.fertig()) {
            LOG.infof("Tagesstand %s: dieses Replikat startet noch; ein gestartetes schreibt ihn", heute);
            return;
        }
        einmal(heute)
                .ifPresentOrElse(
                        t -> LOG.infof("Tagesstand %s geschrieben: %d Zeilen", t.datum(), t.zeilen()),
                        () -> LOG.infof("Tagesstand %s schreibt ein anderes Replikat oder er ist schon da", heute));
    }

    /**
     * The scheduled run, which every replica starts: the first one takes the day's lock and writes the day; a replica
     * that finds the lock taken, or the day already written once it gets the lock, writes nothing.
     */
    @Transactional
    public Optional<StatistikModelle.Tagesstand> einmal(LocalDate datum) {
        boolean frei = (Boolean) em.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtext('tagesstand'), hashtext(CAST(:d AS text)))")
                .setParameter("d", datum.toString())
                .getSingleResult();
        if (!frei
                || !em.createNativeQuery("SELECT 1 FROM statistik_tag WHERE datum = :d LIMIT 1")
                        .setParameter("d", datum)
                        .getResultList()
                        .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(schreibe(datum));
    }

    static String sum8(String col, String type) {
        return IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "sum(" + col + "[" + i + "])")
                .collect(Collectors.joining(", ", "ARRAY[", "]::" + type + "[]"));
    }

    static String einwohner8(String prefix) {
        return IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "sum(" + prefix + "einwohner * (" + prefix + "online_gemeinde[" + i + "] + coalesce("
                        + prefix + "online_kreis[" + i + "], 0)))")
                .collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]"));
    }

    static String count8(String condition) {
        return IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "count(*) FILTER (WHERE " + condition.replace("#", String.valueOf(i)) + ")")
                .collect(Collectors.joining(", ", "ARRAY[", "]::integer[]"));
    }

    @Transactional
    public StatistikModelle.Tagesstand schreibe(LocalDate datum) {
        // the same lock as the figures' refresh: a day is written from a consistent state, and never twice at once
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('umsetzung_kennzahlen'))")
                .getSingleResult();
        em.createNativeQuery("DELETE FROM statistik_tag WHERE datum = :d")
                .setParameter("d", datum)
                .executeUpdate();
        boolean beispiel = !em.createNativeQuery("SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1")
                .getResultList()
                .isEmpty();
        long zeilen = schreibe(datum, beispiel, "KOMMUNE", "k.ags", "1 = 1", false);
        zeilen += schreibe(datum, beispiel, "KREIS", "k.kreis_schluessel", "1 = 1", true);
        zeilen += schreibe(datum, beispiel, "REGIERUNGSBEZIRK", "k.regierungsbezirk_id", "1 = 1", true);
        zeilen += schreibe(datum, beispiel, "LAND", "'05'", "1 = 1", true);
        zeilen += schreibe(
                datum,
                beispiel,
                "GROESSENKLASSE",
                "k.groessenklasse",
                "k.groessenklasse IS NOT NULL AND k.ebene = 'GEMEINDE'",
                false);
        zeilen += em.createNativeQuery("""
                        INSERT INTO statistik_tag (datum, ebene, schluessel, soll, online_ge, leistungen, strikt_ge, mindestens_eine_ge,
                            beispiel, erstellt_am)
                        SELECT :d, 'THEMENFELD', l.themenfeld_id::text, sum(r.zustaendig), %s, count(*), %s, %s, :b, now()
                        FROM leistung_region_kennzahl r JOIN leistung l ON l.ozg_id = r.ozg_id
                        WHERE r.ebene = 'LAND' GROUP BY l.themenfeld_id""".formatted(
                                sum8("r.online_ge", "bigint"),
                                count8("r.online_ge[#] = r.zustaendig"),
                                count8("r.online_ge[#] > 0")))
                .setParameter("d", datum)
                .setParameter("b", beispiel)
                .executeUpdate();
        audit.record(
                "TAGESSTAND",
                datum.toString(),
                Aktion.ERSTELLT,
                null,
                Map.of("zeilen", zeilen),
                true,
                "Tagesstand " + datum + " gespeichert");
        return new StatistikModelle.Tagesstand(datum, zeilen);
    }

    /**
     * One level: a from kommune_kennzahl, b from the residents' view, c and d from leistung_region_kennzahl (areas only;
     * for a Kommune and a Größenklasse c and d are left out, for a Kommune leistungen = soll).
     */
    private long schreibe(LocalDate datum, boolean beispiel, String ebene, String key, String where, boolean region) {
        String einwohnerKey = key.replace("k.", "e.");
        String sql = """
                INSERT INTO statistik_tag (datum, ebene, schluessel, soll, online_ge, einwohner_soll, einwohner_online_ge,
                    leistungen, strikt_ge, mindestens_eine_ge, beispiel, erstellt_am)
                SELECT :d, :ebene, a.schluessel, a.soll, a.online_ge, e.einwohner_soll, e.einwohner_online_ge,
                       %s, :b, now()
                FROM (SELECT %s AS schluessel, sum(kk.soll) AS soll, %s AS online_ge
                      FROM kommune_kennzahl kk JOIN kommune k ON k.ags = kk.kommune_ags WHERE %s GROUP BY 1) a
                LEFT JOIN (SELECT %s AS schluessel, sum(e.einwohner * e.soll) AS einwohner_soll, %s AS einwohner_online_ge
                           FROM umsetzung_einwohner e GROUP BY 1) e ON e.schluessel = a.schluessel
                %s
                """.formatted(
                        region
                                ? "r.leistungen, r.strikt_ge, r.mindestens_eine_ge"
                                : ebene.equals("KOMMUNE")
                                        ? "a.soll, a.online_ge::integer[], a.online_ge::integer[]"
                                        : "NULL, NULL, NULL",
                        key,
                        sum8("kk.online_ge", "bigint"),
                        where,
                        ebene.equals("KOMMUNE") ? "e.ags" : einwohnerKey,
                        einwohner8("e."),
                        region ? """
                        LEFT JOIN (SELECT schluessel, count(*) AS leistungen, %s AS strikt_ge, %s AS mindestens_eine_ge
                                   FROM leistung_region_kennzahl WHERE ebene = :ebene GROUP BY schluessel) r ON r.schluessel = a.schluessel
                        """.formatted(count8("online_ge[#] = zustaendig"), count8("online_ge[#] > 0")) : "");
        return em.createNativeQuery(sql)
                .setParameter("d", datum)
                .setParameter("ebene", ebene)
                .setParameter("b", beispiel)
                .executeUpdate();
    }
}
