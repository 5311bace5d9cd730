package nrw.digitalisierungsdashboard.statistik;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import nrw.digitalisierungsdashboard.umsetzung.AnschlussService;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungModelle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Facts and figures: four metrics side by side, each with its formula and input counts. */
@PublicRead
@Path("/api/v1/statistik")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(
        name = "Statistik",
        description = "Kennzahlen zum Umsetzungsstand mit ihren Formeln: Übersicht, Themenfelder, Regionen, "
                + "Größenklassen, Zeitreihen")
public class StatistikResource {

    private static final String REIFEGRAD_MIN =
            "Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag "
                    + "online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0.";
    private static final String METRIKEN = " Metriken: " + StatistikModelle.A + " " + StatistikModelle.B + " "
            + StatistikModelle.C + " " + StatistikModelle.D;

    private final StatistikService service;
    private final ZeitreiheService zeitreihe;
    private final TagesstandService tagesstand;
    private final AnschlussService anschluesse;

    public StatistikResource(
            StatistikService service,
            ZeitreiheService zeitreihe,
            TagesstandService tagesstand,
            AnschlussService anschluesse) {
        this.service = service;
        this.zeitreihe = zeitreihe;
        this.tagesstand = tagesstand;
        this.anschluesse = anschluesse;
    }

    @GET
    @Path("/basiskomponenten")
    @Operation(
            operationId = "getBasiskomponentenMatrix",
            summary = "Matrix Kommune × Basiskomponente",
            description = "Öffentlich: je Kommune (seitenweise, nach Name) der Anschluss an jede Basiskomponente; je "
                    + "Basiskomponente die Zahl der angeschlossenen und geplanten Kommunen im Filter.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public UmsetzungModelle.AnschlussMatrix matrix(
            @Parameter(description = "Kreisschlüssel (5 Ziffern)") @QueryParam("kreis") String kreis,
            @Parameter(description = "Regierungsbezirk (051–055)") @QueryParam("regierungsbezirk")
                    String regierungsbezirk,
            @Parameter(description = "Kommunentyp", schema = @Schema(implementation = KommuneTyp.class))
                    @QueryParam("typ")
                    String typ,
            @BeanParam PageRequest page) {
        return anschluesse.matrix(kreis, regierungsbezirk, typ, page);
    }

    @GET
    @Path("/uebersicht")
    @Operation(
            operationId = "getStatistikUebersicht",
            summary = "Die Lage in NRW: Soll, Ist und die vier Metriken",
            description =
                    "Soll mit der Zahl der Einträge auf abgeleiteten bzw. bestätigten Regeln, die Reifegradverteilung und "
                            + "a, b, c, d für NRW." + METRIKEN)
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public StatistikModelle.Uebersicht uebersicht(
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin) {
        return service.uebersicht(reifegradMin);
    }

    @GET
    @Path("/themenfelder")
    @Operation(
            operationId = "getStatistikThemenfelder",
            summary = "Je Themenfeld a, c und d für NRW",
            description = "soll = Σ zuständige Kommunen über die Leistungen des Themenfelds; online = davon online."
                    + METRIKEN)
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public StatistikModelle.Themenfelder themenfelder(
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin) {
        return service.themenfelder(reifegradMin);
    }

    @GET
    @Path("/regionen")
    @Operation(
            operationId = "getStatistikRegionen",
            summary = "Ein Wert je Gebiet für die Karte",
            description =
                    "ebene: land (NRW), regierungsbezirk, kreis (Kreise und kreisfreie Städte) oder gemeinde; metrik a, b, c "
                            + "oder d. Jeder Wert mit zaehler und nenner; die Antwort nennt die Formel in Worten und Minimum und Maximum "
                            + "für die Legende. Auf Ebene gemeinde ist das Gebiet die Gemeinde selbst (c und d zählen dort wie a)."
                            + METRIKEN)
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public StatistikModelle.Regionen regionen(
            @Parameter(
                            description = "land, regierungsbezirk, kreis oder gemeinde (Standard land)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"land", "regierungsbezirk", "kreis", "gemeinde"}))
                    @QueryParam("ebene")
                    String ebene,
            @Parameter(
                            description = "a, b, c oder d (Standard a)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"a", "b", "c", "d"}))
                    @QueryParam("metrik")
                    String metrik,
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin,
            @Parameter(description = "Nur Gebiete in diesem Regierungsbezirk (051–059)") @QueryParam("regierungsbezirk")
                    String regierungsbezirk,
            @Parameter(description = "Nur Gemeinden in diesem Kreis (Kreisschlüssel)") @QueryParam("kreis")
                    String kreis) {
        return service.regionen(ebene, metrik, reifegradMin, regierungsbezirk, kreis);
    }

    @GET
    @Path("/groessenklassen")
    @Operation(
            operationId = "getStatistikGroessenklassen",
            summary = "Je Größenklasse Anteil, Median und Quartile",
            description =
                    "Nur Gemeinden. Der Median der Anteile ist der Vergleichswert für eine einzelne Gemeinde ihrer Klasse."
                            + METRIKEN)
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public StatistikModelle.Groessenklassen groessenklassen(
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin) {
        return service.groessenklassen(reifegradMin);
    }

    @GET
    @Path("/zeitreihe")
    @Operation(
            operationId = "getStatistikZeitreihe",
            summary = "Zeitreihe aus den Tagesständen",
            description =
                    "Je gespeichertem Tag: soll, online, a, b (wo es Einwohner gibt), c und d (für Gebiete und Themenfelder). "
                            + "Dazu, was sich seit dem Stichtag seit geändert hat (neu online / zurückgefallen), exakt je Paar Kommune × "
                            + "Soll-Leistung." + METRIKEN)
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public StatistikModelle.Zeitreihe zeitreihe(
            @Parameter(
                            description =
                                    "land, regierungsbezirk, kreis, kommune, themenfeld oder groessenklasse (Standard land)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "land",
                                                "regierungsbezirk",
                                                "kreis",
                                                "kommune",
                                                "themenfeld",
                                                "groessenklasse"
                                            }))
                    @QueryParam("ebene")
                    String ebene,
            @Parameter(
                            description =
                                    "Schlüssel des Gebiets: AGS (kommune, 8 Ziffern; Kreise 5), Kreisschlüssel, Regierungsbezirk, "
                                            + "Themenfeld-ID oder Code der Größenklasse; bei land entfällt er")
                    @QueryParam("schluessel")
                    String schluessel,
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin,
            @Parameter(
                            description = "Erster Tag (Standard: 90 Tage vor bis)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("von")
                    String von,
            @Parameter(
                            description = "Letzter Tag (Standard: heute, UTC)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("bis")
                    String bis,
            @Parameter(
                            description = "Stichtag für neu online / zurückgefallen (Standard: erster Tag der Reihe)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("seit")
                    String seit) {
        return zeitreihe.zeitreihe(ebene, schluessel, reifegradMin, von, bis, seit);
    }

    @POST
    @Path("/tagesstand")
    @RolesAllowed(Rolle.Namen.ADMIN)
    @Operation(
            operationId = "writeTagesstand",
            summary = "Tagesstand jetzt speichern",
            description =
                    "ADMIN. Schreibt die heutigen Zahlen (UTC) je Kommune, Kreis, Regierungsbezirk, Land, Themenfeld und "
                            + "Größenklasse; ein zweiter Lauf am selben Tag ersetzt sie (idempotent). Läuft sonst täglich um 00:30 UTC.")
    public StatistikModelle.Tagesstand tagesstand() {
        return tagesstand.schreibe(LocalDate.now(ZoneOffset.UTC));
    }
}
