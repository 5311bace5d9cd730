package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
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
import nrw.digitalisierungsdashboard.kommune.KommuneService;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nrw.digitalisierungsdashboard.common.Versioned;

/** Ist per Kommune × OZG-Leistung and per Kommune × Basiskomponente: reads, single writes with If-Match and audit. */
@ApplicationScoped
public class UmsetzungsstandService {

    /** Default threshold: Reifegrad 2 (Antrag online ausfüllbar) counts as online; 3 is OZG-konform. */
    public static final int REIFEGRAD_MIN_STANDARD = 2;

    static final String KOMMUNE_KURZ = "k.ags, k.name, k.typ, k.groessenklasse, k.kreis_schluessel, k.regierungsbezirk_id, k.einwohner";

    private final EntityManager em;
    private final KommuneService kommunen;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final UmsetzungZugriff zugriff;

    public UmsetzungsstandService(EntityManager em, KommuneService kommunen, AuditService audit, Kennzahlenpflege kennzahlen,
                                  UmsetzungZugriff zugriff) {
        this.em = em;
        this.kommunen = kommunen;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.zugriff = zugriff;
    }

    public static int reifegradMin(String value) {
        return Params.intInRange("reifegradMin", value, REIFEGRAD_MIN_STANDARD, 0, 7);
    }

    static UmsetzungModelle.KommuneKurz kurz(Tuple t) {
        return new UmsetzungModelle.KommuneKurz(Rows.str(t, "ags"), Rows.str(t, "name"), KommuneTyp.valueOf(Rows.str(t, "typ")),
                Rows.str(t, "groessenklasse"), Rows.str(t, "kreis_schluessel"), Rows.str(t, "regierungsbezirk_id"),
                (int) Rows.number(t, "einwohner"));
    }

    UmsetzungModelle.KommuneKurz kommune(String key) {
        String ags = kommunen.kommune(key).ags();
        return kurz(NativeSql.list(em, "SELECT " + KOMMUNE_KURZ + " FROM kommune k WHERE k.ags = :ags", "ags", ags).get(0));
    }

    public static BigDecimal anteil(long zaehler, long nenner) {
        return nenner == 0 ? null : BigDecimal.valueOf(zaehler).divide(BigDecimal.valueOf(nenner), 4, RoundingMode.HALF_UP);
    }

    // --- Ist per Kommune ----------------------------------------------------------------------------------

    private static final String EINTRAG_SELECT = """
            SELECT l.ozg_id, l.name AS leistung_name, l.themenfeld_id, t.name AS themenfeld_name,
                   coalesce(z.zustaendig, false) AS zustaendig, coalesce(z.abgeleitet, false) AS abgeleitet,
                   u.status, u.reifegrad, u.reifegradmodell, u.url, u.online_seit, u.leika_schluessel, u.loesung_id,
                   u.projekt_id, u.quelle, u.quelle_name, u.aktualisiert_am, u.version, coalesce(u.beispiel, false) AS beispiel
            FROM leistung l
            JOIN themenfeld t ON t.id = l.themenfeld_id
            LEFT JOIN zustaendigkeit z ON z.ozg_id = l.ozg_id AND z.kommune_typ = :typ
            LEFT JOIN umsetzungsstand u ON u.ozg_id = l.ozg_id AND u.kommune_ags = :ags
            """;

