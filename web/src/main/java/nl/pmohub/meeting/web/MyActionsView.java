package nl.pmohub.meeting.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.meeting.application.ActionService;
import nl.pmohub.meeting.application.ActionSummary;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's card of the signed-in user's open actions (fragment {@code WEB-INF/includes/my-actions.xhtml}) and the
 * tenant's overdue count. An action is the user's when its owner is their full name as their realm knows it (the ID
 * token's {@code name}, e.g. "Joost van den Berg") or their username ("pm"), ignoring case and surrounding spaces.
 */
@Named
@ViewScoped
public class MyActionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The card lists the first few by due date. */
    static final int SHOWN = 8;

    @Inject
    transient ActionService actions;

    @Inject
    transient ExternalContext externalContext;

    private List<ActionSummary> mine;
    private Long overdue;

    public List<ActionSummary> getMine() {
        if (mine == null) {
            mine = actions.openOf(names(externalContext.getUserPrincipal()), SHOWN);
        }
        return mine;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = actions.countOverdue();
        }
        return overdue;
    }

    /** The names the user goes by: the username, and the full name of the ID token when the sign-in carried one. */
    static List<String> names(Principal user) {
        List<String> names = new ArrayList<>();
        if (user == null) {
            return names;
        }
        names.add(user.getName());
        if (user instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            IDToken token = oidc.getOidcSecurityContext().getIDToken();
            if (token != null && token.getName() != null) {
                names.add(token.getName());
            }
        }
        return names;
    }
}
