package nrw.digitalisierungsdashboard.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import nrw.digitalisierungsdashboard.common.ForbiddenException;

/**
 * Who is acting in this request, in the dashboard's terms: role, organisation, Themenfelder. Object-level checks
 * live here so every service asks the same question the same way.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(Instance<SecurityIdentity> identity) {
        this.identity = identity.isResolvable() ? identity.get() : null;
    }

    public boolean anonymous() {
        return identity == null || identity.isAnonymous();
    }

    public boolean hat(Rolle rolle) {
        return !anonymous() && identity.hasRole(rolle.name());
    }

    public Optional<String> organisation() {
        return anonymous() ? Optional.empty() : Optional.ofNullable(identity.getAttribute(Identities.ORGANISATION));
    }

    public Set<Integer> themenfelder() {
        Set<Integer> set = anonymous() ? null : identity.getAttribute(Identities.THEMENFELDER);
        return set == null ? Set.of() : set;
    }

    public String art() {
        return anonymous() ? "ANONYM" : identity.getAttribute(Identities.ART);
    }

    public String id() {
        return anonymous() ? null : identity.getAttribute(Identities.ID);
    }

    public String name() {
        return anonymous() ? null : identity.getPrincipal().getName();
    }

    public Akteur akteur() {
        if (anonymous()) {
            return Akteur.SYSTEM;
        }
        return new Akteur(art(), id(), name());
    }

    /** ADMIN everywhere; KOORDINATION only in the Themenfelder assigned to it. */
    public void requireKoordination(int themenfeldId, String themenfeldName) {
        if (hat(Rolle.ADMIN)) {
            return;
        }
        if (hat(Rolle.KOORDINATION) && themenfelder().contains(themenfeldId)) {
            return;
        }
        throw new ForbiddenException("Sie koordinieren das Themenfeld „" + themenfeldName + "“ nicht.");
    }

    public boolean koordiniert(int themenfeldId) {
        return hat(Rolle.ADMIN) || (hat(Rolle.KOORDINATION) && themenfelder().contains(themenfeldId));
    }
}
