package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.kommune.KommuneGeaendert;
import org.jboss.logging.Logger;

/**
 * Keeps the pre-aggregated figures (kommune_kennzahl, leistung_region_kennzahl, statistik_gebiet) in step with the Ist. Called inside
 * every write's transaction, so a reader never sees figures that disagree with the rows.
 */
@ApplicationScoped
public class Kennzahlenpflege {

    private static final Logger LOG = Logger.getLogger(Kennzahlenpflege.class);

    /**
     * The moves of the figures by a set of changed rows: per Kommune, and per Kreis (with its Regierungsbezirk) and
     * Leistung, +1/-1 for each count a row leaves and enters, only where the Kommune is responsible.
     */
    private static final String SUMMEN_AUS_AENDERUNGEN = """
            SELECT d.kommune_ags, NULL::varchar AS kreis_schluessel, NULL::varchar AS regierungsbezirk_id, NULL::integer AS ozg_id,
                   %1$s
            FROM %2$s d JOIN kommune k ON k.ags = d.kommune_ags
            JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.ozg_id = d.ozg_id AND z.zustaendig
            WHERE d.status_vorher IS DISTINCT FROM d.status OR d.stufe_vorher <> d.stufe
            GROUP BY d.kommune_ags
            UNION ALL
            SELECT NULL, k.kreis_schluessel, kr.regierungsbezirk_id, d.ozg_id, %1$s
            FROM %2$s d JOIN kommune k ON k.ags = d.kommune_ags
            JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.ozg_id = d.ozg_id AND z.zustaendig
            LEFT JOIN kreis kr ON kr.schluessel = k.kreis_schluessel
            WHERE d.status_vorher IS DISTINCT FROM d.status OR d.stufe_vorher <> d.stufe
            GROUP BY k.kreis_schluessel, kr.regierungsbezirk_id, d.ozg_id""";

    private static final String JE_ZEILE = """
            sum((d.status = 'IN_PLANUNG')::int - coalesce(d.status_vorher = 'IN_PLANUNG', false)::int) AS planung,
            sum((d.status = 'IN_UMSETZUNG')::int - coalesce(d.status_vorher = 'IN_UMSETZUNG', false)::int) AS umsetzung,
            sum((d.stufe >= 0)::int - (d.stufe_vorher >= 0)::int) AS o1, sum((d.stufe >= 1)::int - (d.stufe_vorher >= 1)::int) AS o2,
            sum((d.stufe >= 2)::int - (d.stufe_vorher >= 2)::int) AS o3, sum((d.stufe >= 3)::int - (d.stufe_vorher >= 3)::int) AS o4,
            sum((d.stufe >= 4)::int - (d.stufe_vorher >= 4)::int) AS o5, sum((d.stufe >= 5)::int - (d.stufe_vorher >= 5)::int) AS o6,
            sum((d.stufe >= 6)::int - (d.stufe_vorher >= 6)::int) AS o7, sum((d.stufe >= 7)::int - (d.stufe_vorher >= 7)::int) AS o8""";

    /** The columns of a sums relation after the key columns (see {@link #summen}). */
    public static final String SUMMEN_SPALTEN = "planung, umsetzung, o1, o2, o3, o4, o5, o6, o7, o8";

    private static final String SUMMEN = "sum(planung) AS planung, sum(umsetzung) AS umsetzung, sum(o1) AS o1, "
            + "sum(o2) AS o2, sum(o3) AS o3, sum(o4) AS o4, sum(o5) AS o5, sum(o6) AS o6, sum(o7) AS o7, sum(o8) AS o8";

    private static final String ONLINE_GE = "online_ge = ARRAY[r.online_ge[1] + x.o1, r.online_ge[2] + x.o2, "
            + "r.online_ge[3] + x.o3, r.online_ge[4] + x.o4, r.online_ge[5] + x.o5, r.online_ge[6] + x.o6, "
            + "r.online_ge[7] + x.o7, r.online_ge[8] + x.o8]";

    private final EntityManager em;

    public Kennzahlenpflege(EntityManager em) {
        this.em = em;
    }

