package nrw.digitalisierungsdashboard.umsetzung;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import org.jboss.logging.Logger;

/**
 * The Soll as data: Leistung × Kommune type → responsible. Seeded from the Typisierung after every catalogue load
 * (only rows still "abgeleitet" follow a changed Typisierung); KOORDINATION of the Themenfeld and ADMIN confirm or
 * correct rows, which then stay as they were set.
 */
@ApplicationScoped
public class ZustaendigkeitService {

    private static final Logger LOG = Logger.getLogger(ZustaendigkeitService.class);

    public static final String STANDARDREGEL = Standardregel.TEXT;

    private final EntityManager em;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final CurrentUser user;

    public ZustaendigkeitService(EntityManager em, AuditService audit, Kennzahlenpflege kennzahlen, CurrentUser user) {
        this.em = em;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.user = user;
    }

    /** After the reference data loader (default priority 2500), before the example data. */
    void onStart(@Observes @Priority(2600) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::ableiten);
    }

    /** Inserts missing derived rules and updates derived ones whose Typisierung changed; confirmed rows stay. */
    void ableiten() {
        List<String> ozgIds = new ArrayList<>();
        List<String> typen = new ArrayList<>();
        List<String> zustaendig = new ArrayList<>();
        for (Tuple t : NativeSql.list(em, "SELECT ozg_id, typisierungen FROM leistung")) {
            List<String> typisierungen = Rows.strings(t, "typisierungen");
            for (KommuneTyp typ : KommuneTyp.values()) {
                ozgIds.add(String.valueOf(Rows.integer(t, "ozg_id")));
                typen.add(typ.name());
                zustaendig.add(String.valueOf(Standardregel.zustaendig(typisierungen, typ)));
            }
        }
        int changed = em.createNativeQuery("""
                        INSERT INTO zustaendigkeit (ozg_id, kommune_typ, zustaendig, abgeleitet, geaendert_am)
                        SELECT r.ozg_id, r.typ, r.zustaendig, true, now()
                        FROM unnest(CAST(:ids AS integer[]), CAST(:typen AS text[]), CAST(:zustaendig AS boolean[]))
                             AS r (ozg_id, typ, zustaendig)
                        ON CONFLICT (ozg_id, kommune_typ) DO UPDATE SET zustaendig = EXCLUDED.zustaendig, geaendert_am = now(),
                            version = zustaendigkeit.version + 1
                        WHERE zustaendigkeit.abgeleitet AND zustaendigkeit.zustaendig <> EXCLUDED.zustaendig""")
                .setParameter("ids", NativeSql.textArray(ozgIds.toArray(String[]::new)))
                .setParameter("typen", NativeSql.textArray(typen.toArray(String[]::new)))
                .setParameter("zustaendig", NativeSql.textArray(zustaendig.toArray(String[]::new)))
                .executeUpdate();
        long mitKennzahlen = ((Number) em.createNativeQuery("SELECT count(*) FROM kommune_kennzahl")
                        .getSingleResult())
                .longValue();
        long kommunen =
                ((Number) em.createNativeQuery("SELECT count(*) FROM kommune").getSingleResult()).longValue();
        if (changed > 0 || mitKennzahlen != kommunen) {
            kennzahlen.alle();
            LOG.infof("Zuständigkeitsregeln abgeleitet (%d neu oder geändert), Kennzahlen neu berechnet", changed);
        }
    }

    public Versioned<UmsetzungModelle.Zustaendigkeit> get(int ozgId) {
        List<Tuple> l = NativeSql.list(
                em, "SELECT name, typisierungen, themenfeld_id FROM leistung WHERE ozg_id = :id", "id", ozgId);
        if (l.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        List<Tuple> rows = NativeSql.list(em, """
                SELECT z.*, (SELECT count(*) FROM kommune k WHERE k.typ = z.kommune_typ) AS kommunen
                FROM zustaendigkeit z WHERE z.ozg_id = :id
                ORDER BY array_position(ARRAY['KREISFREIE_STADT', 'KREIS', 'GROSSE_KREISANGEHOERIGE_STADT',
                     'MITTLERE_KREISANGEHOERIGE_STADT', 'KREISANGEHOERIGE_GEMEINDE'], z.kommune_typ)""", "id", ozgId);
        long version = 0;
        List<UmsetzungModelle.Zustaendigkeitsregel> regeln = new ArrayList<>();
        for (Tuple t : rows) {
            version = Math.max(version, Rows.number(t, "version"));
            regeln.add(new UmsetzungModelle.Zustaendigkeitsregel(
                    KommuneTyp.valueOf(Rows.str(t, "kommune_typ")),
                    Rows.bool(t, "zustaendig"),
                    Rows.bool(t, "abgeleitet"),
                    Rows.str(t, "hinweis"),
                    Rows.number(t, "kommunen"),
                    Rows.timestamp(t.get("geaendert_am"))));
        }
        Tuple lt = l.get(0);
        return Versioned.of(
                new UmsetzungModelle.Zustaendigkeit(
                        ozgId, Rows.str(lt, "name"), Rows.strings(lt, "typisierungen"), STANDARDREGEL, regeln),
                version);
    }

    @Transactional
    public Versioned<UmsetzungModelle.Zustaendigkeit> update(
            int ozgId, UmsetzungModelle.ZustaendigkeitEingabe eingabe, String ifMatch) {
        // the rule set is one versioned whole: lock it before its version is compared, so of two writers with the same
        // If-Match the second sees the first one's version and gets 412
        em.createNativeQuery("SELECT version FROM zustaendigkeit WHERE ozg_id = :id FOR UPDATE")
                .setParameter("id", ozgId)
                .getResultList();
        Versioned<UmsetzungModelle.Zustaendigkeit> vorher = get(ozgId);
        Tuple l = NativeSql.list(
                        em,
                        "SELECT l.themenfeld_id, t.name FROM leistung l JOIN themenfeld t ON t.id = l.themenfeld_id "
                                + "WHERE l.ozg_id = :id",
                        "id",
                        ozgId)
                .get(0);
        user.requireKoordination(Rows.integer(l, "themenfeld_id"), Rows.str(l, "name"));
        ETags.requireMatch(ifMatch, vorher.version());
        Set<KommuneTyp> seen = EnumSet.noneOf(KommuneTyp.class);
        for (var r : eingabe.regeln()) {
            if (!seen.add(r.kommuneTyp())) {
                throw new InvalidParameterException(List.of(new Problem.InvalidParam(
                        "regeln", "body", "Der Kommunentyp " + r.kommuneTyp() + " steht mehrfach in der Liste.")));
            }
        }
        // every rule of the Leistung moves to the new version, so the ETag covers the whole rule set
        em.createNativeQuery("UPDATE zustaendigkeit SET version = :v WHERE ozg_id = :id")
                .setParameter("v", vorher.version() + 1)
                .setParameter("id", ozgId)
                .executeUpdate();
        for (var r : eingabe.regeln()) {
            em.createNativeQuery("""
                            UPDATE zustaendigkeit SET zustaendig = :z, abgeleitet = false, hinweis = :h, geaendert_am = now()
                            WHERE ozg_id = :id AND kommune_typ = :typ""")
                    .setParameter("z", r.zustaendig())
                    .setParameter("h", Rows.blankToNull(r.hinweis()))
                    .setParameter("id", ozgId)
                    .setParameter("typ", r.kommuneTyp().name())
                    .executeUpdate();
        }
        kennzahlen.alle();
        Versioned<UmsetzungModelle.Zustaendigkeit> nachher = get(ozgId);
        audit.record(
                "ZUSTAENDIGKEIT",
                String.valueOf(ozgId),
                Aktion.GEAENDERT,
                snapshot(vorher.value()),
                snapshot(nachher.value()),
                true,
                "Zuständigkeit für „" + nachher.value().name() + "“ gepflegt");
        return nachher;
    }

    private static Map<String, Object> snapshot(UmsetzungModelle.Zustaendigkeit z) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (var r : z.regeln()) {
            m.put(
                    r.kommuneTyp().name(),
                    (r.zustaendig() ? "zuständig" : "nicht zuständig")
                            + (r.abgeleitet() ? " (abgeleitet)" : " (bestätigt)")
                            + (r.hinweis() == null ? "" : ": " + r.hinweis()));
        }
        return m;
    }

    /** The Kommune types responsible for at least one of the Leistungen, and how many of those rules are derived. */
    public record Verantwortlich(Set<KommuneTyp> typen, long leistungenKommunal, long abgeleiteteRegeln) {}

    public Verantwortlich verantwortlicheTypen(Set<Integer> ozgIds) {
        if (ozgIds.isEmpty()) {
            return new Verantwortlich(EnumSet.noneOf(KommuneTyp.class), 0, 0);
        }
        Set<KommuneTyp> typen = EnumSet.noneOf(KommuneTyp.class);
        long abgeleitet = 0;
        Set<Integer> kommunal = new HashSet<>();
        for (Tuple t : NativeSql.list(
                em,
                "SELECT ozg_id, kommune_typ, abgeleitet FROM zustaendigkeit WHERE zustaendig AND ozg_id IN (:ids)",
                "ids",
                ozgIds)) {
            typen.add(KommuneTyp.valueOf(Rows.str(t, "kommune_typ")));
            kommunal.add(Rows.integer(t, "ozg_id"));
            if (Rows.bool(t, "abgeleitet")) {
                abgeleitet++;
            }
        }
        return new Verantwortlich(typen, kommunal.size(), abgeleitet);
    }
}
