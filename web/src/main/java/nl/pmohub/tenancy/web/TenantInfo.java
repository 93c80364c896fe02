package nl.pmohub.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.tenancy.application.CurrentTenant;
import nl.pmohub.tenancy.application.TenantDirectory;

/** The organisation the page belongs to, for headers and links. */
@Named
@RequestScoped
public class TenantInfo {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantDirectory directory;

    public String getSlug() {
        return currentTenant.require();
    }

    public String getName() {
        return directory.find(getSlug()).map(TenantDirectory.Entry::name).orElse(getSlug());
    }
}
