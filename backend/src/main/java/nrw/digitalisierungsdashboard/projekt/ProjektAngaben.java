package nrw.digitalisierungsdashboard.projekt;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a project that PUT replaces and PATCH changes (all but the Themenfeld, which is checked on its own):
 * built from the request, then checked and applied to the project in one step.
 */
record ProjektAngaben(
        String titel,
        String zusammenfassung,
        Enums.EfaTyp efaTyp,
        Enums.ProjektStatus status,
        LocalDate beginn,
        LocalDate endeGeplant,
        List<ProjektEingaben.LinkEingabe> links,
        List<Integer> leistungen,
        List<Integer> leika,
        List<ProjektEingaben.BasiskomponenteEingabe> basiskomponenten,
        String begruendungRepraesentativitaet) {

    /** POST and PUT: what is not sent takes its default (EfA-Typ OFFEN, the given status). */
    static ProjektAngaben aus(ProjektEingaben.ProjektEingabe e, Enums.ProjektStatus standardStatus) {
        return new ProjektAngaben(
                e.titel(),
                e.zusammenfassung(),
                e.efaTyp() == null ? Enums.EfaTyp.OFFEN : e.efaTyp(),
                e.status() == null ? standardStatus : e.status(),
                e.beginn(),
                e.endeGeplant(),
                e.links(),
                e.leistungen(),
                e.leika(),
                e.basiskomponenten(),
                e.begruendungRepraesentativitaet());
    }

    /** PATCH: what is not sent stays as the project has it. */
    static ProjektAngaben aus(ProjektEingaben.ProjektPatch e, ProjektEntity p) {
        return new ProjektAngaben(
                e.titel() != null ? e.titel() : p.titel,
                e.zusammenfassung() != null ? e.zusammenfassung() : p.zusammenfassung,
                e.efaTyp() != null ? e.efaTyp() : p.efaTyp,
                e.status() != null ? e.status() : p.status,
                e.beginn() != null ? e.beginn() : p.beginn,
                e.endeGeplant() != null ? e.endeGeplant() : p.endeGeplant,
                e.links() != null
                        ? e.links()
                        : p.links.stream()
                                .map(l -> new ProjektEingaben.LinkEingabe(l.get("titel"), l.get("url")))
                                .toList(),
                e.leistungen() != null ? e.leistungen() : List.copyOf(p.leistungen),
                e.leika() != null ? e.leika() : List.copyOf(p.leika),
                e.basiskomponenten() != null
                        ? e.basiskomponenten()
                        : p.basiskomponenten.entrySet().stream()
                                .map(b -> new ProjektEingaben.BasiskomponenteEingabe(b.getKey(), b.getValue()))
                                .toList(),
                e.begruendungRepraesentativitaet() != null
                        ? e.begruendungRepraesentativitaet()
                        : p.begruendungRepraesentativitaet);
    }
}
