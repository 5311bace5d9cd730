package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the Umsetzungsstand: Soll rules, Ist per Kommune, Basiskomponenten-Anschlüsse. */
public final class UmsetzungModelle {

    private UmsetzungModelle() {}

    public static final String FORMEL_A =
            "Anteil des Solls online (Metrik a): Zahl der Soll-Leistungen der Kommune mit Status "
                    + "ONLINE und Reifegrad ≥ reifegradMin, geteilt durch die Zahl ihrer Soll-Leistungen (Leistungen, für die ihr "
                    + "Kommunentyp nach den Zuständigkeitsregeln zuständig ist). Ein Online-Eintrag ohne Reifegrad zählt als Reifegrad 0.";

    @Schema(name = "KommuneKurz")
    public record KommuneKurz(
            @Schema(required = true, examples = "05315000") String ags,
            @Schema(required = true) String name,
            @Schema(required = true) KommuneTyp typ,

            @Schema(description = "Code der Größenklasse (nur Gemeinden)")
            String groessenklasse,

            @Schema(required = true) String kreisSchluessel,
            @Schema(required = true) String regierungsbezirkId,
            @Schema(required = true) int einwohner) {}

    // --- Zuständigkeit ----------------------------------------------------------------------------------

    @Schema(name = "Zustaendigkeitsregel", description = "Ob ein Kommunentyp für die Leistung zuständig ist.")
    public record Zustaendigkeitsregel(
            @Schema(required = true) KommuneTyp kommuneTyp,
            @Schema(required = true) boolean zustaendig,

            @Schema(
                    description =
                            "true: aus der Typisierung abgeleitet (Standardregel), false: von KOORDINATION/ADMIN bestätigt",
                    required = true)
            boolean abgeleitet,

            String hinweis,

            @Schema(description = "Kommunen dieses Typs", required = true)
            long kommunen,

            @Schema(required = true) OffsetDateTime geaendertAm) {}

    @Schema(name = "Zustaendigkeit", description = "Die Zuständigkeitsregeln einer Leistung je Kommunentyp.")
    public record Zustaendigkeit(
            @Schema(required = true) int ozgId,
            @Schema(required = true) String name,
            @Schema(required = true) List<String> typisierungen,

            @Schema(description = "Die Standardregel in Worten", required = true)
            String standardregel,

            @Schema(required = true) List<Zustaendigkeitsregel> regeln) {}

    @Schema(name = "ZustaendigkeitsregelEingabe")
    public record ZustaendigkeitsregelEingabe(
            @NotNull(message = "Bitte den Kommunentyp angeben.")
            KommuneTyp kommuneTyp,

            @NotNull(message = "Bitte angeben, ob der Typ zuständig ist.")
            Boolean zustaendig,

            @Size(max = 1000) String hinweis) {}

    @Schema(
            name = "ZustaendigkeitEingabe",
            description = "Bestätigt oder korrigiert Regeln; nicht genannte Typen bleiben, wie sie sind.")
    public record ZustaendigkeitEingabe(
            @NotEmpty(message = "Bitte mindestens eine Regel senden.") @Size(max = 5)
            List<@Valid @NotNull ZustaendigkeitsregelEingabe> regeln) {}

    // --- Ist ----------------------------------------------------------------------------------------------

    @Schema(name = "Umsetzungseintrag", description = "Stand einer OZG-Leistung in einer Kommune (Soll und Ist).")
    public record Umsetzungseintrag(
            @Schema(required = true) int ozgId,
            @Schema(required = true) String name,
            @Schema(required = true) int themenfeldId,

            @Schema(
                    description = "Die Kommune ist nach den Zuständigkeitsregeln zuständig (gehört zum Soll)",
                    required = true)
            boolean zustaendig,

            @Schema(
                    description = "Die Zuständigkeit ruht auf einer abgeleiteten, noch nicht bestätigten Regel",
                    required = true)
            boolean zustaendigkeitAbgeleitet,

            @Schema(required = true) Umsetzungsstatus status,

            @Schema(description = "0–4 nach Reifegradmodell 1.1, 0–7 nach 2.0")
            Integer reifegrad,

            @Schema(examples = "1.1") String reifegradmodell,
            String url,
            LocalDate onlineSeit,

            @Schema(description = "LeiKa-Schlüssel, für den gemeldet wurde")
            String leikaSchluessel,

            @Schema(description = "Nachgenutzte Lösung") Long loesungId,

            @Schema(description = "Projekt, aus dem die Umsetzung stammt")
            Long projektId,

            Umsetzungsquelle quelle,

            @Schema(description = "Konto, Token oder Import, der den Eintrag schrieb")
            String quelleName,

            OffsetDateTime aktualisiertAm,

            @Schema(description = "Fassung für If-Match (ETag \"version\"); fehlt, solange nichts gemeldet ist")
            Long version,

            @Schema(description = "true: Beispieldaten, keine echte Angabe", required = true)
            boolean beispiel) {}

