package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.basiskomponente.BasiskomponenteEntity;
import nrw.digitalisierungsdashboard.katalog.LeikaLeistungEntity;
import nrw.digitalisierungsdashboard.katalog.LeistungEntity;
import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;

/** Entity → API model, and the compact snapshot the audit trail stores. */
@ApplicationScoped
public class ProjektMapper {

    private final Repraesentativitaet repraesentativitaet;
    private final ProjektZugriff zugriff;

    public ProjektMapper(Repraesentativitaet repraesentativitaet, ProjektZugriff zugriff) {
        this.repraesentativitaet = repraesentativitaet;
        this.zugriff = zugriff;
    }

    public ProjektModelle.ProjektDetail detail(ProjektEntity p) {
        List<Refs.LeistungRef> leistungen = p.leistungen.stream()
                .map(id -> LeistungEntity.<LeistungEntity>findById(id))
                .map(l -> new Refs.LeistungRef(l.ozgId, l.name))
                .toList();
        List<ProjektModelle.LeikaKurz> leika = p.leika.stream()
                .map(id -> LeikaLeistungEntity.<LeikaLeistungEntity>findById(id))
                .map(k -> new ProjektModelle.LeikaKurz(k.id, k.schluessel, k.name, k.leistung.ozgId))
                .toList();
        List<ProjektModelle.ProjektBasiskomponente> komponenten = p.basiskomponenten.entrySet().stream()
                .map(e -> new ProjektModelle.ProjektBasiskomponente(
                        e.getKey(),
                        BasiskomponenteEntity.<BasiskomponenteEntity>findById(e.getKey()).name,
                        e.getValue()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return new ProjektModelle.ProjektDetail(
                p.id,
                p.titel,
                p.zusammenfassung,
                new Refs.ThemenfeldRef(p.themenfeld.id, p.themenfeld.name),
                p.phase,
                p.status,
                p.efaTyp,
                p.beginn,
                p.endeGeplant,
                p.links.stream()
                        .map(l -> new ProjektModelle.Link(l.get("titel"), l.get("url")))
                        .toList(),
                leistungen,
                leika,
                komponenten,
                p.teilnahmen.stream()
                        .sorted((a, b) -> a.rolle != b.rolle
                                ? a.rolle.compareTo(b.rolle)
                                : a.organisation.name.compareToIgnoreCase(b.organisation.name))
                        .map(this::teilnahme)
                        .toList(),
                p.phasenwechsel.stream().map(ProjektMapper::phasenwechsel).toList(),
                Phasenregeln.naechstePhasen(p),
                p.workshops.stream().map(this::workshop).toList(),
                p.entscheidungen.stream().map(ProjektMapper::entscheidung).toList(),
                p.loesungen.stream().map(this::loesung).toList(),
                repraesentativitaet.berechne(p),
                p.beispiel,
                p.erstelltAm,
                p.geaendertAm,
                p.version,
                zugriff.rechte(p));
    }

    private ProjektModelle.Teilnahme teilnahme(TeilnahmeEntity t) {
        return new ProjektModelle.Teilnahme(OrganisationKurz.of(t.organisation), t.rolle, t.seit);
    }

    static ProjektModelle.Phasenwechsel phasenwechsel(PhasenwechselEntity w) {
        boolean zurueck = w.von != null
                && (w.nach == Phase.EINGESTELLT || (w.von != Phase.EINGESTELLT && w.nach.ordinal() < w.von.ordinal()));
        return new ProjektModelle.Phasenwechsel(
                w.id,
                w.von,
                w.nach,
                w.datum,
                w.begruendung,
                w.entscheidung == null ? null : w.entscheidung.id,
                zurueck);
    }

    ProjektModelle.Workshop workshop(WorkshopEntity w) {
        return new ProjektModelle.Workshop(
                w.id,
                w.datum,
                w.format,
                w.titel,
                w.teilnehmende.stream().map(OrganisationKurz::of).toList(),
                w.prioritaeten,
                w.buendelung,
                w.weitereErgebnisse,
                w.beitritte.entrySet().stream()
                        .map(e -> new ProjektModelle.Beitritt(OrganisationKurz.of(e.getKey()), e.getValue()))
                        .toList());
    }

    static ProjektModelle.Entscheidung entscheidung(EntscheidungEntity e) {
        return new ProjektModelle.Entscheidung(
                e.id,
                new ProjektModelle.GremiumKurz(e.gremium.id, e.gremium.name),
                e.datum,
                e.ergebnis,
                e.referenz,
                e.bemerkung);
    }

    ProjektModelle.Loesung loesung(LoesungEntity l) {
        return new ProjektModelle.Loesung(
                l.id,
                l.name,
                OrganisationKurz.of(l.anbieter),
                l.url,
                l.reifegrad,
                l.reifegradModell,
                List.copyOf(l.basiskomponenten),
                l.beschreibung,
                l.nachnutzungen.stream()
                        .sorted((a, b) -> a.organisationId.compareTo(b.organisationId))
                        .map(n ->
                                new ProjektModelle.Nachnutzung(OrganisationKurz.of(n.organisationId), n.status, n.seit))
                        .toList());
    }

    /** What the audit trail keeps of a project: its own fields and parts, nothing computed. */
    public Map<String, Object> snapshot(ProjektEntity p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("titel", p.titel);
        m.put("zusammenfassung", p.zusammenfassung);
        m.put("themenfeld", p.themenfeld.id);
        m.put("phase", p.phase.name());
        m.put("status", p.status.name());
        m.put("efaTyp", p.efaTyp.name());
        m.put("beginn", p.beginn == null ? null : p.beginn.toString());
        m.put("endeGeplant", p.endeGeplant == null ? null : p.endeGeplant.toString());
        m.put("links", new ArrayList<>(p.links));
        m.put("leistungen", List.copyOf(p.leistungen));
        m.put("leika", List.copyOf(p.leika));
        m.put("basiskomponenten", new LinkedHashMap<>(p.basiskomponenten));
        m.put(
                "teilnahmen",
                p.teilnahmen.stream()
                        .map(t -> t.organisation.id + ":" + t.rolle)
                        .sorted()
                        .toList());
        m.put(
                "workshops",
                p.workshops.stream().map(w -> w.datum + " " + w.titel).toList());
        m.put(
                "entscheidungen",
                p.entscheidungen.stream()
                        .map(e -> e.datum + " " + e.gremium.id + " " + e.ergebnis)
                        .toList());
        m.put(
                "loesungen",
                p.loesungen.stream()
                        .map(l -> l.name + (l.reifegrad == null ? "" : " (Reifegrad " + l.reifegrad + ")")
                                + " Nachnutzung " + l.nachnutzungen.size())
                        .toList());
        m.put("begruendungRepraesentativitaet", p.begruendungRepraesentativitaet);
        m.put("beispiel", p.beispiel);
        return m;
    }
}