    private static UmsetzungModelle.Umsetzungseintrag eintrag(Tuple t) {
        String status = Rows.str(t, "status");
        String quelle = Rows.str(t, "quelle");
        Object version = t.get("version");
        return new UmsetzungModelle.Umsetzungseintrag(Rows.integer(t, "ozg_id"), Rows.str(t, "leistung_name"),
                Rows.integer(t, "themenfeld_id"), Rows.bool(t, "zustaendig"), Rows.bool(t, "zustaendig") && Rows.bool(t, "abgeleitet"),
                status == null ? Umsetzungsstatus.KEINE_ANGABE : Umsetzungsstatus.valueOf(status),
                Rows.integer(t, "reifegrad"), Rows.str(t, "reifegradmodell"), Rows.str(t, "url"), Rows.date(t, "online_seit"),
                Rows.str(t, "leika_schluessel"), t.get("loesung_id") == null ? null : Rows.number(t, "loesung_id"),
                t.get("projekt_id") == null ? null : Rows.number(t, "projekt_id"),
                quelle == null ? null : Umsetzungsquelle.valueOf(quelle), Rows.str(t, "quelle_name"),
                Rows.timestamp(t.get("aktualisiert_am")), version == null ? null : ((Number) version).longValue(),
                Rows.bool(t, "beispiel"));
    }

    public UmsetzungModelle.KommuneUmsetzungsstand kommuneStand(String key, String reifegradMinParam) {
        int min = reifegradMin(reifegradMinParam);
        UmsetzungModelle.KommuneKurz k = kommune(key);
        List<Tuple> rows = NativeSql.list(em, EINTRAG_SELECT + " WHERE z.zustaendig OR u.ozg_id IS NOT NULL ORDER BY l.themenfeld_id, l.ozg_id",
                "typ", k.typ().name(), "ags", k.ags());
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
        for (Tuple t : rows) {
            UmsetzungModelle.Umsetzungseintrag e = eintrag(t);
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
            tfNamen.put(e.themenfeldId(), Rows.str(t, "themenfeld_name"));
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
        tf.forEach((id, z) -> themenfelder.add(new UmsetzungModelle.ThemenfeldStand(id, tfNamen.get(id), z[0], z[1], anteil(z[1], z[0]))));
        return new UmsetzungModelle.KommuneUmsetzungsstand(k, min, new UmsetzungModelle.Sollzahlen(soll, abgeleitet, soll - abgeleitet),
                online, anteil(online, soll), UmsetzungModelle.FORMEL_A,
                status.entrySet().stream().map(s -> new UmsetzungModelle.Anzahl(s.getKey().name(), s.getValue())).toList(),
                reifegrade.entrySet().stream().map(r -> new UmsetzungModelle.Anzahl(String.valueOf(r.getKey()), r.getValue())).toList(),
                themenfelder, eintraege, beispiel);
    }

    public Versioned<UmsetzungModelle.Umsetzungseintrag> eintrag(String key, String ozgParam) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        int ozgId = ozgId(ozgParam);
        return eintrag(k, ozgId, false);
    }

    private Versioned<UmsetzungModelle.Umsetzungseintrag> eintrag(UmsetzungModelle.KommuneKurz k, int ozgId, boolean neu) {
        List<Tuple> rows = NativeSql.list(em, EINTRAG_SELECT + " WHERE l.ozg_id = :ozg", "typ", k.typ().name(), "ags", k.ags(), "ozg", ozgId);
        if (rows.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        UmsetzungModelle.Umsetzungseintrag e = eintrag(rows.get(0));
        return new Versioned<>(e, e.version(), neu);
    }

    static int ozgId(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            throw nrw.digitalisierungsdashboard.common.InvalidParameterException.path("ozgId", "Die OZG-ID ist eine ganze Zahl.");
        }
        return Integer.parseInt(value);
    }

