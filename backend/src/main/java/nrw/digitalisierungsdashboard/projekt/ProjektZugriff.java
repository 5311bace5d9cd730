package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.RequestScoped;
import nrw.digitalisierungsdashboard.common.ForbiddenException;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationTyp;

/**
 * Object-level rules of the project registry: ADMIN everything; KOORDINATION the projects of its Themenfelder;
 * REDAKTION the projects its organisation takes part in (lead, contributing or pilot), plus declaring its own
 * interest and its own Kommune's reuse of a solution; only the lead organisation's editors (and the coordination)
 * move the lead ({@link #darfFederfuehrungAendern}). INTEGRATION writes nothing here.
 */
@RequestScoped
public class ProjektZugriff {

    private final CurrentUser user;

    public ProjektZugriff(CurrentUser user) {
        this.user = user;
    }

    public boolean darfBearbeiten(ProjektEntity p) {
        if (user.koordiniert(p.themenfeld.id)) {
            return true;
        }
        return user.hat(Rolle.REDAKTION)
                && user.organisation()
                        .map(org ->
                                p.teilnahmen.stream().anyMatch(t -> t.rolle.imTeam() && t.organisation.id.equals(org)))
                        .orElse(false);
    }

    /**
     * Who may lead may change the lead: the coordination of the Themenfeld and ADMIN, or the editors of the
     * organisation leading now, who may hand the lead over. Contributing and pilot organisations edit the project but
     * never move the lead, least of all to themselves.
     */
    public boolean darfFederfuehrungAendern(ProjektEntity p) {
        if (user.koordiniert(p.themenfeld.id)) {
            return true;
        }
        return user.hat(Rolle.REDAKTION)
                && user.organisation()
                        .map(org -> p.teilnahmen.stream()
                                .anyMatch(t ->
                                        t.rolle == Enums.TeilnahmeRolle.FEDERFUEHREND && t.organisation.id.equals(org)))
                        .orElse(false);
    }

    public void federfuehrungAendern(ProjektEntity p) {
        if (!darfFederfuehrungAendern(p)) {
            throw new ForbiddenException("Die Federführung ändern nur die federführende Organisation selbst, die "
                    + "Koordination des Themenfelds „" + p.themenfeld.name + "“ und die Administration.");
        }
    }

    public boolean darfLoeschen(ProjektEntity p) {
        return user.koordiniert(p.themenfeld.id);
    }

    public boolean darfInteresseBekunden(ProjektEntity p) {
        return user.hat(Rolle.REDAKTION)
                && user.organisation()
                        .map(org -> p.teilnahmen.stream().noneMatch(t -> t.organisation.id.equals(org)))
                        .orElse(false);
    }

    public void bearbeiten(ProjektEntity p) {
        if (!darfBearbeiten(p)) {
            throw new ForbiddenException(
                    user.hat(Rolle.REDAKTION)
                            ? "Ihre Organisation gehört nicht zum Team dieses Projekts."
                            : "Sie koordinieren das Themenfeld „" + p.themenfeld.name + "“ nicht.");
        }
    }

    public void loeschen(ProjektEntity p) {
        if (!darfLoeschen(p)) {
            throw new ForbiddenException("Projekte löschen nur die Koordination des Themenfelds „" + p.themenfeld.name
                    + "“ und die Administration.");
        }
    }

    /** Creating: coordinators of the Themenfeld, admins, or an editor whose own organisation leads the project. */
    public void anlegen(int themenfeldId, String themenfeldName, String federfuehrendId) {
        if (user.koordiniert(themenfeldId)) {
            return;
        }
        if (user.hat(Rolle.REDAKTION)
                && user.organisation().map(o -> o.equals(federfuehrendId)).orElse(false)) {
            return;
        }
        throw new ForbiddenException(
                user.hat(Rolle.REDAKTION)
                        ? "Als Redaktion legen Sie Projekte nur mit Ihrer eigenen Organisation als federführender an."
                        : "Sie koordinieren das Themenfeld „" + themenfeldName + "“ nicht.");
    }

    /** The editor's own organisation, which must be a Kommune. */
    public OrganisationEntity eigeneKommune() {
        String org = user.hat(Rolle.REDAKTION) ? user.organisation().orElse(null) : null;
        OrganisationEntity o = org == null ? null : OrganisationEntity.findById(org);
        if (o == null || o.typ != OrganisationTyp.KOMMUNE) {
            throw new ForbiddenException("Nur die Redaktion einer Kommune erklärt die Nachnutzung für ihre Kommune.");
        }
        return o;
    }

    public OrganisationEntity eigeneOrganisation() {
        String org = user.hat(Rolle.REDAKTION) ? user.organisation().orElse(null) : null;
        OrganisationEntity o = org == null ? null : OrganisationEntity.findById(org);
        if (o == null) {
            throw new ForbiddenException("Interesse bekundet die Redaktion einer Organisation für diese.");
        }
        return o;
    }

    public ProjektModelle.Rechte rechte(ProjektEntity p) {
        return new ProjektModelle.Rechte(darfBearbeiten(p), darfLoeschen(p), darfInteresseBekunden(p));
    }
}
