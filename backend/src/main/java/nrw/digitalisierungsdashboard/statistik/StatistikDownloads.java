package nrw.digitalisierungsdashboard.statistik;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Herkunft;
import nrw.digitalisierungsdashboard.common.tabelle.Spalte;
import nrw.digitalisierungsdashboard.common.tabelle.Tabelle;
import nrw.digitalisierungsdashboard.umsetzung.AnschlussService;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungModelle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Each statistik answer as its main table (documented with {@link StatistikResource}): uebersicht one row per metric,
 * themenfelder one per Themenfeld with a, c and d side by side, regionen one per Gebiet, groessenklassen one per class,
 * zeitreihe one per day, the Basiskomponenten matrix one per Kommune with a column per Basiskomponente. The rest of the
 * answer (formulas, reifegradMin, Beispieldaten) goes to „Über die Daten“.
 */
@Path("/api/v1/statistik")
@Produces({Formate.CSV, Formate.XLSX})
@PermitAll
public class StatistikDownloads {

    private final StatistikService service;
    private final ZeitreiheService zeitreihe;
    private final AnschlussService anschluesse;
    private final Downloads downloads;

    public StatistikDownloads(
            StatistikService service, ZeitreiheService zeitreihe, AnschlussService anschluesse, Downloads downloads) {
        this.service = service;
        this.zeitreihe = zeitreihe;
        this.anschluesse = anschluesse;
        this.downloads = downloads;
    }

    @GET
    @Path("/uebersicht")
    @Operation(hidden = true)
    public Response uebersicht(@QueryParam("reifegradMin") String reifegradMin) {
        StatistikModelle.Uebersicht u = service.uebersicht(reifegradMin);
        List<Herkunft.Angabe> angaben = new ArrayList<>(Herkunft.angaben(u));
        u.reifegradVerteilung()
                .forEach(a -> angaben.add(new Herkunft.Angabe("reifegradVerteilung." + a.wert(), a.anzahl())));
        return downloads.tabelle(
                "statistik-uebersicht",
                Datensatz.KENNZAHLEN,
                Tabelle.aus(StatistikModelle.Metrikwert.class),
                u.metriken(),
                angaben);
    }

    @GET
    @Path("/themenfelder")
    @Operation(hidden = true)
    public Response themenfelder(@QueryParam("reifegradMin") String reifegradMin) {
        StatistikModelle.Themenfelder t = service.themenfelder(reifegradMin);
        Tabelle<StatistikModelle.ThemenfeldStatistik> tabelle = Tabelle.von(
                Spalte.<StatistikModelle.ThemenfeldStatistik>zahl("themenfeldId", s -> s.themenfeldId()),
                Spalte.text("name", s -> s.name()),
                Spalte.zahl("leistungen", s -> s.leistungen()),
                Spalte.zahl("soll", s -> s.soll()),
                Spalte.zahl("online", s -> s.online()));
        List<Spalte<StatistikModelle.ThemenfeldStatistik>> metriken = new ArrayList<>();
        for (String m : List.of("a", "c", "d")) {
            metriken.addAll(Tabelle.aus(StatistikModelle.Metrikwert.class).spalten().stream()
                    .filter(s -> List.of("wert", "zaehler", "nenner").contains(s.name()))
                    .toList()
                    .stream()
                    .map(s -> new Spalte<StatistikModelle.ThemenfeldStatistik>(
                            m + "." + s.name(),
                            s.art(),
                            row -> row.metriken().stream()
                                    .filter(w -> w.metrik().equals(m))
                                    .findFirst()
                                    .map(w -> s.wert().apply(w))
                                    .orElse(null)))
                    .toList());
        }
        List<Herkunft.Angabe> angaben = new ArrayList<>(Herkunft.angaben(t));
        angaben.add(new Herkunft.Angabe("Formel a", StatistikModelle.A));
        angaben.add(new Herkunft.Angabe("Formel c", StatistikModelle.C));
        angaben.add(new Herkunft.Angabe("Formel d", StatistikModelle.D));
        return downloads.tabelle(
                "statistik-themenfelder", Datensatz.KENNZAHLEN, tabelle.und(metriken), t.themenfelder(), angaben);
    }