    @Transactional
    public Versioned<UmsetzungModelle.Umsetzungseintrag> put(String key, String ozgParam, UmsetzungModelle.UmsetzungsstandEingabe e, String ifMatch) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        int ozgId = ozgId(ozgParam);
        List<Tuple> leistung = NativeSql.list(em, "SELECT l.themenfeld_id, t.name FROM leistung l JOIN themenfeld t ON t.id = l.themenfeld_id "
                + "WHERE l.ozg_id = :id", "id", ozgId);
        if (leistung.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        zugriff.leistung(k.ags(), k.name(), Rows.integer(leistung.get(0), "themenfeld_id"), Rows.str(leistung.get(0), "name"));
        pruefe(e, ozgId);
        // lock the row (if any) so two writers are serialised and the version check is exact
        List<Tuple> current = NativeSql.list(em, "SELECT version, status, reifegrad FROM umsetzungsstand "
                + "WHERE kommune_ags = :ags AND ozg_id = :ozg FOR UPDATE", "ags", k.ags(), "ozg", ozgId);
        Versioned<UmsetzungModelle.Umsetzungseintrag> vorher = eintrag(k, ozgId, false);
        String modell = e.reifegradmodell() == null ? "1.1" : e.reifegradmodell();
        int stufeVorher = -1;
        boolean neu = current.isEmpty();
        if (!neu) {
            ETags.requireMatch(ifMatch, Rows.number(current.get(0), "version"));
            stufeVorher = stufe(Rows.str(current.get(0), "status"), Rows.integer(current.get(0), "reifegrad"));
        }
        em.createNativeQuery("""
                        INSERT INTO umsetzungsstand (kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                            online_seit, loesung_id, projekt_id, quelle, quelle_name, aktualisiert_am, version, beispiel)
                        VALUES (:ags, :ozg, :leika, :status, CAST(:rg AS smallint), :modell, :url, CAST(:seit AS date), CAST(:loesung AS bigint),
                            CAST(:projekt AS bigint), 'MANUELL', :wer, now(), 0, false)
                        ON CONFLICT (kommune_ags, ozg_id) DO UPDATE SET leika_schluessel = EXCLUDED.leika_schluessel,
                            status = EXCLUDED.status, reifegrad = EXCLUDED.reifegrad, reifegradmodell = EXCLUDED.reifegradmodell,
                            url = EXCLUDED.url, online_seit = EXCLUDED.online_seit, loesung_id = EXCLUDED.loesung_id,
                            projekt_id = EXCLUDED.projekt_id, quelle = 'MANUELL', quelle_name = EXCLUDED.quelle_name, import_id = NULL,
                            aktualisiert_am = now(), version = umsetzungsstand.version + 1, beispiel = false""")
                .setParameter("ags", k.ags()).setParameter("ozg", ozgId).setParameter("leika", e.leikaSchluessel())
                .setParameter("status", e.status().name()).setParameter("rg", e.reifegrad()).setParameter("modell", modell)
                .setParameter("url", Rows.blankToNull(e.url()))
                .setParameter("seit", e.onlineSeit() == null ? null : e.onlineSeit().toString())
                .setParameter("loesung", e.loesungId()).setParameter("projekt", e.projektId())
                .setParameter("wer", zugriff.name()).executeUpdate();
        int stufeNachher = stufe(e.status().name(), e.reifegrad());
        if (stufeNachher != stufeVorher) {
            em.createNativeQuery("INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher) "
                            + "VALUES (:ags, :ozg, now(), CAST(:v AS smallint), CAST(:n AS smallint))")
                    .setParameter("ags", k.ags()).setParameter("ozg", ozgId).setParameter("v", stufeVorher).setParameter("n", stufeNachher)
                    .executeUpdate();
        }
        kennzahlen.kommunen(List.of(k.ags()));
        Versioned<UmsetzungModelle.Umsetzungseintrag> nachher = eintrag(k, ozgId, neu);
        audit.record("UMSETZUNGSSTAND", k.ags() + ":" + ozgId, neu ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                neu ? null : snapshot(vorher.value()), snapshot(nachher.value()), true,
                "Umsetzungsstand von „" + nachher.value().name() + "“ in „" + k.name() + "“ gepflegt");
        return nachher;
    }

    static int stufe(String status, Integer reifegrad) {
        return "ONLINE".equals(status) ? (reifegrad == null ? 0 : reifegrad) : -1;
    }

