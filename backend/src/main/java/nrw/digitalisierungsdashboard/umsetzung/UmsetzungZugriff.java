package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.RequestScoped;
import nrw.digitalisierungsdashboard.common.ForbiddenException;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/**
 * Who may write a Kommune's Umsetzungsstand: ADMIN; KOORDINATION (for a Leistung only in its Themenfelder); REDAKTION
 * only for the Kommune that is its own organisation.
 */
@RequestScoped
public class UmsetzungZugriff {

    private final CurrentUser user;

    public UmsetzungZugriff(CurrentUser user) {
        this.user = user;
    }

    private boolean eigeneKommune(String ags) {
        if (!user.hat(Rolle.REDAKTION)) {
            return false;
        }
        return user.organisation()
                .map(org -> {
                    OrganisationEntity o = OrganisationEntity.findById(org);
                    return o != null && ags.equals(o.kommuneAgs);
                })
                .orElse(false);
    }

    public void leistung(String ags, String kommuneName, int themenfeldId, String themenfeldName) {
        if (user.koordiniert(themenfeldId) || eigeneKommune(ags)) {
            return;
        }
        throw new ForbiddenException(
                user.hat(Rolle.REDAKTION)
                        ? "Als Redaktion pflegen Sie den Umsetzungsstand nur Ihrer eigenen Kommune, nicht den von „"
                                + kommuneName + "“."
                        : "Sie koordinieren das Themenfeld „" + themenfeldName + "“ nicht.");
    }

    public void basiskomponenten(String ags, String kommuneName) {
        if (user.hat(Rolle.ADMIN) || user.hat(Rolle.KOORDINATION) || eigeneKommune(ags)) {
            return;
        }
        throw new ForbiddenException(
                "Als Redaktion pflegen Sie die Anschlüsse nur Ihrer eigenen Kommune, nicht die von „" + kommuneName
                        + "“.");
    }

    public String name() {
        return user.name();
    }
}
