package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.fachamt.Fachamt;
import nrw.digitalisierungsdashboard.fachamt.FachamtEntity;
import nrw.digitalisierungsdashboard.identity.CurrentUser;

/** Reads of the OZG catalogue: Themenfelder, Lagen, Leistungen and their LeiKa rows. */
@ApplicationScoped
public class KatalogService {

    private static final nrw.digitalisierungsdashboard.common.Sort LEISTUNG_SORT =
            nrw.digitalisierungsdashboard.common.Sort.by("l.ozg_id")
                    .field("name", "l.name")
                    .field("ozgId", "l.ozg_id")
                    .field("themenfeld", "tf.name")
                    .field("anzahlLeika", "anzahl_leika")
                    .field("anteilOnline", "anteil_online");

    private final EntityManager em;
    private final CurrentUser user;
    private final AuditService audit;

    public KatalogService(EntityManager em, CurrentUser user, AuditService audit) {
        this.em = em;
        this.user = user;
        this.audit = audit;
    }

    public List<Themenfeld> themenfelder() {
        return NativeSql.list(em, """
                SELECT tf.id, tf.name, tf.katalog_stand,
                       (SELECT count(*) FROM lage la WHERE la.themenfeld_id = tf.id) AS anzahl_lagen,
                       (SELECT count(*) FROM leistung l WHERE l.themenfeld_id = tf.id) AS anzahl_leistungen
                FROM themenfeld tf ORDER BY tf.name, tf.id""").stream().map(KatalogService::themenfeld).toList();
    }

    public ThemenfeldDetail themenfeld(String idParam) {
        int id = pathInt("id", idParam);
        Themenfeld tf = themenfelder().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Ein Themenfeld mit der ID " + id + " gibt es nicht."));
        return new ThemenfeldDetail(
                tf.id(), tf.name(), tf.katalogStand(), tf.anzahlLagen(), tf.anzahlLeistungen(), lagen(id));
    }

    public Page<Lage> lagen(String themenfeldParam, PageRequest page) {
        Integer themenfeld = themenfeldFilter(themenfeldParam);
        return Page.slice(themenfeld == null ? lagen(null) : lagen(themenfeld), page);
    }

    private List<Lage> lagen(Integer themenfeld) {
        return NativeSql.list(em, """
                SELECT la.id, la.name, la.katalog_stand, tf.id AS tf_id, tf.name AS tf_name,
                       (SELECT count(*) FROM leistung l WHERE l.lage_id = la.id) AS anzahl_leistungen
                FROM lage la JOIN themenfeld tf ON tf.id = la.themenfeld_id
                WHERE (CAST(:tf AS integer) IS NULL OR la.themenfeld_id = CAST(:tf AS integer))
                ORDER BY la.name, la.id""", "tf", themenfeld).stream()
                .map(t -> new Lage(
                        Rows.integer(t, "id"),
                        Rows.str(t, "name"),
                        new Refs.ThemenfeldRef(Rows.integer(t, "tf_id"), Rows.str(t, "tf_name")),
                        (int) Rows.number(t, "anzahl_leistungen"),
                        Rows.str(t, "katalog_stand")))
                .toList();
    }

