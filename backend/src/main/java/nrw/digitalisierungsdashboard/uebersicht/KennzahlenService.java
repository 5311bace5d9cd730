package nrw.digitalisierungsdashboard.uebersicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import nrw.digitalisierungsdashboard.common.ReadSource;
import nrw.digitalisierungsdashboard.common.Rows;

@ApplicationScoped
public class KennzahlenService {

    private final ReadSource source;

    public KennzahlenService(ReadSource source) {
        this.source = source;
    }

    public Kennzahlen get() {
        Tuple t = source.read(r -> r.list("""
                SELECT (SELECT count(*) FROM themenfeld) AS themenfelder,
                       (SELECT count(*) FROM lage) AS lagen,
                       (SELECT count(*) FROM leistung) AS leistungen,
                       (SELECT count(*) FROM leika_leistung) AS leika,
                       (SELECT count(*) FROM kommune) AS kommunen,
                       (SELECT count(*) FROM kommune WHERE ebene = 'GEMEINDE') AS gemeinden,
                       (SELECT count(*) FROM kommune WHERE typ = 'KREISFREIE_STADT') AS kreisfrei,
                       (SELECT count(*) FROM kommune WHERE typ = 'KREIS') AS kreise,
                       (SELECT count(*) FROM regierungsbezirk) AS rb,
                       (SELECT count(*) FROM organisation) AS organisationen,
                       (SELECT count(*) FROM basiskomponente) AS basiskomponenten,
                       (SELECT coalesce(sum(einwohner), 0) FROM kommune WHERE ebene = 'GEMEINDE') AS einwohner,
                       (SELECT min(katalog_stand) FROM leistung) AS katalog_stand,
                       (SELECT count(*) FROM projekt) AS projekte,
                       (SELECT count(*) FROM projekt WHERE beispiel) AS beispielprojekte,
                       EXISTS (SELECT 1 FROM umsetzungsstand WHERE beispiel) AS beispieldaten""")).get(0);
        return new Kennzahlen(
                Rows.number(t, "themenfelder"),
                Rows.number(t, "lagen"),
                Rows.number(t, "leistungen"),
                Rows.number(t, "leika"),
                Rows.number(t, "kommunen"),
                Rows.number(t, "gemeinden"),
                Rows.number(t, "kreisfrei"),
                Rows.number(t, "kreise"),
                Rows.number(t, "rb"),
                Rows.number(t, "organisationen"),
                Rows.number(t, "basiskomponenten"),
                Rows.number(t, "einwohner"),
                Rows.str(t, "katalog_stand"),
                Rows.number(t, "projekte"),
                Rows.number(t, "beispielprojekte"),
                Rows.bool(t, "beispieldaten"));
    }
}
