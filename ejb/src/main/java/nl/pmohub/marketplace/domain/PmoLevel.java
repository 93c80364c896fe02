package nl.pmohub.marketplace.domain;

/** The level a PMO works at: operational (project support), tactical (programme/portfolio office), strategic (advice to the board). */
public enum PmoLevel { OPERATIONAL, TACTICAL, STRATEGIC }
