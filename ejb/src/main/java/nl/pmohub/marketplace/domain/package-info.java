/**
 * The marketplace: interim PMO professionals (platform records, no tenant) and the requests of client tenants
 * (tenant records), matched by an explainable score. Later parts: interest and the 48-hour shortlist,
 * agreements and fees, engagements inside the client tenant.
 */
package nl.pmohub.marketplace.domain;
