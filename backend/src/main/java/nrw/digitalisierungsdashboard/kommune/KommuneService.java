package nrw.digitalisierungsdashboard.kommune;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Sort;
import nrw.digitalisierungsdashboard.common.Versioned;

/** Reads of the Kommunen of NRW and their territorial units. */
@ApplicationScoped
public class KommuneService {

    private static final Sort KOMMUNE_SORT = Sort.by("k.ags")
            .field("name", "k.name")
            .field("ags", "k.ags")
            .field("einwohner", "k.einwohner")
            .field("flaecheKm2", "k.flaeche_km2")
            .field("einwohnerJeKm2", "dichte")
            .field("anteilOnline", "anteil_online");

    /** Standard threshold of "online" (Reifegrad 2: the form can be filled in online), as in the statistics. */
    private static final int REIFEGRAD_MIN_STANDARD = 2;

    private static final String KOMMUNE_FROM = " FROM kommune k JOIN kreis kr ON kr.schluessel = k.kreis_schluessel"
            + " JOIN regierungsbezirk rb ON rb.id = k.regierungsbezirk_id";

    private static final String KOMMUNE_SELECT = "SELECT k.*, kr.name AS kreis_name, rb.kurzname AS rb_name,"
            + " round(k.einwohner / k.flaeche_km2, 1) AS dichte,"
            + " (SELECT count(*) FROM kommune g WHERE k.ebene = 'KREIS' AND g.ebene = 'GEMEINDE'"
            + "   AND g.kreis_schluessel = k.ags) AS anzahl_gemeinden" + KOMMUNE_FROM;

    /** The list also says how much of each Kommune's Soll is online (pre-aggregated in kommune_kennzahl). */
    private static final String KOMMUNE_LIST_SELECT = "SELECT k.*, kr.name AS kreis_name, rb.kurzname AS rb_name,"
            + " round(k.einwohner / k.flaeche_km2, 1) AS dichte, kk.soll AS kk_soll, kk.online_ge[:stufe] AS kk_online,"
            + " CASE WHEN kk.soll > 0 THEN round(CAST(kk.online_ge[:stufe] AS numeric) / kk.soll, 4) END AS anteil_online"
            + KOMMUNE_FROM
            + " LEFT JOIN kommune_kennzahl kk ON kk.kommune_ags = k.ags";

    private final EntityManager em;
    private final AuditService audit;
    private final Event<KommuneGeaendert> geaendert;

    public KommuneService(EntityManager em, AuditService audit, Event<KommuneGeaendert> geaendert) {
        this.em = em;
        this.audit = audit;
        this.geaendert = geaendert;
    }

