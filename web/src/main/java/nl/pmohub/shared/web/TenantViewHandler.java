package nl.pmohub.shared.web;

import nl.pmohub.shared.infrastructure.BeanLookup;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import nl.pmohub.tenancy.application.CurrentTenant;

/**
 * Tenant views live once, under {@code /app/}; users reach them as {@code /t/{tenant}/…} (the request
 * filter forwards). This puts the tenant back into every URL Faces writes (form actions, redirects,
 * links), so a postback goes through authentication for the same tenant again.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

    static final String TENANT_VIEWS = "/app/";

    private static final BeanLookup<CurrentTenant> CURRENT = BeanLookup.of(CurrentTenant.class);

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        String prefix = context.getExternalContext().getRequestContextPath() + TENANT_VIEWS;
        if (!url.startsWith(prefix)) {
            return url;
        }
        return CURRENT.get().slug()
                .map(tenant -> context.getExternalContext().getRequestContextPath() + "/t/" + tenant + "/" + url.substring(prefix.length()))
                .orElse(url);
    }
}
