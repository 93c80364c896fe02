package nl.pmohub.portfolio.domain;

/** How a project is run; later screens (stages, sprints, boards) follow it. */
public enum ProjectMethod { PRINCE2, SCRUM, KANBAN, HYBRID }
