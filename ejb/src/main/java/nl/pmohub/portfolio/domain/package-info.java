/**
 * Projects and the portfolio they form: method, manager, dates, status (RAG) and life cycle.
 * Every entity here is tenant-owned ({@code @TenantId}; row-level security on its table).
 */
package nl.pmohub.portfolio.domain;
