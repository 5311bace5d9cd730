package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

/** The Kommunen's connections to the Basiskomponenten: per Kommune, single writes with If-Match and audit, the matrix. */
@ApplicationScoped
public class AnschlussService {

    private final EntityManager em;
    private final AuditService audit;
    private final UmsetzungZugriff zugriff;
    private final UmsetzungQueries queries;
    private final UmsetzungsstandService umsetzung;

    public AnschlussService(
            EntityManager em,
            AuditService audit,
            UmsetzungZugriff zugriff,
            UmsetzungQueries queries,
            UmsetzungsstandService umsetzung) {
        this.em = em;
        this.audit = audit;
        this.zugriff = zugriff;
        this.queries = queries;
        this.umsetzung = umsetzung;
    }

    public UmsetzungModelle.KommuneBasiskomponenten basiskomponenten(String key) {
        UmsetzungModelle.KommuneKurz k = umsetzung.kommune(key);
        List<UmsetzungModelle.BasiskomponenteAnschluss> list = queries.anschluesse(k.ags());
        return new UmsetzungModelle.KommuneBasiskomponenten(
                k, list, list.stream().anyMatch(UmsetzungModelle.BasiskomponenteAnschluss::beispiel));
    }

    @Transactional
    public Versioned<UmsetzungModelle.BasiskomponenteAnschluss> putAnschluss(
            String key,
            String basiskomponenteId,
            UmsetzungModelle.AnschlussEingabe e,
            String ifMatch,
            String ifNoneMatch) {
        UmsetzungModelle.KommuneKurz k = umsetzung.kommune(key);
        if (basiskomponenteId == null
                || em.createNativeQuery("SELECT 1 FROM basiskomponente WHERE id = :id")
                        .setParameter("id", basiskomponenteId)
                        .getResultList()
                        .isEmpty()) {
            throw new NotFoundException("Eine Basiskomponente „" + basiskomponenteId + "“ gibt es nicht.");
        }
        zugriff.basiskomponenten(k.ags(), k.name());
        if (e.status() == Anschlussstatus.KEINE_ANGABE) {
            throw new RuleViolationException(
                    "Anschluss",
                    "KEINE_ANGABE wird nicht gespeichert.",
                    List.of(new Problem.InvalidParam(
                            "status", "body", "Erlaubt: ANGESCHLOSSEN, GEPLANT, NICHT_ANGESCHLOSSEN.")));
        }
        if (e.geplantAb() != null && e.status() != Anschlussstatus.GEPLANT) {
            throw new RuleViolationException(
                    "Anschluss",
                    "Ein Datum „geplant ab“ gibt es nur beim Status GEPLANT.",
                    List.of(new Problem.InvalidParam("geplantAb", "body", "Nur beim Status GEPLANT.")));
        }
        List<Tuple> current = NativeSql.list(
                em,
                "SELECT version, status, geplant_ab FROM basiskomponente_anschluss "
                        + "WHERE kommune_ags = :ags AND basiskomponente_id = :id FOR UPDATE",
                "ags",
                k.ags(),
                "id",
                basiskomponenteId);
        boolean neu = current.isEmpty();
        ETags.requireCreateOrMatch(ifMatch, ifNoneMatch, neu ? null : Rows.number(current.get(0), "version"));
        Map<String, Object> vorher = null;
        if (!neu) {
            vorher = new LinkedHashMap<>();
            vorher.put("status", Rows.str(current.get(0), "status"));
            vorher.put(
                    "geplantAb",
                    current.get(0).get("geplant_ab") == null
                            ? null
                            : Rows.date(current.get(0), "geplant_ab").toString());
        }
        // as for the Umsetzungsstand: a create never overwrites a row another writer created meanwhile
        int written = em.createNativeQuery("""
                        INSERT INTO basiskomponente_anschluss (kommune_ags, basiskomponente_id, status, geplant_ab, quelle_name,
                            aktualisiert_am, version, beispiel)
                        VALUES (:ags, :id, :status, CAST(:ab AS date), :wer, now(), 0, false)
                        ON CONFLICT (kommune_ags, basiskomponente_id) DO\s""" + (neu ? "NOTHING" : """
                        UPDATE SET status = EXCLUDED.status,
                            geplant_ab = EXCLUDED.geplant_ab, quelle_name = EXCLUDED.quelle_name, aktualisiert_am = now(),
                            version = basiskomponente_anschluss.version + 1, beispiel = false"""))
                .setParameter("ags", k.ags())
                .setParameter("id", basiskomponenteId)
                .setParameter("status", e.status().name())
                .setParameter("ab", e.geplantAb() == null ? null : e.geplantAb().toString())
                .setParameter("wer", zugriff.name())
                .executeUpdate();
        if (written == 0) {
            throw ETags.createdConcurrently();
        }
        UmsetzungModelle.BasiskomponenteAnschluss nachher = queries.anschluss(k.ags(), basiskomponenteId);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("status", nachher.status().name());
        n.put(
                "geplantAb",
                nachher.geplantAb() == null ? null : nachher.geplantAb().toString());
        audit.record(
                "BASISKOMPONENTE_ANSCHLUSS",
                k.ags() + ":" + basiskomponenteId,
                neu ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                vorher,
                n,
                true,
                "Anschluss von „" + k.name() + "“ an „" + nachher.name() + "“ gepflegt");
        return new Versioned<>(nachher, nachher.version(), neu);
    }

