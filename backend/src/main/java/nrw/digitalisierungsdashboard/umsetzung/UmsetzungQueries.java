package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.ReadSource;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

/**
 * The native queries of the Umsetzungsstand, each beside the mapping of its rows, so every column alias is written
 * once, next to where it is read.
 */
@ApplicationScoped
public class UmsetzungQueries {

    /** The columns of a Kommune in short (alias k), for {@link #kurz}. */
    static final String KOMMUNE_KURZ =
            "k.ags, k.name, k.typ, k.groessenklasse, k.kreis_schluessel, k.regierungsbezirk_id, k.einwohner";

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

    private static final String ANSCHLUSS_SELECT = """
            SELECT b.id, b.name, a.status, a.geplant_ab, a.quelle_name, a.aktualisiert_am, a.version,
                   coalesce(a.beispiel, false) AS beispiel
            FROM basiskomponente b
            LEFT JOIN basiskomponente_anschluss a ON a.basiskomponente_id = b.id AND a.kommune_ags = :ags
            """;

    /** An entry with the name of its Themenfeld, for the figures per Themenfeld. */
    record EintragImThemenfeld(UmsetzungModelle.Umsetzungseintrag eintrag, String themenfeldName) {}

    private final EntityManager em;
    private final ReadSource source;

    public UmsetzungQueries(EntityManager em, ReadSource source) {
        this.em = em;
        this.source = source;
    }

    static UmsetzungModelle.KommuneKurz kurz(Tuple t) {
        return new UmsetzungModelle.KommuneKurz(
                Rows.str(t, "ags"),
                Rows.str(t, "name"),
                KommuneTyp.valueOf(Rows.str(t, "typ")),
                Rows.str(t, "groessenklasse"),
                Rows.str(t, "kreis_schluessel"),
                Rows.str(t, "regierungsbezirk_id"),
                (int) Rows.number(t, "einwohner"));
    }

    /** A Kommune known to exist (by its AGS). */
    UmsetzungModelle.KommuneKurz kommune(String ags) {
        return kurz(NativeSql.list(em, "SELECT " + KOMMUNE_KURZ + " FROM kommune k WHERE k.ags = :ags", "ags", ags)
                .get(0));
    }

    /**
     * The Kommune's Soll and every Leistung reported outside it, by Themenfeld and OZG-ID; the heaviest read per
     * Kommune, so from the read replica when it is caught up.
     */
    List<EintragImThemenfeld> eintraege(UmsetzungModelle.KommuneKurz k) {
        return source
                .read(r -> r.list(
                        EINTRAG_SELECT
                                + " WHERE z.zustaendig OR u.ozg_id IS NOT NULL ORDER BY l.themenfeld_id, l.ozg_id",
                        "typ",
                        k.typ().name(),
                        "ags",
                        k.ags()))
                .stream()
                .map(t -> new EintragImThemenfeld(eintrag(t), Rows.str(t, "themenfeld_name")))
                .toList();
    }

    /** The entry of one Leistung (KEINE_ANGABE while nothing is reported); empty if the Leistung does not exist. */
    Optional<UmsetzungModelle.Umsetzungseintrag> eintrag(UmsetzungModelle.KommuneKurz k, int ozgId) {
        return NativeSql.list(
                        em,
                        EINTRAG_SELECT + " WHERE l.ozg_id = :ozg",
                        "typ",
                        k.typ().name(),
                        "ags",
                        k.ags(),
                        "ozg",
                        ozgId)
                .stream()
                .findFirst()
                .map(UmsetzungQueries::eintrag);
    }

    private static UmsetzungModelle.Umsetzungseintrag eintrag(Tuple t) {
        String status = Rows.str(t, "status");
        String quelle = Rows.str(t, "quelle");
        Object version = t.get("version");
        return new UmsetzungModelle.Umsetzungseintrag(
                Rows.integer(t, "ozg_id"),
                Rows.str(t, "leistung_name"),
                Rows.integer(t, "themenfeld_id"),
                Rows.bool(t, "zustaendig"),
                Rows.bool(t, "zustaendig") && Rows.bool(t, "abgeleitet"),
                status == null ? Umsetzungsstatus.KEINE_ANGABE : Umsetzungsstatus.valueOf(status),
                Rows.integer(t, "reifegrad"),
                Rows.str(t, "reifegradmodell"),
                Rows.str(t, "url"),
                Rows.date(t, "online_seit"),
                Rows.str(t, "leika_schluessel"),
                t.get("loesung_id") == null ? null : Rows.number(t, "loesung_id"),
                t.get("projekt_id") == null ? null : Rows.number(t, "projekt_id"),
                quelle == null ? null : Umsetzungsquelle.valueOf(quelle),
                Rows.str(t, "quelle_name"),
                Rows.timestamp(t.get("aktualisiert_am")),
                version == null ? null : ((Number) version).longValue(),
                Rows.bool(t, "beispiel"));
    }

    /** Every Basiskomponente with the Kommune's connection (KEINE_ANGABE while nothing is reported). */
    List<UmsetzungModelle.BasiskomponenteAnschluss> anschluesse(String ags) {
        return NativeSql.list(em, ANSCHLUSS_SELECT + " ORDER BY b.reihenfolge, b.id", "ags", ags).stream()
                .map(UmsetzungQueries::anschluss)
                .toList();
    }

    UmsetzungModelle.BasiskomponenteAnschluss anschluss(String ags, String basiskomponenteId) {
        return anschluss(NativeSql.list(em, ANSCHLUSS_SELECT + " WHERE b.id = :id", "ags", ags, "id", basiskomponenteId)
                .get(0));
    }

    private static UmsetzungModelle.BasiskomponenteAnschluss anschluss(Tuple t) {
        Object version = t.get("version");
        return new UmsetzungModelle.BasiskomponenteAnschluss(
                Rows.str(t, "id"),
                Rows.str(t, "name"),
                t.get("status") == null ? Anschlussstatus.KEINE_ANGABE : Anschlussstatus.valueOf(Rows.str(t, "status")),
                Rows.date(t, "geplant_ab"),
                Rows.str(t, "quelle_name"),
                Rows.timestamp(t.get("aktualisiert_am")),
                version == null ? null : ((Number) version).longValue(),
                Rows.bool(t, "beispiel"));
    }
}
