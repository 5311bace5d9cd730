package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.kommune.KommuneService;

/** Ist per Kommune × OZG-Leistung and per Kommune × Basiskomponente: reads, single writes with If-Match and audit. */
@ApplicationScoped
public class UmsetzungsstandService {

    /** Default threshold: Reifegrad 2 (Antrag online ausfüllbar) counts as online; 3 is OZG-konform. */
    public static final int REIFEGRAD_MIN_STANDARD = 2;

    private final EntityManager em;
    private final KommuneService kommunen;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final UmsetzungZugriff zugriff;
    private final UmsetzungQueries queries;
    private final Eintragspruefung pruefung;

    public UmsetzungsstandService(
            EntityManager em,
            KommuneService kommunen,
            AuditService audit,
            Kennzahlenpflege kennzahlen,
            UmsetzungZugriff zugriff,
            UmsetzungQueries queries,
            Eintragspruefung pruefung) {
        this.em = em;
        this.kommunen = kommunen;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.zugriff = zugriff;
        this.queries = queries;
        this.pruefung = pruefung;
    }

    public static int reifegradMin(String value) {
        return Params.intInRange("reifegradMin", value, REIFEGRAD_MIN_STANDARD, 0, 7);
    }

    /** The Kommune by AGS, Kreisschlüssel or ARS (400 or 404 otherwise). */
    UmsetzungModelle.KommuneKurz kommune(String key) {
        return queries.kommune(kommunen.kommune(key).ags());
    }

    public static BigDecimal anteil(long zaehler, long nenner) {
        return nenner == 0
                ? null
                : BigDecimal.valueOf(zaehler).divide(BigDecimal.valueOf(nenner), 4, RoundingMode.HALF_UP);
    }

    // --- Ist per Kommune ----------------------------------------------------------------------------------

    public UmsetzungModelle.KommuneUmsetzungsstand kommuneStand(String key, String reifegradMinParam) {
        int min = reifegradMin(reifegradMinParam);
        UmsetzungModelle.KommuneKurz k = kommune(key);
        List<UmsetzungModelle.Umsetzungseintrag> eintraege = new ArrayList<>();
        long soll = 0;
        long abgeleitet = 0;
        long online = 0;
        boolean beispiel = false;
        Map<Umsetzungsstatus, Long> status = new LinkedHashMap<>();
        for (Umsetzungsstatus s : Umsetzungsstatus.values()) {
            status.put(s, 0L);
        }
        Map<Integer, Long> reifegrade = new TreeMap<>();
        Map<Integer, long[]> tf = new LinkedHashMap<>();
        Map<Integer, String> tfNamen = new LinkedHashMap<>();
        for (UmsetzungQueries.EintragImThemenfeld zeile : queries.eintraege(k)) {
            UmsetzungModelle.Umsetzungseintrag e = zeile.eintrag();
            eintraege.add(e);
            beispiel |= e.beispiel();
            if (!e.zustaendig()) {
                continue;
            }
            soll++;
            if (e.zustaendigkeitAbgeleitet()) {
                abgeleitet++;
            }
            status.merge(e.status(), 1L, Long::sum);
            long[] tfz = tf.computeIfAbsent(e.themenfeldId(), x -> new long[2]);
            tfNamen.put(e.themenfeldId(), zeile.themenfeldName());
            tfz[0]++;
            if (e.status() == Umsetzungsstatus.ONLINE) {
                int rg = e.reifegrad() == null ? 0 : e.reifegrad();
                reifegrade.merge(rg, 1L, Long::sum);
                if (rg >= min) {
                    online++;
                    tfz[1]++;
                }
            }
        }
        List<UmsetzungModelle.ThemenfeldStand> themenfelder = new ArrayList<>();
        tf.forEach((id, z) -> themenfelder.add(
                new UmsetzungModelle.ThemenfeldStand(id, tfNamen.get(id), z[0], z[1], anteil(z[1], z[0]))));
        return new UmsetzungModelle.KommuneUmsetzungsstand(
                k,
                min,
                new UmsetzungModelle.Sollzahlen(soll, abgeleitet, soll - abgeleitet),
                online,
                anteil(online, soll),
                UmsetzungModelle.FORMEL_A,
                status.entrySet().stream()
                        .map(s -> new UmsetzungModelle.Anzahl(s.getKey().name(), s.getValue()))
                        .toList(),
                reifegrade.entrySet().stream()
                        .map(r -> new UmsetzungModelle.Anzahl(String.valueOf(r.getKey()), r.getValue()))
                        .toList(),
                themenfelder,
                eintraege,
                beispiel);
    }