    /** The given Kommunen and every area they belong to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void kommunen(Collection<String> agss) {
        if (agss.isEmpty()) {
            return;
        }
        String[] arr = agss.toArray(String[]::new);
        sperren();
        em.createNativeQuery("SELECT umsetzung_refresh_kommunen(CAST(:a AS text[]))")
                .setParameter("a", NativeSql.textArray(arr))
                .getSingleResult();
        em.createNativeQuery("""
                        SELECT umsetzung_refresh_regionen((SELECT array_agg(DISTINCT kreis_schluessel)::text[]
                                                           FROM kommune WHERE ags = ANY (CAST(:a AS text[]))))""").setParameter("a", NativeSql.textArray(arr)).getSingleResult();
        em.createNativeQuery("SELECT statistik_refresh_gebiete(CAST(:a AS text[]))")
                .setParameter("a", NativeSql.textArray(arr))
                .getSingleResult();
    }

    /**
     * One entry (Kommune × Leistung) changed: only the Kommune's figures and that Leistung's Kreis, Regierungsbezirk
     * and Land rows follow. Writers of different entries run side by side; those touching the same Leistung or the
     * same Kommune take turns (transaction-scoped advisory locks, always in the order global → Leistung → Kommune →
     * areas, so they cannot deadlock), the areas' figures (statistik_gebiet) are recomputed one writer at a time, and
     * a whole refresh ({@link #kommunen}, {@link #alle}) excludes them all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eintrag(String ags, int ozgId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(hashtext('umsetzung_kennzahlen')), "
                        + "pg_advisory_xact_lock(1, :ozg), pg_advisory_xact_lock(2, hashtext(:ags))")
                .setParameter("ozg", ozgId)
                .setParameter("ags", ags)
                .getResultList();
        em.createNativeQuery("SELECT umsetzung_refresh_eintrag(:ags, :ozg)")
                .setParameter("ags", ags)
                .setParameter("ozg", ozgId)
                .getSingleResult();
        // the area figures replace shared rows (Kreis, Regierungsbezirk, Land): one writer at a time from here to
        // its commit, so the next one computes them from committed figures and never collides on their keys
        em.createNativeQuery("SELECT pg_advisory_xact_lock(3, 0)").getSingleResult();
        em.createNativeQuery("SELECT statistik_refresh_gebiete(CAST(:a AS text[]))")
                .setParameter("a", NativeSql.textArray(new String[] {ags}))
                .getSingleResult();
    }

    /**
     * A SELECT of how changed rows move the figures, to be summed up and applied later by {@link #summenAnwenden}
     * (e.g. computed part by part while an import runs). {@code aenderungen} is a relation (a table name or a
     * parenthesised SELECT, without alias) with the columns kommune_ags, ozg_id, status_vorher (null: there was no
     * row), stufe_vorher (-1: not online), status and stufe ({@code umsetzung_stufe}). The result has the columns
     * kommune_ags (a Kommune's row) or kreis_schluessel, regierungsbezirk_id and ozg_id (a Kreis × Leistung row),
     * then {@value #SUMMEN_SPALTEN}.
     */
    public static String summen(String aenderungen) {
        return SUMMEN_AUS_AENDERUNGEN.formatted(JE_ZEILE, aenderungen);
    }

