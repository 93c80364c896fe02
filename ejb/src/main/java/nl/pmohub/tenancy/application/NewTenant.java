package nl.pmohub.tenancy.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.pmohub.tenancy.domain.TenantSlug;

/** What a platform operator says to onboard a client organisation. */
public record NewTenant(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = TenantSlug.PATTERN, message = "{pmohub.tenant.slug}") String slug,
        @NotBlank @Email @Size(max = 254) String adminEmail) {
}
