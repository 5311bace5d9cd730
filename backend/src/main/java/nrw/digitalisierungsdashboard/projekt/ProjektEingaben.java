package nrw.digitalisierungsdashboard.projekt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send. PUT replaces, PATCH changes only what it names (absent or null = unchanged). */
public final class ProjektEingaben {

    private ProjektEingaben() {}

    @Schema(name = "LinkEingabe")
    public record LinkEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte einen Titel angeben.") @Size(max = 200)
            String titel,

            @Schema(required = true)
            @NotBlank(message = "Bitte eine Adresse angeben.")
            @Pattern(regexp = "^https?://\\S+$", message = "Eine Adresse beginnt mit http:// oder https://.")
            @Size(max = 2000)
            String url) {}

    @Schema(name = "BasiskomponenteEingabe")
    public record BasiskomponenteEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte die Basiskomponente angeben.") @Size(max = 100)
            String id,

            @Schema(required = true) @NotNull(message = "Erforderlich oder optional?")
            Enums.Verbindlichkeit verbindlichkeit) {}

    @Schema(
            name = "ProjektEingabe",
            description = "Die Angaben eines Projekts (ohne Team und Phase). Für POST zusätzlich federfuehrendId.")
    public record ProjektEingabe(
            @Schema(required = true)
            @NotBlank(message = "Bitte einen Titel angeben.")
            @Size(min = 3, max = 200, message = "3 bis 200 Zeichen.")
            String titel,

            @Schema(required = true) @NotBlank(message = "Bitte kurz beschreiben, worum es geht.") @Size(max = 5000)
            String zusammenfassung,

            @Schema(required = true) @NotNull(message = "Bitte ein Themenfeld wählen.")
            Integer themenfeldId,

            @Schema(description = "Standard OFFEN") Enums.EfaTyp efaTyp,

            @Schema(description = "Standard AKTIV; EINGESTELLT nur über den Phasenwechsel")
            Enums.ProjektStatus status,

            LocalDate beginn,
            LocalDate endeGeplant,
            @Size(max = 20) List<@Valid @NotNull LinkEingabe> links,

            @Schema(description = "OZG-IDs der abgedeckten Leistungen; mindestens eine", required = true)
            @NotNull(message = "Bitte mindestens eine Leistung angeben.")
            @Size(min = 1, max = 200, message = "1 bis 200 Leistungen.")
            List<@NotNull Integer> leistungen,

            @Schema(description = "IDs von LeiKa-Zeilen dieser Leistungen, falls das Projekt nur sie abdeckt")
            @Size(max = 500)
            List<@NotNull Integer> leika,

            @Size(max = 20) List<@Valid @NotNull BasiskomponenteEingabe> basiskomponenten,

            @Schema(description = "Warum das Team nicht repräsentativ sein muss oder kann") @Size(max = 2000)
            String begruendungRepraesentativitaet,

            @Schema(description = "Nur bei POST: die federführende Organisation") @Size(max = 100)
            String federfuehrendId) {}

    @Schema(name = "ProjektPatch", description = "Teiländerung: nur gesendete Felder ändern sich.")
    public record ProjektPatch(
            @Size(min = 3, max = 200, message = "3 bis 200 Zeichen.")
            String titel,

            @Size(min = 1, max = 5000) String zusammenfassung,
            Integer themenfeldId,
            Enums.EfaTyp efaTyp,
            Enums.ProjektStatus status,
            LocalDate beginn,
            LocalDate endeGeplant,
            @Size(max = 20) List<@Valid @NotNull LinkEingabe> links,

            @Size(min = 1, max = 200, message = "1 bis 200 Leistungen.")
            List<@NotNull Integer> leistungen,

            @Size(max = 500) List<@NotNull Integer> leika,
            @Size(max = 20) List<@Valid @NotNull BasiskomponenteEingabe> basiskomponenten,
            @Size(max = 2000) String begruendungRepraesentativitaet) {}

    @Schema(name = "TeilnahmeEingabe")
    public record TeilnahmeEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte die Organisation angeben.") @Size(max = 100)
            String organisationId,

            @Schema(required = true) @NotNull(message = "Bitte die Rolle angeben.")
            Enums.TeilnahmeRolle rolle,

            @Schema(description = "Standard: heute, bei bestehenden Teilnahmen unverändert")
            LocalDate seit) {}

    @Schema(name = "TeamEingabe", description = "Das ganze Team; genau eine Organisation ist FEDERFUEHREND.")
    public record TeamEingabe(
            @Schema(required = true) @NotNull(message = "Bitte die Teilnahmen senden.") @Size(min = 1, max = 500)
            List<@Valid @NotNull TeilnahmeEingabe> teilnahmen) {}

    @Schema(name = "PhasenwechselEingabe")
    public record PhasenwechselEingabe(
            @Schema(required = true) @NotNull(message = "Bitte die Zielphase angeben.")
            Phase nach,

            @Schema(description = "Standard: heute; nicht in der Zukunft und nicht vor dem letzten Wechsel")
            LocalDate datum,

            @Schema(description = "Pflicht beim Zurückgehen und beim Einstellen") @Size(max = 2000)
            String begruendung,

            @Schema(description = "Beim Wechsel in UMSETZUNG: die zustimmende Entscheidung; ohne Angabe die jüngste")
            Long entscheidungId) {}

    @Schema(name = "BeitrittEingabe")
    public record BeitrittEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte die Organisation angeben.") @Size(max = 100)
            String organisationId,

            @Schema(required = true) @NotNull(message = "Interessiert oder mitwirkend?")
            Enums.BeitrittsRolle rolle) {}

    @Schema(name = "WorkshopEingabe")
    public record WorkshopEingabe(
            @Schema(required = true) @NotNull(message = "Bitte das Datum angeben.")
            LocalDate datum,

            @Schema(required = true) @NotNull(message = "Bitte das Format angeben.")
            Enums.WorkshopFormat format,

            @Schema(required = true) @NotBlank(message = "Bitte einen Titel angeben.") @Size(max = 200)
            String titel,

            @Size(max = 500) List<@NotBlank @Size(max = 200) String> teilnehmende,
            @Size(max = 5000) String prioritaeten,
            @Size(max = 5000) String buendelung,
            @Size(max = 5000) String weitereErgebnisse,

            @Schema(description = "Wer beitritt; wird in einem Schritt zur Teilnahme (INTERESSIERT oder MITWIRKEND)")
            @Size(max = 500)
            List<@Valid @NotNull BeitrittEingabe> beitritte) {}

    @Schema(name = "EntscheidungEingabe")
    public record EntscheidungEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte das Gremium angeben.") @Size(max = 100)
            String gremiumId,

            @Schema(required = true) @NotNull(message = "Bitte das Datum angeben.")
            LocalDate datum,

            @Schema(required = true) @NotNull(message = "Bitte das Ergebnis angeben.")
            Enums.Ergebnis ergebnis,

            @Size(max = 500) String referenz,
            @Size(max = 2000) String bemerkung) {}

    @Schema(name = "LoesungEingabe")
    public record LoesungEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte einen Namen angeben.") @Size(max = 200)
            String name,

            @Size(max = 100) String anbieterOrganisationId,

            @Pattern(regexp = "^https?://\\S+$", message = "Eine Adresse beginnt mit http:// oder https://.")
            @Size(max = 2000)
            String url,

            @Min(value = 0, message = "Reifegrad ab 0.") @Max(value = 7, message = "Reifegrad höchstens 7.")
            Integer reifegrad,

            @Schema(description = "1.1 (Standard, Stufen 0–4) oder 2.0 (Stufen 0–7)")
            @Pattern(regexp = "^(1\\.1|2\\.0)$", message = "1.1 oder 2.0.")
            @Size(max = 3)
            String reifegradModell,

            @Size(max = 20) List<@NotBlank @Size(max = 100) String> basiskomponenten,
            @Size(max = 5000) String beschreibung) {}

    @Schema(name = "NachnutzungEingabe")
    public record NachnutzungEingabe(
            @Schema(required = true) @NotBlank(message = "Bitte die Organisation angeben.") @Size(max = 100)
            String organisationId,

            @Schema(required = true) @NotNull(message = "Bitte den Stand angeben.")
            Enums.NachnutzungStatus status,

            LocalDate seit) {}

    @Schema(name = "NachnutzungenEingabe", description = "Alle Nachnutzungen einer Lösung.")
    public record NachnutzungenEingabe(
            @Schema(required = true) @NotNull @Size(max = 1000)
            List<@Valid @NotNull NachnutzungEingabe> nachnutzungen) {}

    @Schema(
            name = "EigeneNachnutzung",
            description = "Die eigene Kommune nutzt die Lösung, plant es oder ist interessiert.")
    public record EigeneNachnutzung(
            @Schema(required = true) @NotNull(message = "Bitte den Stand angeben.")
            Enums.NachnutzungStatus status) {}
}