    /**
     * Moves the figures by the sums of {@link #summen} (any number of such rows per key, e.g. one per part of an
     * import), in the transaction that wrote the rows – no other Ist row is read. Where an aggregate row is missing,
     * that Kommune or Kreis is recomputed from its rows instead. The areas (statistik_gebiet) of the moved Kommunen
     * follow from their new figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void summenAnwenden(String summen) {
        sperren();
        em.createNativeQuery("DROP TABLE IF EXISTS kennzahl_kommune, kennzahl_kreis")
                .executeUpdate();
        em.createNativeQuery("CREATE TEMP TABLE kennzahl_kommune ON COMMIT DROP AS SELECT kommune_ags, " + SUMMEN
                        + " FROM " + summen + " s WHERE kommune_ags IS NOT NULL GROUP BY kommune_ags")
                .executeUpdate();
        em.createNativeQuery("CREATE TEMP TABLE kennzahl_kreis ON COMMIT DROP AS SELECT kreis_schluessel, "
                        + "regierungsbezirk_id, ozg_id, " + SUMMEN + " FROM " + summen
                        + " s WHERE kommune_ags IS NULL GROUP BY kreis_schluessel, regierungsbezirk_id, ozg_id")
                .executeUpdate();
        List<String> kommunen = strings("SELECT kommune_ags FROM kennzahl_kommune d WHERE NOT EXISTS "
                + "(SELECT 1 FROM kommune_kennzahl kk WHERE kk.kommune_ags = d.kommune_ags)");
        em.createNativeQuery("UPDATE kommune_kennzahl r SET in_planung = r.in_planung + x.planung, "
                        + "in_umsetzung = r.in_umsetzung + x.umsetzung, " + ONLINE_GE
                        + " FROM kennzahl_kommune x WHERE r.kommune_ags = x.kommune_ags")
                .executeUpdate();
        List<String> kreise = strings("SELECT DISTINCT kreis_schluessel FROM kennzahl_kreis d WHERE NOT EXISTS "
                + "(SELECT 1 FROM leistung_region_kennzahl r WHERE r.ebene = 'KREIS' "
                + "AND r.schluessel = d.kreis_schluessel AND r.ozg_id = d.ozg_id)");
        if (!kommunen.isEmpty() || !kreise.isEmpty()) {
            // figures that were never computed: recompute those Kommunen and Kreise from their rows
            LOG.warnf(
                    "Kennzahlen fehlten für %d Kommunen und %d Kreise; neu berechnet", kommunen.size(), kreise.size());
            em.createNativeQuery("SELECT umsetzung_refresh_kommunen(CAST(:a AS text[]))")
                    .setParameter("a", NativeSql.textArray(kommunen.toArray(String[]::new)))
                    .getSingleResult();
            em.createNativeQuery("SELECT umsetzung_refresh_regionen(CAST(:k AS text[]))")
                    .setParameter("k", NativeSql.textArray(kreise.toArray(String[]::new)))
                    .getSingleResult();
            em.createNativeQuery("DELETE FROM kennzahl_kreis WHERE kreis_schluessel = ANY (CAST(:k AS text[]))")
                    .setParameter("k", NativeSql.textArray(kreise.toArray(String[]::new)))
                    .executeUpdate();
        }
        regionen("KREIS", "kreis_schluessel", "");
        regionen("REGIERUNGSBEZIRK", "regierungsbezirk_id", "WHERE regierungsbezirk_id IS NOT NULL");
        regionen("LAND", "'05'", "WHERE regierungsbezirk_id IS NOT NULL");
        // the areas' figures are computed from kommune_kennzahl alone (a few hundred rows): recomputed for the moved
        // ones
        em.createNativeQuery("SELECT statistik_refresh_gebiete("
                        + "(SELECT coalesce(array_agg(kommune_ags), '{}')::text[] FROM kennzahl_kommune))")
                .getSingleResult();
        em.createNativeQuery("DROP TABLE kennzahl_kommune, kennzahl_kreis").executeUpdate();
    }

    private void regionen(String ebene, String schluessel, String where) {
        em.createNativeQuery("UPDATE leistung_region_kennzahl r SET " + ONLINE_GE + " FROM (SELECT " + schluessel
                        + " AS schluessel, ozg_id, " + SUMMEN + " FROM kennzahl_kreis " + where
                        + " GROUP BY 1, ozg_id) x WHERE r.ebene = '" + ebene
                        + "' AND r.schluessel = x.schluessel AND r.ozg_id = x.ozg_id")
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return ((List<Object>) em.createNativeQuery(sql).getResultList())
                .stream().map(Object::toString).toList();
    }

    /** A Kommune's type decides its Soll: its figures follow in the transaction that changed it. */
    void kommuneGeaendert(@Observes KommuneGeaendert event) {
        kommunen(List.of(event.ags()));
    }

    /** Everything, e.g. after a change of the rules or a large import. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alle() {
        sperren();
        em.createNativeQuery("SELECT umsetzung_refresh_kommunen(NULL)").getSingleResult();
        em.createNativeQuery("SELECT umsetzung_refresh_regionen(NULL)").getSingleResult();
        em.createNativeQuery("SELECT statistik_refresh_gebiete(NULL)").getSingleResult();
    }

    /**
     * Refreshes delete and re-insert shared rows (the Regierungsbezirk and Land figures); two writers doing that at once
     * would collide on the keys. A transaction-scoped advisory lock makes them take turns; it is held until commit.
     */
    private void sperren() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('umsetzung_kennzahlen'))")
                .getSingleResult();
    }
}
