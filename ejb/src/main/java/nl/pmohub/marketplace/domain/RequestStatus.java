package nl.pmohub.marketplace.domain;

/** Where a request stands: open for candidates, withdrawn by the client (costs nothing), or filled by an agreement. */
public enum RequestStatus { OPEN, WITHDRAWN, FILLED }
