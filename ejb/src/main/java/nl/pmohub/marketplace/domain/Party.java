package nl.pmohub.marketplace.domain;

/** The two sides of an assignment agreement: the client (opdrachtgever) and the professional (opdrachtnemer). */
public enum Party { CLIENT, PROFESSIONAL }