    public UmsetzungModelle.AnschlussMatrix matrix(
            String kreis, String regierungsbezirk, String typParam, PageRequest page) {
        NativeSql sql = new NativeSql();
        String kr =
                Params.matching("kreis", kreis, "05[0-9]{3}", "Ein Kreisschlüssel hat 5 Ziffern und beginnt mit 05.");
        if (kr != null) {
            sql.where("k.kreis_schluessel = :kreis", "kreis", kr);
        }
        String rb = Params.matching(
                "regierungsbezirk", regierungsbezirk, "05[1-9]", "Ein Regierungsbezirk hat die Form 051 bis 059.");
        if (rb != null) {
            sql.where("k.regierungsbezirk_id = :rb", "rb", rb);
        }
        KommuneTyp typ = Params.enumValue("typ", typParam, KommuneTyp.class);
        if (typ != null) {
            sql.where("k.typ = :typ", "typ", typ.name());
        }
        List<Tuple> bks = NativeSql.list(em, "SELECT id, name FROM basiskomponente ORDER BY reihenfolge, id");
        List<Tuple> kommunenPage = sql.page(
                em, "SELECT " + UmsetzungQueries.KOMMUNE_KURZ + " FROM kommune k", " ORDER BY k.name, k.ags", page);
        long total = sql.count(em, " FROM kommune k");
        List<String> agss = kommunenPage.stream().map(t -> Rows.str(t, "ags")).toList();
        Map<String, Map<String, Tuple>> zellen = new HashMap<>();
        boolean beispiel = false;
        if (!agss.isEmpty()) {
            for (Tuple t : NativeSql.list(
                    em,
                    "SELECT kommune_ags, basiskomponente_id, status, geplant_ab, beispiel "
                            + "FROM basiskomponente_anschluss WHERE kommune_ags IN (:agss)",
                    "agss",
                    agss)) {
                zellen.computeIfAbsent(Rows.str(t, "kommune_ags"), x -> new HashMap<>())
                        .put(Rows.str(t, "basiskomponente_id"), t);
                beispiel |= Rows.bool(t, "beispiel");
            }
        }
        List<UmsetzungModelle.AnschlussMatrixZeile> zeilen = new ArrayList<>();
        for (Tuple kt : kommunenPage) {
            Map<String, Tuple> z = zellen.getOrDefault(Rows.str(kt, "ags"), Map.of());
            List<UmsetzungModelle.AnschlussZelle> cells = new ArrayList<>();
            for (Tuple b : bks) {
                Tuple c = z.get(Rows.str(b, "id"));
                cells.add(new UmsetzungModelle.AnschlussZelle(
                        Rows.str(b, "id"),
                        c == null ? Anschlussstatus.KEINE_ANGABE : Anschlussstatus.valueOf(Rows.str(c, "status")),
                        c == null ? null : Rows.date(c, "geplant_ab")));
            }
            zeilen.add(new UmsetzungModelle.AnschlussMatrixZeile(UmsetzungQueries.kurz(kt), cells));
        }
        Map<String, long[]> summen = new HashMap<>();
        for (Tuple t : NativeSql.list(
                em,
                "SELECT a.basiskomponente_id AS id, count(*) FILTER (WHERE a.status = 'ANGESCHLOSSEN') AS an, "
                        + "count(*) FILTER (WHERE a.status = 'GEPLANT') AS geplant FROM basiskomponente_anschluss a "
                        + "JOIN kommune k ON k.ags = a.kommune_ags" + sql.whereClause()
                        + " GROUP BY a.basiskomponente_id",
                params(kr, rb, typ))) {
            summen.put(Rows.str(t, "id"), new long[] {Rows.number(t, "an"), Rows.number(t, "geplant")});
        }
        List<UmsetzungModelle.BasiskomponentenSpalte> spalten = bks.stream()
                .map(b -> {
                    long[] s = summen.getOrDefault(Rows.str(b, "id"), new long[2]);
                    return new UmsetzungModelle.BasiskomponentenSpalte(
                            Rows.str(b, "id"), Rows.str(b, "name"), s[0], s[1]);
                })
                .toList();
        return new UmsetzungModelle.AnschlussMatrix(spalten, Page.of(zeilen, total, page), beispiel);
    }

    private static Object[] params(String kreis, String rb, KommuneTyp typ) {
        List<Object> p = new ArrayList<>();
        if (kreis != null) {
            p.add("kreis");
            p.add(kreis);
        }
        if (rb != null) {
            p.add("rb");
            p.add(rb);
        }
        if (typ != null) {
            p.add("typ");
            p.add(typ.name());
        }
        return p.toArray();
    }
}
