package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.kommune.KommuneGeaendert;

/**
 * Keeps the pre-aggregated figures (kommune_kennzahl, leistung_region_kennzahl, statistik_gebiet) in step with the Ist. Called inside
 * every write's transaction, so a reader never sees figures that disagree with the rows.
 */
@ApplicationScoped
public class Kennzahlenpflege {

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