    private void pruefe(UmsetzungModelle.UmsetzungsstandEingabe e, int ozgId) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (e.status() == Umsetzungsstatus.KEINE_ANGABE) {
            errors.add(new Problem.InvalidParam("status", "body", "KEINE_ANGABE wird nicht gespeichert; erlaubt: NICHT_BEGONNEN, "
                    + "IN_PLANUNG, IN_UMSETZUNG, ONLINE."));
        }
        boolean modell20 = "2.0".equals(e.reifegradmodell());
        if (e.reifegrad() != null && !modell20 && e.reifegrad() > 4) {
            errors.add(new Problem.InvalidParam("reifegrad", "body", "Im Reifegradmodell 1.1 reicht der Reifegrad von 0 bis 4."));
        }
        if (e.onlineSeit() != null && e.status() != Umsetzungsstatus.ONLINE) {
            errors.add(new Problem.InvalidParam("onlineSeit", "body", "Ein Datum „online seit“ gibt es nur beim Status ONLINE."));
        }
        if (e.onlineSeit() != null && e.onlineSeit().isAfter(java.time.LocalDate.now().plusDays(1))) {
            errors.add(new Problem.InvalidParam("onlineSeit", "body", "Liegt in der Zukunft."));
        }
        if (e.leikaSchluessel() != null && ((Number) em.createNativeQuery(
                "SELECT count(*) FROM leika_leistung WHERE schluessel = :s AND ozg_id = :o").setParameter("s", e.leikaSchluessel())
                .setParameter("o", ozgId).getSingleResult()).longValue() == 0) {
            errors.add(new Problem.InvalidParam("leikaSchluessel", "body", "Dieser LeiKa-Schlüssel gehört nicht zu der OZG-Leistung " + ozgId + "."));
        }
        if (e.loesungId() != null && em.createNativeQuery("SELECT 1 FROM loesung WHERE id = :id").setParameter("id", e.loesungId())
                .getResultList().isEmpty()) {
            errors.add(new Problem.InvalidParam("loesungId", "body", "Eine Lösung mit dieser ID gibt es nicht."));
        }
        if (e.projektId() != null && em.createNativeQuery("SELECT 1 FROM projekt WHERE id = :id").setParameter("id", e.projektId())
                .getResultList().isEmpty()) {
            errors.add(new Problem.InvalidParam("projektId", "body", "Ein Projekt mit dieser ID gibt es nicht."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Umsetzungsstand", errors.size() == 1 ? errors.get(0).reason()
                    : "Mehrere Angaben passen nicht zusammen.", errors);
        }
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

    public UmsetzungModelle.LeistungUmsetzungsstand leistungStand(String ozgParam, String reifegradMinParam, String kreis,
                                                                  String regierungsbezirk, String statusParam, PageRequest page) {
        int ozgId = ozgId(ozgParam);
        int min = reifegradMin(reifegradMinParam);
        List<Tuple> l = NativeSql.list(em, "SELECT name FROM leistung WHERE ozg_id = :id", "id", ozgId);
        if (l.isEmpty()) {
            throw new NotFoundException("Eine OZG-Leistung mit der ID " + ozgId + " gibt es nicht.");
        }
        NativeSql sql = new NativeSql().bind("ozg", ozgId).where("z.zustaendig");
        String kr = Params.matching("kreis", kreis, "05[0-9]{3}", "Ein Kreisschlüssel hat 5 Ziffern und beginnt mit 05.");
        if (kr != null) {
            sql.where("k.kreis_schluessel = :kreis", "kreis", kr);
        }
        String rb = Params.matching("regierungsbezirk", regierungsbezirk, "05[1-9]", "Ein Regierungsbezirk hat die Form 051 bis 059.");
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
        List<UmsetzungModelle.LeistungUmsetzungKommune> items = sql.page(em, "SELECT " + KOMMUNE_KURZ
                        + ", u.status, u.reifegrad, u.reifegradmodell, u.url, u.online_seit, u.quelle, u.aktualisiert_am, "
                        + "coalesce(u.beispiel, false) AS beispiel" + from,
                " ORDER BY (u.status = 'ONLINE') DESC NULLS LAST, u.reifegrad DESC NULLS LAST, k.name, k.ags", page).stream()
                .map(t -> new UmsetzungModelle.LeistungUmsetzungKommune(kurz(t),
                        t.get("status") == null ? Umsetzungsstatus.KEINE_ANGABE : Umsetzungsstatus.valueOf(Rows.str(t, "status")),
                        Rows.integer(t, "reifegrad"), Rows.str(t, "reifegradmodell"), Rows.str(t, "url"), Rows.date(t, "online_seit"),
                        t.get("quelle") == null ? null : Umsetzungsquelle.valueOf(Rows.str(t, "quelle")),
                        Rows.timestamp(t.get("aktualisiert_am")), Rows.bool(t, "beispiel"))).toList();
        long total = sql.count(em, from);
        List<Tuple> land = NativeSql.list(em, "SELECT zustaendig, online_ge[:i] AS online FROM leistung_region_kennzahl "
                + "WHERE ebene = 'LAND' AND ozg_id = :ozg", "i", min + 1, "ozg", ozgId);
        long zustaendig = land.isEmpty() ? 0 : Rows.number(land.get(0), "zustaendig");
        long online = land.isEmpty() ? 0 : Rows.number(land.get(0), "online");
        boolean beispiel = !em.createNativeQuery("SELECT 1 FROM umsetzungsstand WHERE ozg_id = :ozg AND beispiel LIMIT 1")
                .setParameter("ozg", ozgId).getResultList().isEmpty();
        return new UmsetzungModelle.LeistungUmsetzungsstand(ozgId, Rows.str(l.get(0), "name"), min, zustaendig, online,
                anteil(online, zustaendig), zustaendig > 0 && online == zustaendig, online > 0,
                "Zuständig sind die Kommunen, deren Typ nach den Zuständigkeitsregeln zuständig ist. online: davon mit Status ONLINE "
                        + "und Reifegrad ≥ reifegradMin. strikt (Metrik c): online in jeder zuständigen Kommune. mindestensEine "
                        + "(Metrik d, Zählweise des Bundes): online in mindestens einer.",
                Page.of(items, total, page), beispiel);
    }

    // --- Basiskomponenten ------------------------------------------------------------------------------------

    public UmsetzungModelle.KommuneBasiskomponenten basiskomponenten(String key) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        List<UmsetzungModelle.BasiskomponenteAnschluss> list = NativeSql.list(em, """
                        SELECT b.id, b.name, a.status, a.geplant_ab, a.quelle_name, a.aktualisiert_am, a.version,
                               coalesce(a.beispiel, false) AS beispiel
                        FROM basiskomponente b
                        LEFT JOIN basiskomponente_anschluss a ON a.basiskomponente_id = b.id AND a.kommune_ags = :ags
                        ORDER BY b.reihenfolge, b.id""", "ags", k.ags()).stream()
                .map(UmsetzungsstandService::anschluss).toList();
        return new UmsetzungModelle.KommuneBasiskomponenten(k, list, list.stream().anyMatch(UmsetzungModelle.BasiskomponenteAnschluss::beispiel));
    }

