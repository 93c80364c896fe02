package nl.pmohub.tenancy.application;

import java.time.Instant;

/** A row of the operator's tenant list. */
public record TenantSummary(String slug, String name, String status, String adminEmail, Instant createdAt) {
}