    @Schema(name = "UmsetzungsstandEingabe", description = "Ersetzt den Stand einer Leistung in einer Kommune.")
    public record UmsetzungsstandEingabe(
            @NotNull(message = "Bitte den Status angeben.") Umsetzungsstatus status,

            @Min(value = 0, message = "Der Reifegrad beginnt bei 0.")
            @Max(value = 7, message = "Der Reifegrad endet bei 7 (Modell 2.0).")
            Integer reifegrad,

            @Pattern(regexp = "1\\.1|2\\.0", message = "Reifegradmodell 1.1 oder 2.0.") @Size(max = 3)
            String reifegradmodell,

            @Pattern(regexp = "https?://\\S+", message = "Eine Adresse mit http:// oder https://.") @Size(max = 2000)
            String url,

            LocalDate onlineSeit,

            @Pattern(regexp = "[0-9]{14}", message = "Ein LeiKa-Schlüssel hat 14 Ziffern.") @Size(max = 14)
            String leikaSchluessel,

            Long loesungId,
            Long projektId) {}

    @Schema(name = "Sollzahlen", description = "Das Soll einer Kommune und worauf es ruht.")
    public record Sollzahlen(
            @Schema(required = true) long gesamt,

            @Schema(description = "davon auf abgeleiteten Regeln", required = true)
            long abgeleitet,

            @Schema(description = "davon auf bestätigten Regeln", required = true)
            long bestaetigt) {}

    @Schema(name = "Anzahl")
    public record Anzahl(
            @Schema(required = true) String wert,
            @Schema(required = true) long anzahl) {}

    @Schema(name = "ThemenfeldStand", description = "Soll und Ist einer Kommune in einem Themenfeld.")
    public record ThemenfeldStand(
            @Schema(required = true) int themenfeldId,
            @Schema(required = true) String name,
            @Schema(required = true) long soll,
            @Schema(required = true) long online,

            @Schema(description = "online / soll; fehlt bei soll = 0")
            BigDecimal anteil) {}

    @Schema(name = "KommuneUmsetzungsstand", description = "Soll und Ist einer Kommune je OZG-Leistung.")
    public record KommuneUmsetzungsstand(
            @Schema(required = true) KommuneKurz kommune,

            @Schema(description = "Mindestreifegrad, ab dem ein Online-Eintrag zählt", required = true)
            int reifegradMin,

            @Schema(required = true) Sollzahlen soll,

            @Schema(description = "Soll-Leistungen online mit Reifegrad ≥ reifegradMin", required = true)
            long online,

            @Schema(description = "Metrik a: online / soll; fehlt bei soll = 0")
            BigDecimal anteilOnline,

            @Schema(required = true) String formel,

            @Schema(description = "Status der Soll-Leistungen (KEINE_ANGABE: nichts gemeldet)", required = true)
            List<Anzahl> statusVerteilung,

            @Schema(
                    description = "Reifegrade der Soll-Leistungen, die online sind (ohne Angabe: \"0\")",
                    required = true)
            List<Anzahl> reifegradVerteilung,

            @Schema(required = true) List<ThemenfeldStand> themenfelder,

            @Schema(
                    description = "Alle Soll-Leistungen und alle gemeldeten Leistungen außerhalb des Solls",
                    required = true)
            List<Umsetzungseintrag> leistungen,

            @Schema(description = "true: enthält Beispieldaten (keine echten Angaben)", required = true)
            boolean beispieldaten) {}

