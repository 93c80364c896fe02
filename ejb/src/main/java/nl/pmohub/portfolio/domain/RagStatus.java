package nl.pmohub.portfolio.domain;

/** Red / amber / green: the project manager's judgement of how the project stands. */
public enum RagStatus { GREEN, AMBER, RED }