    public Versioned<UmsetzungModelle.Umsetzungseintrag> eintrag(String key, String ozgParam) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        int ozgId = ozgId(ozgParam);
        return eintrag(k, ozgId, false);
    }

    private Versioned<UmsetzungModelle.Umsetzungseintrag> eintrag(
            UmsetzungModelle.KommuneKurz k, int ozgId, boolean neu) {
        UmsetzungModelle.Umsetzungseintrag e = queries.eintrag(k, ozgId)
                .orElseThrow(() -> new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht."));
        return new Versioned<>(e, e.version(), neu);
    }

    static int ozgId(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            throw InvalidParameterException.path("ozgId", "Die OZG-ID ist eine ganze Zahl.");
        }
        return Integer.parseInt(value);
    }

    @Transactional
    public Versioned<UmsetzungModelle.Umsetzungseintrag> put(
            String key,
            String ozgParam,
            UmsetzungModelle.UmsetzungsstandEingabe e,
            String ifMatch,
            String ifNoneMatch) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        int ozgId = ozgId(ozgParam);
        List<Tuple> leistung = NativeSql.list(
                em,
                "SELECT l.themenfeld_id, t.name FROM leistung l JOIN themenfeld t ON t.id = l.themenfeld_id "
                        + "WHERE l.ozg_id = :id",
                "id",
                ozgId);
        if (leistung.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        zugriff.leistung(
                k.ags(), k.name(), Rows.integer(leistung.get(0), "themenfeld_id"), Rows.str(leistung.get(0), "name"));
        pruefung.pruefe(e, ozgId);
        // lock the row (if any) so two writers are serialised and the version check is exact
        List<Tuple> current = NativeSql.list(
                em,
                "SELECT version, status, reifegrad FROM umsetzungsstand "
                        + "WHERE kommune_ags = :ags AND ozg_id = :ozg FOR UPDATE",
                "ags",
                k.ags(),
                "ozg",
                ozgId);
        Versioned<UmsetzungModelle.Umsetzungseintrag> vorher = eintrag(k, ozgId, false);
        String modell = e.reifegradmodell() == null ? "1.1" : e.reifegradmodell();
        int stufeVorher = -1;
        boolean neu = current.isEmpty();
        ETags.requireCreateOrMatch(ifMatch, ifNoneMatch, neu ? null : Rows.number(current.get(0), "version"));
        if (!neu) {
            stufeVorher = stufe(Rows.str(current.get(0), "status"), Rows.integer(current.get(0), "reifegrad"));
        }
        // a create never overwrites: when another writer created the row since it was found missing, nothing is
        // written here and this writer gets 412 (the row lock above serialises writers of an existing row)
        int written = em.createNativeQuery("""
                        INSERT INTO umsetzungsstand (kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                            online_seit, loesung_id, projekt_id, quelle, quelle_name, aktualisiert_am, version, beispiel)
                        VALUES (:ags, :ozg, :leika, :status, CAST(:rg AS smallint), :modell, :url, CAST(:seit AS date), CAST(:loesung AS bigint),
                            CAST(:projekt AS bigint), 'MANUELL', :wer, now(), 0, false)
                        ON CONFLICT (kommune_ags, ozg_id) DO\s""" + (neu ? "NOTHING" : """
                        UPDATE SET leika_schluessel = EXCLUDED.leika_schluessel,
                            status = EXCLUDED.status, reifegrad = EXCLUDED.reifegrad, reifegradmodell = EXCLUDED.reifegradmodell,
                            url = EXCLUDED.url, online_seit = EXCLUDED.online_seit, loesung_id = EXCLUDED.loesung_id,
                            projekt_id = EXCLUDED.projekt_id, quelle = 'MANUELL', quelle_name = EXCLUDED.quelle_name, import_id = NULL,
                            aktualisiert_am = now(), version = umsetzungsstand.version + 1, beispiel = false"""))
                .setParameter("ags", k.ags())
                .setParameter("ozg", ozgId)
                .setParameter("leika", e.leikaSchluessel())
                .setParameter("status", e.status().name())
                .setParameter("rg", e.reifegrad())
                .setParameter("modell", modell)
                .setParameter("url", Rows.blankToNull(e.url()))
                .setParameter(
                        "seit", e.onlineSeit() == null ? null : e.onlineSeit().toString())
                .setParameter("loesung", e.loesungId())
                .setParameter("projekt", e.projektId())
                .setParameter("wer", zugriff.name())
                .executeUpdate();
        if (written == 0) {
            throw ETags.createdConcurrently();
        }
        int stufeNachher = stufe(e.status().name(), e.reifegrad());
        if (stufeNachher != stufeVorher) {
            em.createNativeQuery(
                            "INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher) "
                                    + "VALUES (:ags, :ozg, now(), CAST(:v AS smallint), CAST(:n AS smallint))")
                    .setParameter("ags", k.ags())
                    .setParameter("ozg", ozgId)
                    .setParameter("v", stufeVorher)
                    .setParameter("n", stufeNachher)
                    .executeUpdate();
        }
        kennzahlen.eintrag(k.ags(), ozgId);
        Versioned<UmsetzungModelle.Umsetzungseintrag> nachher = eintrag(k, ozgId, neu);
        audit.record(
                "UMSETZUNGSSTAND",
                k.ags() + ":" + ozgId,
                neu ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                neu ? null : snapshot(vorher.value()),
                snapshot(nachher.value()),
                true,
                "Umsetzungsstand von „" + nachher.value().name() + "“ in „" + k.name() + "“ gepflegt");
        return nachher;
    }

    static int stufe(String status, Integer reifegrad) {
        return "ONLINE".equals(status) ? (reifegrad == null ? 0 : reifegrad) : -1;
    }

    private static Map<String, Object> snapshot(UmsetzungModelle.Umsetzungseintrag e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", e.status().name());
        m.put("reifegrad", e.reifegrad());
        m.put("reifegradmodell", e.reifegradmodell());
        m.put("url", e.url());
        m.put("onlineSeit", e.onlineSeit() == null ? null : e.onlineSeit().toString());
        m.put("leikaSchluessel", e.leikaSchluessel());
        m.put("loesungId", e.loesungId());
        m.put("projektId", e.projektId());
        return m;
    }

    // --- Ist per Leistung ----------------------------------------------------------------------------------

    public UmsetzungModelle.LeistungUmsetzungsstand leistungStand(
            String ozgParam,
            String reifegradMinParam,
            String kreis,
            String regierungsbezirk,
            String statusParam,
            PageRequest page) {
        int ozgId = ozgId(ozgParam);
        int min = reifegradMin(reifegradMinParam);
        List<Tuple> l = NativeSql.list(em, "SELECT name FROM leistung WHERE ozg_id = :id", "id", ozgId);
        if (l.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        NativeSql sql = new NativeSql().bind("ozg", ozgId).where("z.zustaendig");
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
        Umsetzungsstatus status = Params.enumValue("status", statusParam, Umsetzungsstatus.class);
        if (status == Umsetzungsstatus.KEINE_ANGABE) {
            sql.where("u.ozg_id IS NULL");
        } else if (status != null) {
            sql.where("u.status = :status", "status", status.name());
        }
        String from = " FROM kommune k JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.ozg_id = :ozg "
                + "LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = :ozg";
        List<UmsetzungModelle.LeistungUmsetzungKommune> items = sql
                .page(
                        em,
                        "SELECT " + UmsetzungQueries.KOMMUNE_KURZ
                                + ", u.status, u.reifegrad, u.reifegradmodell, u.url, u.online_seit, u.quelle, u.aktualisiert_am, "
                                + "coalesce(u.beispiel, false) AS beispiel" + from,
                        " ORDER BY (u.status = 'ONLINE') DESC NULLS LAST, u.reifegrad DESC NULLS LAST, k.name, k.ags",
                        page)
                .stream()
                .map(t -> new UmsetzungModelle.LeistungUmsetzungKommune(
                        UmsetzungQueries.kurz(t),
                        t.get("status") == null
                                ? Umsetzungsstatus.KEINE_ANGABE
                                : Umsetzungsstatus.valueOf(Rows.str(t, "status")),
                        Rows.integer(t, "reifegrad"),
                        Rows.str(t, "reifegradmodell"),
                        Rows.str(t, "url"),
                        Rows.date(t, "online_seit"),
                        t.get("quelle") == null ? null : Umsetzungsquelle.valueOf(Rows.str(t, "quelle")),
                        Rows.timestamp(t.get("aktualisiert_am")),
                        Rows.bool(t, "beispiel")))
                .toList();
        long total = sql.count(em, from);
        List<Tuple> land = NativeSql.list(
                em,
                "SELECT zustaendig, online_ge[:i] AS online FROM leistung_region_kennzahl "
                        + "WHERE ebene = 'LAND' AND ozg_id = :ozg",
                "i",
                min + 1,
                "ozg",
                ozgId);
        long zustaendig = land.isEmpty() ? 0 : Rows.number(land.get(0), "zustaendig");
        long online = land.isEmpty() ? 0 : Rows.number(land.get(0), "online");
        boolean beispiel = !em.createNativeQuery(
                        "SELECT 1 FROM umsetzungsstand WHERE ozg_id = :ozg AND beispiel LIMIT 1")
                .setParameter("ozg", ozgId)
                .getResultList()
                .isEmpty();
        return new UmsetzungModelle.LeistungUmsetzungsstand(
                ozgId,
                Rows.str(l.get(0), "name"),
                min,
                zustaendig,
                online,
                anteil(online, zustaendig),
                zustaendig > 0 && online == zustaendig,
                online > 0,
                "Zuständig sind die Kommunen, deren Typ nach den Zuständigkeitsregeln zuständig ist. online: davon mit Status ONLINE "
                        + "und Reifegrad ≥ reifegradMin. strikt (Metrik c): online in jeder zuständigen Kommune. mindestensEine "
                        + "(Metrik d, Zählweise des Bundes): online in mindestens einer.",
                Page.of(items, total, page),
                beispiel);
    }
}
