package nl.pmohub.marketplace.domain;

/** What a PMO professional can do; the T-shape says how deep. */
public enum Skill {
    PRINCE2, SCRUM, SAFE, LEAN, PDCA, SIX_SIGMA, RISK, STAKEHOLDER, FINANCE, CAPACITY, MS_PROJECT, PORTFOLIO, CHANGE, REPORTING, PMO_SETUP, IPMA
}