    @GET
    @Path("/regionen")
    @Operation(hidden = true)
    public Response regionen(
            @QueryParam("ebene") String ebene,
            @QueryParam("metrik") String metrik,
            @QueryParam("reifegradMin") String reifegradMin,
            @QueryParam("regierungsbezirk") String regierungsbezirk,
            @QueryParam("kreis") String kreis) {
        StatistikModelle.Regionen r = service.regionen(ebene, metrik, reifegradMin, regierungsbezirk, kreis);
        return downloads.tabelle(
                "statistik-regionen-" + r.ebene() + "-" + r.metrik(),
                Datensatz.KENNZAHLEN,
                Tabelle.aus(StatistikModelle.Regionswert.class),
                r.werte(),
                Herkunft.angaben(r));
    }

    @GET
    @Path("/groessenklassen")
    @Operation(hidden = true)
    public Response groessenklassen(@QueryParam("reifegradMin") String reifegradMin) {
        StatistikModelle.Groessenklassen g = service.groessenklassen(reifegradMin);
        return downloads.tabelle(
                "statistik-groessenklassen",
                Datensatz.KENNZAHLEN,
                Tabelle.aus(StatistikModelle.GroessenklasseStatistik.class),
                g.klassen(),
                Herkunft.angaben(g));
    }

    @GET
    @Path("/zeitreihe")
    @Operation(hidden = true)
    public Response zeitreihe(
            @QueryParam("ebene") String ebene,
            @QueryParam("schluessel") String schluessel,
            @QueryParam("reifegradMin") String reifegradMin,
            @QueryParam("von") String von,
            @QueryParam("bis") String bis,
            @QueryParam("seit") String seit) {
        StatistikModelle.Zeitreihe z = zeitreihe.zeitreihe(ebene, schluessel, reifegradMin, von, bis, seit);
        return downloads.tabelle(
                "statistik-zeitreihe-" + z.ebene() + (z.schluessel() == null ? "" : "-" + z.schluessel()),
                Datensatz.KENNZAHLEN,
                Tabelle.aus(StatistikModelle.Zeitpunkt.class),
                z.punkte(),
                Herkunft.angaben(z));
    }

    @GET
    @Path("/basiskomponenten")
    @Operation(hidden = true)
    public Response matrix(
            @QueryParam("kreis") String kreis,
            @QueryParam("regierungsbezirk") String regierungsbezirk,
            @QueryParam("typ") String typ) {
        UmsetzungModelle.AnschlussMatrix erste = anschluesse.matrix(kreis, regierungsbezirk, typ, PageRequest.of(0, 1));
        List<Spalte<UmsetzungModelle.AnschlussMatrixZeile>> spalten =
                new ArrayList<>(Tabelle.aus(UmsetzungModelle.KommuneKurz.class)
                        .unter("kommune", UmsetzungModelle.AnschlussMatrixZeile::kommune));
        for (UmsetzungModelle.BasiskomponentenSpalte b : erste.basiskomponenten()) {
            spalten.add(Spalte.text(b.id(), row -> zelle(row, b.id(), false)));
            spalten.add(new Spalte<>(b.id() + ".geplantAb", Spalte.Art.DATUM, row -> zelle(row, b.id(), true)));
        }
        return downloads.liste(
                "statistik-basiskomponenten",
                Datensatz.BASISKOMPONENTEN_ANSCHLUESSE,
                new Tabelle<>(List.copyOf(spalten)),
                p -> anschluesse.matrix(kreis, regierungsbezirk, typ, p).kommunen());
    }

    private static Object zelle(UmsetzungModelle.AnschlussMatrixZeile row, String id, boolean geplantAb) {
        return row.anschluesse().stream()
                .filter(z -> z.basiskomponenteId().equals(id))
                .findFirst()
                .map(z -> geplantAb ? z.geplantAb() : z.status())
                .orElse(null);
    }
}
