package nrw.digitalisierungsdashboard.projekt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API returns about projects. */
public final class ProjektModelle {

    private ProjektModelle() {}

    @Schema(name = "Link")
    public record Link(
            @Schema(required = true) String titel,
            @Schema(required = true) String url) {}

    @Schema(name = "ProjektSummary", description = "Ein Projekt in Listen.")
    public record ProjektSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String titel,
            @Schema(required = true) Refs.ThemenfeldRef themenfeld,
            @Schema(required = true) Phase phase,
            @Schema(required = true) Enums.ProjektStatus status,
            @Schema(required = true) Enums.EfaTyp efaTyp,

            @Schema(description = "Die federführende Organisation")
            OrganisationKurz federfuehrend,

            @Schema(description = "Teammitglieder (federführend, mitwirkend, Pilot)", required = true)
            int teamgroesse,

            @Schema(required = true) int anzahlLeistungen,

            @Schema(description = "true: ein Beispielprojekt, keine echte Angabe", required = true)
            boolean beispiel,

            @Schema(required = true) OffsetDateTime geaendertAm) {}

    @Schema(name = "Teilnahme")
    public record Teilnahme(
            @Schema(required = true) OrganisationKurz organisation,
            @Schema(required = true) Enums.TeilnahmeRolle rolle,
            @Schema(required = true) LocalDate seit) {}

    @Schema(name = "ProjektBasiskomponente")
    public record ProjektBasiskomponente(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(required = true) Enums.Verbindlichkeit verbindlichkeit) {}

    @Schema(name = "LeikaKurz")
    public record LeikaKurz(
            @Schema(required = true) int id,
            String schluessel,
            @Schema(required = true) String name,
            @Schema(required = true) int ozgId) {}

    @Schema(name = "Phasenwechsel", description = "Ein datierter Schritt durch die Phasen.")
    public record Phasenwechsel(
            @Schema(required = true) long id,
            Phase von,
            @Schema(required = true) Phase nach,
            @Schema(required = true) LocalDate datum,
            String begruendung,
            Long entscheidungId,

            @Schema(description = "true, wenn der Schritt zurück oder zum Einstellen führte", required = true)
            boolean rueckschritt) {}

    @Schema(name = "Beitritt")
    public record Beitritt(
            @Schema(required = true) OrganisationKurz organisation,
            @Schema(required = true) Enums.BeitrittsRolle rolle) {}

    @Schema(name = "Workshop")
    public record Workshop(
            @Schema(required = true) long id,
            @Schema(required = true) LocalDate datum,
            @Schema(required = true) Enums.WorkshopFormat format,
            @Schema(required = true) String titel,
            @Schema(required = true) List<OrganisationKurz> teilnehmende,
            @Schema(description = "Wo beginnen wir?") String prioritaeten,
            @Schema(description = "Was lässt sich bündeln?") String buendelung,
            String weitereErgebnisse,

            @Schema(description = "Wer macht mit? Daraus wurden Teilnahmen.", required = true)
            List<Beitritt> beitritte) {}

    @Schema(name = "GremiumKurz")
    public record GremiumKurz(
            @Schema(required = true) String id,
            @Schema(required = true) String name) {}

    @Schema(name = "Entscheidung")
    public record Entscheidung(
            @Schema(required = true) long id,
            @Schema(required = true) GremiumKurz gremium,
            @Schema(required = true) LocalDate datum,
            @Schema(required = true) Enums.Ergebnis ergebnis,

            @Schema(description = "Beschlussnummer oder Fundstelle")
            String referenz,

            String bemerkung) {}

    @Schema(name = "Nachnutzung")
    public record Nachnutzung(
            @Schema(required = true) OrganisationKurz organisation,
            @Schema(required = true) Enums.NachnutzungStatus status,
            @Schema(required = true) LocalDate seit) {}

    @Schema(name = "Loesung", description = "Eine Lösung aus dem Projekt und ihre Nachnutzung.")
    public record Loesung(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            OrganisationKurz anbieter,
            String url,

            @Schema(description = "Reifegrad nach dem OZG-Reifegradmodell (1.1: 0–4)")
            Integer reifegrad,

            @Schema(required = true, examples = "1.1") String reifegradModell,
            @Schema(required = true) List<String> basiskomponenten,
            String beschreibung,
            @Schema(required = true) List<Nachnutzung> nachnutzungen) {}

    @Schema(name = "Repraesentativitaet", description = "Repräsentativität des Teams. " + Repraesentativitaet.REGEL)
    public record Repraesentativitaetsergebnis(
            @Schema(description = "Die Regel in Worten", required = true)
            String regel,

            @Schema(required = true) List<KommuneTyp> verantwortlicheTypen,
            @Schema(required = true) List<KommuneTyp> abgedeckteTypen,
            @Schema(required = true) List<KommuneTyp> fehlendeTypen,
            @Schema(required = true) List<String> verantwortlicheGroessenklassen,
            @Schema(required = true) List<String> abgedeckteGroessenklassen,
            @Schema(required = true) List<String> fehlendeGroessenklassen,

            @Schema(description = "Alle verantwortlichen Typen und Größenklassen sind im Team", required = true)
            boolean repraesentativ,

            @Schema(description = "Begründung, falls das Team nicht repräsentativ ist")
            String begruendung,

            @Schema(description = "repraesentativ oder begründet: Voraussetzung für die Phase GREMIEN", required = true)
            boolean erfuellt,

            @Schema(
                    description =
                            "Wie viele der zugrunde liegenden Zuständigkeiten abgeleitet und wie viele bestätigt sind",
                    required = true)
            String grundlage) {}

    @Schema(
            name = "ProjektRechte",
            description = "Was die anfragende Person an diesem Projekt darf (für die Oberfläche).")
    public record Rechte(
            @Schema(required = true) boolean bearbeiten,
            @Schema(required = true) boolean loeschen,
            @Schema(required = true) boolean interesseBekunden) {}

    @Schema(
            name = "ProjektDetail",
            description = "Ein Projekt mit Team, Phasen, Workshops, Entscheidungen und Lösungen. ETag = version.")
    public record ProjektDetail(
            @Schema(required = true) long id,
            @Schema(required = true) String titel,
            @Schema(required = true) String zusammenfassung,
            @Schema(required = true) Refs.ThemenfeldRef themenfeld,
            @Schema(required = true) Phase phase,
            @Schema(required = true) Enums.ProjektStatus status,
            @Schema(required = true) Enums.EfaTyp efaTyp,
            LocalDate beginn,
            LocalDate endeGeplant,
            @Schema(required = true) List<Link> links,
            @Schema(required = true) List<Refs.LeistungRef> leistungen,

            @Schema(description = "Eingrenzung auf LeiKa-Zeilen; leer heißt: die ganzen Leistungen", required = true)
            List<LeikaKurz> leika,

            @Schema(required = true) List<ProjektBasiskomponente> basiskomponenten,
            @Schema(required = true) List<Teilnahme> teilnahmen,
            @Schema(required = true) List<Phasenwechsel> phasenwechsel,

            @Schema(description = "Phasen, in die das Projekt jetzt wechseln kann (Regeln ungeprüft)", required = true)
            List<Phase> naechstePhasen,

            @Schema(required = true) List<Workshop> workshops,
            @Schema(required = true) List<Entscheidung> entscheidungen,
            @Schema(required = true) List<Loesung> loesungen,
            @Schema(required = true) Repraesentativitaetsergebnis repraesentativitaet,
            @Schema(required = true) boolean beispiel,
            @Schema(required = true) OffsetDateTime erstelltAm,
            @Schema(required = true) OffsetDateTime geaendertAm,

            @Schema(description = "Fassung; als ETag geliefert und in If-Match zurückzusenden", required = true)
            long version,

            @Schema(required = true) Rechte rechte) {}

    @Schema(name = "ProjektUebersicht", description = "Projekte je Phase und Themenfeld.")
    public record ProjektUebersicht(
            @Schema(required = true) long gesamt,
            @Schema(required = true) long beispiele,
            @Schema(required = true) List<Zelle> zellen) {
        @Schema(name = "ProjektUebersichtZelle")
        public record Zelle(
                @Schema(required = true) int themenfeldId,
                @Schema(required = true) String themenfeld,
                @Schema(required = true) Phase phase,
                @Schema(required = true) long anzahl) {}
    }
}
