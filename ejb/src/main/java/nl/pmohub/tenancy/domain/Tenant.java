package nl.pmohub.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A client organisation. Platform-wide on purpose (no {@code @TenantId}): the registry must be readable
 * before a tenant is known, to route a request and to refuse unknown tenants.
 * Its realm's web client secret lives here because every runtime-created realm gets its own.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    @Column(name = "slug", length = 30)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "admin_email", nullable = false, length = 254)
    private String adminEmail;

    @Column(name = "web_client_secret", nullable = false, length = 100)
    private String webClientSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
    }

    public static Tenant register(String slug, String name, String adminEmail, String webClientSecret, Instant now) {
        if (!TenantSlug.isWellFormed(slug)) {
            throw new IllegalArgumentException("Not a valid tenant slug: " + slug);
        }
        Tenant tenant = new Tenant();
        tenant.slug = slug;
        tenant.name = Objects.requireNonNull(name);
        tenant.adminEmail = Objects.requireNonNull(adminEmail);
        tenant.webClientSecret = Objects.requireNonNull(webClientSecret);
        tenant.status = Status.ACTIVE;
        tenant.createdAt = now;
        return tenant;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String webClientSecret() {
        return webClientSecret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