    private static UmsetzungModelle.BasiskomponenteAnschluss anschluss(Tuple t) {
        Object version = t.get("version");
        return new UmsetzungModelle.BasiskomponenteAnschluss(Rows.str(t, "id"), Rows.str(t, "name"),
                t.get("status") == null ? Anschlussstatus.KEINE_ANGABE : Anschlussstatus.valueOf(Rows.str(t, "status")),
                Rows.date(t, "geplant_ab"), Rows.str(t, "quelle_name"), Rows.timestamp(t.get("aktualisiert_am")),
                version == null ? null : ((Number) version).longValue(), Rows.bool(t, "beispiel"));
    }

    @Transactional
    public Versioned<UmsetzungModelle.BasiskomponenteAnschluss> putAnschluss(String key, String basiskomponenteId, UmsetzungModelle.AnschlussEingabe e, String ifMatch) {
        UmsetzungModelle.KommuneKurz k = kommune(key);
        if (basiskomponenteId == null || em.createNativeQuery("SELECT 1 FROM basiskomponente WHERE id = :id")
                .setParameter("id", basiskomponenteId).getResultList().isEmpty()) {
            throw new NotFoundException("Eine Basiskomponente „" + basiskomponenteId + "“ gibt es nicht.");
        }
        zugriff.basiskomponenten(k.ags(), k.name());
        if (e.status() == Anschlussstatus.KEINE_ANGABE) {
            throw new RuleViolationException("Anschluss", "KEINE_ANGABE wird nicht gespeichert.",
                    List.of(new Problem.InvalidParam("status", "body", "Erlaubt: ANGESCHLOSSEN, GEPLANT, NICHT_ANGESCHLOSSEN.")));
        }
        if (e.geplantAb() != null && e.status() != Anschlussstatus.GEPLANT) {
            throw new RuleViolationException("Anschluss", "Ein Datum „geplant ab“ gibt es nur beim Status GEPLANT.",
                    List.of(new Problem.InvalidParam("geplantAb", "body", "Nur beim Status GEPLANT.")));
        }
        List<Tuple> current = NativeSql.list(em, "SELECT version, status, geplant_ab FROM basiskomponente_anschluss "
                + "WHERE kommune_ags = :ags AND basiskomponente_id = :id FOR UPDATE", "ags", k.ags(), "id", basiskomponenteId);
        boolean neu = current.isEmpty();
        Map<String, Object> vorher = null;
        if (!neu) {
            ETags.requireMatch(ifMatch, Rows.number(current.get(0), "version"));
            vorher = new LinkedHashMap<>();
            vorher.put("status", Rows.str(current.get(0), "status"));
            vorher.put("geplantAb", current.get(0).get("geplant_ab") == null ? null : Rows.date(current.get(0), "geplant_ab").toString());
        }
        em.createNativeQuery("""
                        INSERT INTO basiskomponente_anschluss (kommune_ags, basiskomponente_id, status, geplant_ab, quelle_name,
                            aktualisiert_am, version, beispiel)
                        VALUES (:ags, :id, :status, CAST(:ab AS date), :wer, now(), 0, false)
                        ON CONFLICT (kommune_ags, basiskomponente_id) DO UPDATE SET status = EXCLUDED.status,
                            geplant_ab = EXCLUDED.geplant_ab, quelle_name = EXCLUDED.quelle_name, aktualisiert_am = now(),
                            version = basiskomponente_anschluss.version + 1, beispiel = false""")
                .setParameter("ags", k.ags()).setParameter("id", basiskomponenteId).setParameter("status", e.status().name())
                .setParameter("ab", e.geplantAb() == null ? null : e.geplantAb().toString()).setParameter("wer", zugriff.name())
                .executeUpdate();
        UmsetzungModelle.BasiskomponenteAnschluss nachher = anschluss(NativeSql.list(em, """
                SELECT b.id, b.name, a.status, a.geplant_ab, a.quelle_name, a.aktualisiert_am, a.version, a.beispiel
                FROM basiskomponente b JOIN basiskomponente_anschluss a ON a.basiskomponente_id = b.id
                WHERE a.kommune_ags = :ags AND b.id = :id""", "ags", k.ags(), "id", basiskomponenteId).get(0));
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("status", nachher.status().name());
        n.put("geplantAb", nachher.geplantAb() == null ? null : nachher.geplantAb().toString());
        audit.record("BASISKOMPONENTE_ANSCHLUSS", k.ags() + ":" + basiskomponenteId, neu ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                vorher, n, true, "Anschluss von „" + k.name() + "“ an „" + nachher.name() + "“ gepflegt");
        return new Versioned<>(nachher, nachher.version(), neu);
    }

