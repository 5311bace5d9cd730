package nrw.digitalisierungsdashboard.aenderungen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.http.DataVersion;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.identity.CurrentUser;

/**
 * The audit trail. {@link #record} must be called inside the write's transaction (MANDATORY): the entry commits
 * with the write or not at all, so no entry exists without its write and no write without its entry.
 */
@ApplicationScoped
public class AuditService {

    /** Never shown in the public feed, even where the entity itself is public. */
    static final Set<String> PERSONAL_FIELDS =
            Set.of("benutzername", "anzeigename", "kontaktName", "kontaktEmail", "ansprechperson", "email", "telefon");

    private final ObjectMapper json;
    private final EntityManager em;
    private final DataVersion dataVersion;

    public AuditService(ObjectMapper json, EntityManager em, DataVersion dataVersion) {
        this.json = json;
        this.em = em;
        this.dataVersion = dataVersion;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String entitaetTyp,
            String entitaetId,
            Aktion aktion,
            Object vorher,
            Object nachher,
            boolean oeffentlich,
            String zusammenfassung) {
        recordAs(akteur(), entitaetTyp, entitaetId, aktion, vorher, nachher, oeffentlich, zusammenfassung);
    }

    /** For work that runs outside the request that asked for it (import jobs): the actor is named explicitly. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(
            Akteur akteur,
            String entitaetTyp,
            String entitaetId,
            Aktion aktion,
            Object vorher,
            Object nachher,
            boolean oeffentlich,
            String zusammenfassung) {
        JsonNode before = vorher == null ? null : json.valueToTree(vorher);
        JsonNode after = nachher == null ? null : json.valueToTree(nachher);
        AenderungEntity e = new AenderungEntity();
        e.zeitpunkt = OffsetDateTime.now(ZoneOffset.UTC);
        e.entitaetTyp = entitaetTyp;
        e.entitaetId = entitaetId;
        e.aktion = aktion.name();
        e.felder = changedFields(before, after).toArray(String[]::new);
        e.vorher = text(before);
        e.nachher = text(after);
        e.zusammenfassung = zusammenfassung;
        e.oeffentlich = oeffentlich;
        e.akteurTyp = akteur.typ();
        e.akteurId = akteur.id() == null ? "-" : akteur.id();
        e.akteurName = akteur.name() == null ? "-" : akteur.name();
        e.persist();
        dataVersion.bumpAfterCommit();
    }

    public Page<Aenderung> feed(String entitaet, String id, String seit, PageRequest page) {
        return feed(entitaet, id, seit, null, page);
    }

    /** @param kommune AGS or Kreisschlüssel: changes to the Kommune, its Umsetzungsstand and its Anschlüsse */
    public Page<Aenderung> feed(String entitaet, String id, String seit, String kommune, PageRequest page) {
        NativeSql sql = filter(entitaet, id, seit).where("a.oeffentlich");
        String ags = Params.matching(
                "kommune", kommune, "05\\d{3}|05\\d{6}", "Erwartet wird ein AGS (8 Ziffern) oder Kreisschlüssel (5).");
        if (ags != null) {
            sql.where("a.entitaet_typ IN ('KOMMUNE', 'UMSETZUNGSSTAND', 'BASISKOMPONENTE_ANSCHLUSS')")
                    .where("(a.entitaet_id = :ags OR a.entitaet_id LIKE :agsPrefix)", "ags", ags)
                    .bind("agsPrefix", ags + ":%");
        }
        List<AenderungEntity> rows = entities(sql, page);
        return Page.of(rows.stream().map(this::publicView).toList(), sql.count(em, " FROM aenderung a"), page);
    }

    public Page<AuditEintrag> trail(String entitaet, String id, String seit, PageRequest page) {
        NativeSql sql = filter(entitaet, id, seit);
        List<AenderungEntity> rows = entities(sql, page);
        return Page.of(rows.stream().map(this::adminView).toList(), sql.count(em, " FROM aenderung a"), page);
    }

    public Page<Aenderung> historie(String entitaetTyp, String id, PageRequest page) {
        return feed(entitaetTyp, id, null, page);
    }

    public Stand stand() {
        Object last = em.createNativeQuery("SELECT max(zeitpunkt) FROM aenderung WHERE oeffentlich")
                .getSingleResult();
        Object loaded =
                em.createNativeQuery("SELECT max(geladen_am) FROM datensatz").getSingleResult();
        return new Stand(Rows.timestamp(last), Rows.timestamp(loaded));
    }

    private NativeSql filter(String entitaet, String id, String seit) {
        NativeSql sql = new NativeSql();
        String typ = Params.matching("entitaet", entitaet, "[A-Za-z_]{2,40}", "Unbekannte Art von Eintrag.");
        if (typ != null) {
            sql.where("a.entitaet_typ = :typ", "typ", typ.toUpperCase(Locale.ROOT));
        }
        if (Params.present(id)) {
            sql.where("a.entitaet_id = :id", "id", id.trim());
        }
        OffsetDateTime ab = Params.dateTime("seit", seit);
        if (ab != null) {
            sql.where("a.zeitpunkt >= :seit", "seit", ab);
        }
        return sql;
    }

    private List<AenderungEntity> entities(NativeSql sql, PageRequest page) {
        List<Long> ids = sql.page(em, "SELECT a.id FROM aenderung a", " ORDER BY a.id DESC", page).stream()
                .map(t -> ((Number) t.get("id")).longValue())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return AenderungEntity.<AenderungEntity>list("id in :ids order by id desc", Parameters.with("ids", ids));
    }

    private Aenderung publicView(AenderungEntity e) {
        JsonNode before = parse(e.vorher);
        JsonNode after = parse(e.nachher);
        List<Aenderung.Feldaenderung> felder = new ArrayList<>();
        for (String feld : e.felder) {
            if (!PERSONAL_FIELDS.contains(feld)) {
                felder.add(new Aenderung.Feldaenderung(feld, value(before, feld), value(after, feld)));
            }
        }
        return new Aenderung(
                e.id, e.zeitpunkt, e.entitaetTyp, e.entitaetId, Aktion.valueOf(e.aktion), e.zusammenfassung, felder);
    }

    private AuditEintrag adminView(AenderungEntity e) {
        return new AuditEintrag(
                e.id,
                e.zeitpunkt,
                e.entitaetTyp,
                e.entitaetId,
                Aktion.valueOf(e.aktion),
                e.zusammenfassung,
                List.of(e.felder),
                parse(e.vorher),
                parse(e.nachher),
                e.oeffentlich,
                new Akteur(e.akteurTyp, e.akteurId, e.akteurName));
    }

    private static Akteur akteur() {
        if (!Arc.container().requestContext().isActive()) {
            return Akteur.SYSTEM;
        }
        return Arc.container().instance(CurrentUser.class).get().akteur();
    }

    private static Set<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new TreeSet<>();
        collect(names, before);
        collect(names, after);
        names.removeIf(n -> value(before, n).equals(value(after, n)));
        return names;
    }

    private static void collect(Set<String> names, JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<String> it = object.fieldNames();
            it.forEachRemaining(names::add);
        }
    }

    private static JsonNode value(JsonNode node, String field) {
        return node == null || !node.has(field) ? NullNode.getInstance() : node.get(field);
    }

    private String text(JsonNode node) {
        try {
            return node == null ? null : json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