    public Page<LeistungSummary> leistungen(LeistungFilter filter, PageRequest page) {
        NativeSql sql = new NativeSql();
        Integer themenfeld = themenfeldFilter(filter.themenfeld);
        if (themenfeld != null) {
            sql.where("l.themenfeld_id = :themenfeld", "themenfeld", themenfeld);
        }
        Integer lage = Params.optionalInt("lage", filter.lage);
        if (lage != null) {
            if (LageEntity.findById(lage) == null) {
                throw InvalidParameterException.query("lage", "Eine Lage mit der ID " + lage + " gibt es nicht.");
            }
            sql.where("l.lage_id = :lage", "lage", lage);
        }
        if (Params.present(filter.typisierung)) {
            String typ = filter.typisierung.trim();
            if (TypisierungEntity.findById(typ) == null) {
                throw InvalidParameterException.query(
                        "typisierung",
                        "Unbekannte Typisierung „" + typ + "“; erlaubt: "
                                + typisierungen().stream()
                                        .map(Typisierung::code)
                                        .collect(Collectors.joining(", ")) + ".");
            }
            sql.where("CAST(:typisierung AS text) = ANY (l.typisierungen)", "typisierung", typ);
        }
        String rank = "0";
        if (Params.present(filter.q)) {
            if (filter.q.length() > 200) {
                throw InvalidParameterException.query("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
            }
            String tsquery = FulltextQuery.prefixQuery(filter.q);
            if (tsquery == null) {
                sql.where("false");
            } else {
                sql.where("l.suche @@ to_tsquery('german', :q)", "q", tsquery);
                rank = "ts_rank(l.suche, to_tsquery('german', :q))";
            }
        }
        String from =
                " FROM leistung l JOIN themenfeld tf ON tf.id = l.themenfeld_id JOIN lage la ON la.id = l.lage_id";
        // how many responsible Kommunen have it online: pre-aggregated for all of NRW in leistung_region_kennzahl
        sql.bindForOrder("stufe", Params.intInRange("reifegradMin", filter.reifegradMin, 2, 0, 7) + 1);
        String select = "SELECT l.ozg_id, l.name, l.typisierungen, l.sdg1_relevant, l.katalog_stand, "
                + "tf.id AS tf_id, tf.name AS tf_name, la.id AS la_id, la.name AS la_name, "
                + "(SELECT count(*) FROM leika_leistung k WHERE k.ozg_id = l.ozg_id) AS anzahl_leika, "
                + "r.zustaendig AS zustaendig, r.online_ge[:stufe] AS online, "
                + "CASE WHEN r.zustaendig > 0 THEN round(CAST(r.online_ge[:stufe] AS numeric) / r.zustaendig, 4) END"
                + " AS anteil_online, "
                + rank + " AS rank" + from
                + " LEFT JOIN leistung_region_kennzahl r ON r.ebene = 'LAND' AND r.ozg_id = l.ozg_id";
        String orderBy = LEISTUNG_SORT.orderBy(filter.sort, "0".equals(rank) ? "l.name" : "rank DESC");
        List<LeistungSummary> items = sql.page(em, select, orderBy, page).stream()
                .map(t -> new LeistungSummary(
                        Rows.integer(t, "ozg_id"),
                        Rows.str(t, "name"),
                        new Refs.ThemenfeldRef(Rows.integer(t, "tf_id"), Rows.str(t, "tf_name")),
                        new Refs.LageRef(Rows.integer(t, "la_id"), Rows.str(t, "la_name")),
                        Rows.strings(t, "typisierungen"),
                        (int) Rows.number(t, "anzahl_leika"),
                        Rows.bool(t, "sdg1_relevant"),
                        Rows.str(t, "katalog_stand"),
                        Rows.integer(t, "zustaendig"),
                        Rows.integer(t, "online"),
                        Rows.decimal(t, "anteil_online")))
                .toList();
        return Page.of(items, sql.count(em, from), page);
    }

    public Versioned<LeistungDetail> leistung(String ozgIdParam) {
        LeistungEntity l = find(ozgIdParam);
        return Versioned.of(detail(l), l.version);
    }

    /**
     * Replaces the Leistung's Fachämter. Coordinators of its Themenfeld and admins only; the audit entry is
     * written in the same transaction.
     */
    @Transactional
    public Versioned<LeistungDetail> setFachaemter(String ozgIdParam, FachamtZuordnung zuordnung, String ifMatch) {
        LeistungEntity l = find(ozgIdParam);
        user.requireKoordination(l.themenfeld.id, l.themenfeld.name);
        ETags.requireMatch(ifMatch, l.version);
        LinkedHashSet<FachamtEntity> neu = new LinkedHashSet<>();
        List<Problem.InvalidParam> errors = new ArrayList<>();
        for (int i = 0; i < zuordnung.fachaemter().size(); i++) {
            String id = zuordnung.fachaemter().get(i);
            FachamtEntity f = FachamtEntity.findById(id);
            if (f == null) {
                errors.add(new Problem.InvalidParam(
                        "fachaemter[" + i + "]", "body", "Ein Fachamt „" + id + "“ gibt es nicht."));
            } else {
                neu.add(f);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        Map<String, Object> vorher = Map.of(
                "fachaemter", l.fachaemter.stream().map(f -> f.id).sorted().toList());
        l.fachaemter.clear();
        l.fachaemter.addAll(neu);
        em.flush();
        Map<String, Object> nachher = Map.of(
                "fachaemter", l.fachaemter.stream().map(f -> f.id).sorted().toList());
        if (!vorher.equals(nachher)) {
            audit.record(
                    "LEISTUNG",
                    String.valueOf(l.ozgId),
                    Aktion.GEAENDERT,
                    vorher,
                    nachher,
                    true,
                    "Fachämter von „" + l.name + "“ gepflegt");
        }
        return Versioned.of(detail(l), l.version);
    }

    private LeistungEntity find(String ozgIdParam) {
        int ozgId = pathInt("ozgId", ozgIdParam);
        LeistungEntity l = LeistungEntity.findById(ozgId);
        if (l == null) {
            throw new NotFoundException("Eine OZG-Leistung mit der OZG-ID " + ozgId + " gibt es nicht.");
        }
        return l;
    }

    private LeistungDetail detail(LeistungEntity l) {
        int ozgId = l.ozgId;
        List<LeikaLeistung> leika =
                LeikaLeistungEntity.<LeikaLeistungEntity>list(
                                "leistung.ozgId", Sort.by("name").and("id"), ozgId)
                        .stream()
                        .map(KatalogService::leika)
                        .toList();
        Map<String, Typisierung> meanings =
                typisierungen().stream().collect(Collectors.toMap(Typisierung::code, Function.identity()));
        List<Typisierung> erlaeuterungen = Arrays.stream(l.typisierungen)
                .map(meanings::get)
                .filter(Objects::nonNull)
                .toList();
        List<Fachamt> fachaemter = l.fachaemter.stream()
                .sorted(Comparator.comparingInt(f -> f.reihenfolge))
                .map(Fachamt::of)
                .toList();
        return new LeistungDetail(
                l.ozgId,
                l.name,
                new Refs.ThemenfeldRef(l.themenfeld.id, l.themenfeld.name),
                new Refs.LageRef(l.lage.id, l.lage.name),
                List.of(l.typisierungen),
                erlaeuterungen,
                l.sdg1Relevant,
                l.sdg2Relevant,
                l.katalogStand,
                leika,
                fachaemter,
                !fachaemter.isEmpty());
    }

    public LeikaSchluessel leika(String schluessel) {
        if (schluessel == null || !schluessel.matches("\\d{14}")) {
            throw InvalidParameterException.path("schluessel", "Ein LeiKa-Schlüssel hat genau 14 Ziffern.");
        }
        List<LeikaLeistung> zeilen =
                LeikaLeistungEntity.<LeikaLeistungEntity>list("schluessel", Sort.by("id"), schluessel).stream()
                        .map(KatalogService::leika)
                        .toList();
        if (zeilen.isEmpty()) {
            throw new NotFoundException("Der LeiKa-Schlüssel " + schluessel + " kommt im Katalog nicht vor.");
        }
        return new LeikaSchluessel(schluessel, zeilen.get(0).name(), zeilen);
    }

    public List<Typisierung> typisierungen() {
        return TypisierungEntity.<TypisierungEntity>listAll(Sort.by("reihenfolge")).stream()
                .map(Typisierung::of)
                .toList();
    }

    private Integer themenfeldFilter(String value) {
        Integer id = Params.optionalInt("themenfeld", value);
        if (id != null && ThemenfeldEntity.findById(id) == null) {
            throw InvalidParameterException.query("themenfeld", "Ein Themenfeld mit der ID " + id + " gibt es nicht.");
        }
        return id;
    }

    private static int pathInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InvalidParameterException.path(name, "Muss eine ganze Zahl sein.");
        }
    }

    private static Themenfeld themenfeld(Tuple t) {
        return new Themenfeld(
                Rows.integer(t, "id"),
                Rows.str(t, "name"),
                Rows.str(t, "katalog_stand"),
                (int) Rows.number(t, "anzahl_lagen"),
                (int) Rows.number(t, "anzahl_leistungen"));
    }

    private static LeikaLeistung leika(LeikaLeistungEntity k) {
        return new LeikaLeistung(
                k.id,
                k.schluessel,
                k.name,
                k.leistung == null ? null : new Refs.LeistungRef(k.leistung.ozgId, k.leistung.name),
                k.typisierung,
                List.of(k.typisierungen),
                k.rechtsgrundlage,
                k.gesetze,
                k.gesetzeskuerzel,
                k.sdg1,
                k.sdg2,
                k.katalogStand);
    }
}