    public UmsetzungModelle.AnschlussMatrix matrix(String kreis, String regierungsbezirk, String typParam, PageRequest page) {
        NativeSql sql = new NativeSql();
        String kr = Params.matching("kreis", kreis, "05[0-9]{3}", "Ein Kreisschlüssel hat 5 Ziffern und beginnt mit 05.");
        if (kr != null) {
            sql.where("k.kreis_schluessel = :kreis", "kreis", kr);
        }
        String rb = Params.matching("regierungsbezirk", regierungsbezirk, "05[1-9]", "Ein Regierungsbezirk hat die Form 051 bis 059.");
        if (rb != null) {
            sql.where("k.regierungsbezirk_id = :rb", "rb", rb);
        }
        KommuneTyp typ = Params.enumValue("typ", typParam, KommuneTyp.class);
        if (typ != null) {
            sql.where("k.typ = :typ", "typ", typ.name());
        }
        List<Tuple> bks = NativeSql.list(em, "SELECT id, name FROM basiskomponente ORDER BY reihenfolge, id");
        List<Tuple> kommunenPage = sql.page(em, "SELECT " + KOMMUNE_KURZ + " FROM kommune k", " ORDER BY k.name, k.ags", page);
        long total = sql.count(em, " FROM kommune k");
        List<String> agss = kommunenPage.stream().map(t -> Rows.str(t, "ags")).toList();
        Map<String, Map<String, Tuple>> zellen = new java.util.HashMap<>();
        boolean beispiel = false;
        if (!agss.isEmpty()) {
            for (Tuple t : NativeSql.list(em, "SELECT kommune_ags, basiskomponente_id, status, geplant_ab, beispiel "
                    + "FROM basiskomponente_anschluss WHERE kommune_ags IN (:agss)", "agss", agss)) {
                zellen.computeIfAbsent(Rows.str(t, "kommune_ags"), x -> new java.util.HashMap<>()).put(Rows.str(t, "basiskomponente_id"), t);
                beispiel |= Rows.bool(t, "beispiel");
            }
        }
        List<UmsetzungModelle.AnschlussMatrixZeile> zeilen = new ArrayList<>();
        for (Tuple kt : kommunenPage) {
            Map<String, Tuple> z = zellen.getOrDefault(Rows.str(kt, "ags"), Map.of());
            List<UmsetzungModelle.AnschlussZelle> cells = new ArrayList<>();
            for (Tuple b : bks) {
                Tuple c = z.get(Rows.str(b, "id"));
                cells.add(new UmsetzungModelle.AnschlussZelle(Rows.str(b, "id"),
                        c == null ? Anschlussstatus.KEINE_ANGABE : Anschlussstatus.valueOf(Rows.str(c, "status")),
                        c == null ? null : Rows.date(c, "geplant_ab")));
            }
            zeilen.add(new UmsetzungModelle.AnschlussMatrixZeile(kurz(kt), cells));
        }
        Map<String, long[]> summen = new java.util.HashMap<>();
        for (Tuple t : NativeSql.list(em, "SELECT a.basiskomponente_id AS id, count(*) FILTER (WHERE a.status = 'ANGESCHLOSSEN') AS an, "
                        + "count(*) FILTER (WHERE a.status = 'GEPLANT') AS geplant FROM basiskomponente_anschluss a "
                        + "JOIN kommune k ON k.ags = a.kommune_ags" + sql.whereClause() + " GROUP BY a.basiskomponente_id",
                params(kr, rb, typ))) {
            summen.put(Rows.str(t, "id"), new long[]{Rows.number(t, "an"), Rows.number(t, "geplant")});
        }
        List<UmsetzungModelle.BasiskomponentenSpalte> spalten = bks.stream().map(b -> {
            long[] s = summen.getOrDefault(Rows.str(b, "id"), new long[2]);
            return new UmsetzungModelle.BasiskomponentenSpalte(Rows.str(b, "id"), Rows.str(b, "name"), s[0], s[1]);
        }).toList();
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
