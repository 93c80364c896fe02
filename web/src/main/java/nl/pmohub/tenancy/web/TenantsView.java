package nl.pmohub.tenancy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.shared.web.FormValidator;
import nl.pmohub.shared.web.Messages;
import nl.pmohub.tenancy.application.NewTenant;
import nl.pmohub.tenancy.application.OnboardedTenant;
import nl.pmohub.tenancy.application.TenantService;
import nl.pmohub.tenancy.application.TenantSummary;

import java.io.Serializable;
import java.util.List;

/**
 * The operator console: the tenants, and onboarding a new one. The result (with the first
 * administrator's temporary password) is shown once and not kept.
 */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantService service;

    @Inject
    transient FormValidator forms;

    private List<TenantSummary> tenants;
    private String name;
    private String slug;
    private String adminEmail;
    private OnboardedTenant onboarded;

    @PostConstruct
    void init() {
        tenants = service.list();
    }

    public void onboard() {
        NewTenant request = new NewTenant(name, slug, adminEmail);
        if (!forms.isValid(request)) {
            return;
        }
        onboarded = service.onboard(request);
        tenants = service.list();
        name = null;
        slug = null;
        adminEmail = null;
        Messages.info("tenants.onboarded", onboarded.name());
    }

    public List<TenantSummary> getTenants() { return tenants; }
    public OnboardedTenant getOnboarded() { return onboarded; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
}