    @Schema(name = "LeistungUmsetzungKommune", description = "Stand der Leistung in einer zuständigen Kommune.")
    public record LeistungUmsetzungKommune(
            @Schema(required = true) KommuneKurz kommune,
            @Schema(required = true) Umsetzungsstatus status,
            Integer reifegrad,
            String reifegradmodell,
            String url,
            LocalDate onlineSeit,
            Umsetzungsquelle quelle,
            OffsetDateTime aktualisiertAm,
            @Schema(required = true) boolean beispiel) {}

    @Schema(
            name = "LeistungUmsetzungsstand",
            description = "Wo eine Leistung online ist: je zuständiger Kommune, mit den " + "Kennzahlen für NRW.")
    public record LeistungUmsetzungsstand(
            @Schema(required = true) int ozgId,
            @Schema(required = true) String name,
            @Schema(required = true) int reifegradMin,

            @Schema(description = "Zuständige Kommunen in NRW", required = true)
            long zustaendig,

            @Schema(description = "davon online mit Reifegrad ≥ reifegradMin", required = true)
            long online,

            @Schema(description = "online / zustaendig; fehlt bei zustaendig = 0")
            BigDecimal anteil,

            @Schema(description = "Metrik c für NRW: in jeder zuständigen Kommune online", required = true)
            boolean strikt,

            @Schema(description = "Metrik d für NRW: in mindestens einer Kommune online", required = true)
            boolean mindestensEine,

            @Schema(required = true) String formel,

            @Schema(description = "Die zuständigen Kommunen (gefiltert, seitenweise)", required = true)
            Page<LeistungUmsetzungKommune> kommunen,

            @Schema(required = true) boolean beispieldaten) {}

    // --- Basiskomponenten ---------------------------------------------------------------------------------

    @Schema(name = "BasiskomponenteAnschluss", description = "Anschluss einer Kommune an eine Basiskomponente.")
    public record BasiskomponenteAnschluss(
            @Schema(required = true) String basiskomponenteId,
            @Schema(required = true) String name,
            @Schema(required = true) Anschlussstatus status,
            LocalDate geplantAb,
            String quelleName,
            OffsetDateTime aktualisiertAm,

            @Schema(description = "Fassung für If-Match; fehlt, solange nichts gemeldet ist")
            Long version,

            @Schema(required = true) boolean beispiel) {}

    @Schema(name = "AnschlussEingabe")
    public record AnschlussEingabe(
            @NotNull(message = "Bitte den Status angeben.") Anschlussstatus status,
            @Schema(description = "Nur bei GEPLANT") LocalDate geplantAb) {}

    @Schema(name = "KommuneBasiskomponenten")
    public record KommuneBasiskomponenten(
            @Schema(required = true) KommuneKurz kommune,
            @Schema(required = true) List<BasiskomponenteAnschluss> anschluesse,
            @Schema(required = true) boolean beispieldaten) {}

    @Schema(name = "AnschlussZelle")
    public record AnschlussZelle(
            @Schema(required = true) String basiskomponenteId,
            @Schema(required = true) Anschlussstatus status,
            LocalDate geplantAb) {}

    @Schema(name = "AnschlussMatrixZeile", description = "Eine Kommune mit ihrem Anschluss an jede Basiskomponente.")
    public record AnschlussMatrixZeile(
            @Schema(required = true) KommuneKurz kommune,

            @Schema(description = "In der Reihenfolge der Basiskomponenten", required = true)
            List<AnschlussZelle> anschluesse) {}

    @Schema(name = "BasiskomponentenSpalte")
    public record BasiskomponentenSpalte(
            @Schema(required = true) String id,
            @Schema(required = true) String name,

            @Schema(description = "Angeschlossene Kommunen im Filter", required = true)
            long angeschlossen,

            @Schema(description = "Kommunen mit geplantem Anschluss im Filter", required = true)
            long geplant) {}

    @Schema(name = "AnschlussMatrix", description = "Kommune × Basiskomponente, seitenweise nach Kommunen.")
    public record AnschlussMatrix(
            @Schema(required = true) List<BasiskomponentenSpalte> basiskomponenten,
            @Schema(required = true) Page<AnschlussMatrixZeile> kommunen,
            @Schema(required = true) boolean beispieldaten) {}
}
