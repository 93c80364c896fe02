package nl.pmohub.marketplace.domain;

/**
 * Where an agreement stands: offered (versions going back and forth until both accepted the latest), concluded,
 * withdrawn by the client, or lapsed because the request was filled by another candidate or withdrawn.
 */
public enum AgreementStatus { OFFERED, CONCLUDED, WITHDRAWN, LAPSED }
