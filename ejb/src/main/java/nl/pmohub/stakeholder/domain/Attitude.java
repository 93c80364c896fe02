package nl.pmohub.stakeholder.domain;

/** How a stakeholder stands towards the project, from champion to blocker. */
public enum Attitude { CHAMPION, SUPPORTER, NEUTRAL, CRITIC, BLOCKER }