    public Page<KommuneSummary> kommunen(KommuneFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql();
        KommuneTyp typ = Params.enumValue("typ", filter.typ, KommuneTyp.class);
        if (typ != null) {
            sql.where("k.typ = :typ", "typ", typ.name());
        }
        Ebene ebene = Params.enumValue("ebene", filter.ebene, Ebene.class);
        if (ebene != null) {
            sql.where("k.ebene = :ebene", "ebene", ebene.name());
        }
        String kreis = Params.matching(
                "kreis", filter.kreis, "05\\d{3}", "Ein Kreisschlüssel hat 5 Ziffern und beginnt mit 05.");
        if (kreis != null) {
            if (KreisEntity.findById(kreis) == null) {
                throw InvalidParameterException.query(
                        "kreis", "Einen Kreis mit dem Schlüssel " + kreis + " gibt es nicht.");
            }
            sql.where("k.kreis_schluessel = :kreis", "kreis", kreis);
        }
        String rb = Params.matching(
                "regierungsbezirk",
                filter.regierungsbezirk,
                "05\\d",
                "Die Kennung eines Regierungsbezirks hat 3 Ziffern, z. B. 051.");
        if (rb != null) {
            if (RegierungsbezirkEntity.findById(rb) == null) {
                throw InvalidParameterException.query(
                        "regierungsbezirk", "Einen Regierungsbezirk " + rb + " gibt es nicht.");
            }
            sql.where("k.regierungsbezirk_id = :rb", "rb", rb);
        }
        if (Params.present(filter.groessenklasse)) {
            String code = filter.groessenklasse.trim().toUpperCase(Locale.ROOT);
            if (GroessenklasseEntity.findById(code) == null) {
                throw InvalidParameterException.query(
                        "groessenklasse",
                        "Unbekannte Größenklasse „" + filter.groessenklasse + "“; erlaubt: "
                                + String.join(
                                        ", ",
                                        groessenklassen().stream()
                                                .map(Groessenklasse::code)
                                                .toList()) + ".");
            }
            sql.where("k.groessenklasse = :gk", "gk", code);
        }
        String rank = null;
        if (Params.present(filter.q)) {
            if (filter.q.length() > 200) {
                throw InvalidParameterException.query("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
            }
            String q = filter.q.trim();
            if (q.matches("\\d{1,12}")) {
                sql.where("(k.ags LIKE :prefix OR k.ars LIKE :prefix)", "prefix", q + "%");
            } else {
                String tsquery = FulltextQuery.prefixQuery(q);
                if (tsquery == null) {
                    sql.where("false");
                } else {
                    sql.where("k.suche @@ to_tsquery('simple', :q)", "q", tsquery);
                    // exact name matches first, then shorter names (Köln before Kölner Umland)
                    rank = "(dashboard_fold(k.kurzname) = dashboard_fold(:raw)) DESC, length(k.name)";
                    sql.bindForOrder("raw", q);
                }
            }
        }
        int reifegradMin = Params.intInRange("reifegradMin", filter.reifegradMin, REIFEGRAD_MIN_STANDARD, 0, 7);
        sql.bindForOrder("stufe", reifegradMin + 1);
        String orderBy = KOMMUNE_SORT.orderBy(filter.sort, rank == null ? "k.name" : rank);
        List<KommuneSummary> items = sql.page(em, KOMMUNE_LIST_SELECT, orderBy, page).stream()
                .map(t -> summary(t, true))
                .toList();
        return Page.of(items, sql.count(em, KOMMUNE_FROM), page);
    }

    public Versioned<KommuneDetail> kommuneVersioned(String key) {
        KommuneDetail k = kommune(key);
        return Versioned.of(k, KommuneEntity.<KommuneEntity>findById(k.ags()).version);
    }

    /**
     * Confirms or corrects a Kommune's status. Only a kreisangehörige Gemeinde's status can be chosen; kreisfreie
     * Städte and Kreise are what the official register says they are.
     */
    @Transactional
    public Versioned<KommuneDetail> update(String key, KommuneAenderung aenderung, String ifMatch) {
        KommuneEntity k = KommuneEntity.findById(kommune(key).ags());
        ETags.requireMatch(ifMatch, k.version);
        Map<String, Object> vorher = statusSnapshot(k);
        if (aenderung.typ() != null) {
            boolean kreisfreiAmtlich = "kreisfreie Stadt".equals(k.gebietstypAmtlich);
            boolean erlaubt = switch (aenderung.typ()) {
                case KREIS -> k.ebene == Ebene.KREIS;
                case KREISFREIE_STADT -> kreisfreiAmtlich;
                default -> k.ebene == Ebene.GEMEINDE && !kreisfreiAmtlich;
            };
            if (!erlaubt) {
                throw new RuleViolationException(
                        "Status nach Gemeindeverzeichnis",
                        "„" + k.name + "“ ist laut Gemeindeverzeichnis " + k.gebietstypAmtlich + "; der Status "
                                + aenderung.typ()
                                + " passt dazu nicht. Wählbar ist er nur für kreisangehörige Gemeinden.",
                        List.of(new Problem.InvalidParam("typ", "body", "Für diese Kommune nicht zulässig.")));
            }
            k.typ = aenderung.typ();
            k.typAbgeleitet = false;
        }
        if (aenderung.typHinweis() != null) {
            k.typHinweis = aenderung.typHinweis().isBlank()
                    ? null
                    : aenderung.typHinweis().trim();
        }
        em.flush();
        // the status decides the Soll (Zuständigkeit per Kommune type)
        geaendert.fire(new KommuneGeaendert(k.ags));
        Map<String, Object> nachher = statusSnapshot(k);
        if (!vorher.equals(nachher)) {
            audit.record(
                    "KOMMUNE", k.ags, Aktion.GEAENDERT, vorher, nachher, true, "Status von „" + k.name + "“ gepflegt");
        }
        return Versioned.of(kommune(k.ags), k.version);
    }

    private static Map<String, Object> statusSnapshot(KommuneEntity k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typ", k.typ.name());
        m.put("typAbgeleitet", k.typAbgeleitet);
        m.put("typHinweis", k.typHinweis);
        return m;
    }

    /** Accepts the 8-digit AGS, a 5-digit Kreisschlüssel or the 12-digit ARS. */
    public KommuneDetail kommune(String key) {
        if (key == null || !key.matches("\\d{5}|\\d{8}|\\d{12}")) {
            throw InvalidParameterException.path(
                    "ags",
                    "Erwartet wird ein 8-stelliger AGS, ein 5-stelliger Kreisschlüssel oder ein 12-stelliger ARS.");
        }
        if (!key.startsWith("05")) {
            throw new NotFoundException(
                    "Das Dashboard führt nur Kommunen in Nordrhein-Westfalen (Schlüssel beginnen mit 05).");
        }
        String condition = switch (key.length()) {
            case 12 -> "k.ars = :key";
            // a kreisfreie Stadt answers to its Kreisschlüssel as well as to its AGS
            case 5 -> "(k.ags = :key OR (k.typ = 'KREISFREIE_STADT' AND k.kreis_schluessel = :key))";
            default -> "k.ags = :key";
        };
        List<Tuple> rows = NativeSql.list(em, KOMMUNE_SELECT + " WHERE " + condition, "key", key);
        if (rows.isEmpty()) {
            throw new NotFoundException("Eine Kommune mit dem Schlüssel " + key + " gibt es in NRW nicht.");
        }
        Tuple t = rows.get(0);
        KommuneSummary s = summary(t, false);
        return new KommuneDetail(
                s.ags(),
                s.ars(),
                s.name(),
                s.kurzname(),
                s.ebene(),
                s.typ(),
                s.typAbgeleitet(),
                Rows.str(t, "typ_hinweis"),
                Rows.str(t, "gebietstyp_amtlich"),
                s.groessenklasse(),
                s.kreis(),
                s.regierungsbezirk(),
                s.einwohner(),
                s.flaecheKm2(),
                s.einwohnerJeKm2(),
                Rows.date(t, "einwohner_stichtag"),
                Rows.date(t, "gebietsstand"),
                Rows.str(t, "plz"),
                s.ebene() == Ebene.KREIS ? (int) Rows.number(t, "anzahl_gemeinden") : null,
                "kommune-" + s.ags());
    }

    public List<Regierungsbezirk> regierungsbezirke() {
        return NativeSql.list(em, """
                SELECT rb.*,
                  (SELECT count(*) FROM kreis k WHERE k.regierungsbezirk_id = rb.id AND k.typ = 'KREIS') AS kreise,
                  (SELECT count(*) FROM kreis k WHERE k.regierungsbezirk_id = rb.id AND k.typ = 'KREISFREIE_STADT') AS kreisfrei,
                  (SELECT count(*) FROM kommune g WHERE g.regierungsbezirk_id = rb.id AND g.ebene = 'GEMEINDE') AS gemeinden
                FROM regierungsbezirk rb ORDER BY rb.id""").stream()
                .map(t -> new Regierungsbezirk(
                        Rows.str(t, "id"),
                        Rows.str(t, "name"),
                        Rows.str(t, "kurzname"),
                        Rows.str(t, "verwaltungssitz"),
                        Rows.number(t, "einwohner"),
                        Rows.decimal(t, "flaeche_km2"),
                        (int) Rows.number(t, "kreise"),
                        (int) Rows.number(t, "kreisfrei"),
                        (int) Rows.number(t, "gemeinden")))
                .toList();
    }

    public List<Kreis> kreise(String regierungsbezirk, String typParam) {
        String rb = Params.matching(
                "regierungsbezirk",
                regierungsbezirk,
                "05\\d",
                "Die Kennung eines Regierungsbezirks hat 3 Ziffern, z. B. 051.");
        if (rb != null && RegierungsbezirkEntity.findById(rb) == null) {
            throw InvalidParameterException.query(
                    "regierungsbezirk", "Einen Regierungsbezirk " + rb + " gibt es nicht.");
        }
        KreisTyp typ = Params.enumValue("typ", typParam, KreisTyp.class);
        return NativeSql.list(em, """
                SELECT kr.*, rb.kurzname AS rb_name,
                       CASE WHEN kr.typ = 'KREIS' THEN kr.schluessel
                            ELSE (SELECT g.ags FROM kommune g WHERE g.kreis_schluessel = kr.schluessel
                                  AND g.typ = 'KREISFREIE_STADT') END AS kommune_ags
                FROM kreis kr JOIN regierungsbezirk rb ON rb.id = kr.regierungsbezirk_id
                WHERE (CAST(:rb AS text) IS NULL OR kr.regierungsbezirk_id = CAST(:rb AS text))
                  AND (CAST(:typ AS text) IS NULL OR kr.typ = CAST(:typ AS text))
                ORDER BY kr.name, kr.schluessel""", "rb", rb, "typ", typ == null ? null : typ.name()).stream()
                .map(t -> new Kreis(
                        Rows.str(t, "schluessel"),
                        Rows.str(t, "name"),
                        Rows.str(t, "kurzname"),
                        KreisTyp.valueOf(Rows.str(t, "typ")),
                        Rows.str(t, "verwaltungssitz"),
                        new RegionRefs.RegierungsbezirkRef(Rows.str(t, "regierungsbezirk_id"), Rows.str(t, "rb_name")),
                        (int) Rows.number(t, "anzahl_gemeinden"),
                        Rows.number(t, "einwohner"),
                        Rows.decimal(t, "flaeche_km2"),
                        Rows.str(t, "kommune_ags")))
                .toList();
    }

    public List<Groessenklasse> groessenklassen() {
        return NativeSql.list(em, """
                SELECT gk.*, (SELECT count(*) FROM kommune k WHERE k.groessenklasse = gk.code) AS anzahl
                FROM groessenklasse gk ORDER BY gk.reihenfolge""").stream()
                .map(t -> new Groessenklasse(
                        Rows.str(t, "code"),
                        Rows.str(t, "name"),
                        Rows.integer(t, "einwohner_von"),
                        Rows.integer(t, "einwohner_bis"),
                        Rows.str(t, "beschreibung"),
                        (int) Rows.number(t, "anzahl")))
                .toList();
    }

    private static KommuneSummary summary(Tuple t, boolean mitStand) {
        return new KommuneSummary(
                Rows.str(t, "ags"),
                Rows.str(t, "ars"),
                Rows.str(t, "name"),
                Rows.str(t, "kurzname"),
                Ebene.valueOf(Rows.str(t, "ebene")),
                KommuneTyp.valueOf(Rows.str(t, "typ")),
                Rows.bool(t, "typ_abgeleitet"),
                Rows.str(t, "groessenklasse"),
                new RegionRefs.KreisRef(Rows.str(t, "kreis_schluessel"), Rows.str(t, "kreis_name")),
                new RegionRefs.RegierungsbezirkRef(Rows.str(t, "regierungsbezirk_id"), Rows.str(t, "rb_name")),
                Rows.number(t, "einwohner"),
                Rows.decimal(t, "flaeche_km2"),
                Rows.decimal(t, "dichte"),
                mitStand ? Rows.integer(t, "kk_soll") : null,
                mitStand ? Rows.integer(t, "kk_online") : null,
                mitStand ? Rows.decimal(t, "anteil_online") : null);
    }
}
