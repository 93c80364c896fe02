package nl.pmohub.meeting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.meeting.domain.Lesson;
import nl.pmohub.meeting.domain.LessonDetails;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Lessons learned of a project. Everyone in the tenant reads them; project managers, the PMO and administrators
 * record them, also on closed projects: an evaluation often comes after the end.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO, Roles.VIEWER})
public class LessonService {

    static final String WHAT = "Lesson";

    @Inject
    LessonRepository lessons;

    @Inject
    ProjectPort projects;

    @Inject
    Clock clock;

    public List<LessonSummary> ofProject(@NotNull UUID projectId) {
        projects.requireExisting(projectId);
        return lessons.ofProject(projectId);
    }

    public LessonSummary get(@NotNull UUID projectId, @NotNull UUID id) {
        projects.requireExisting(projectId);
        return lessons.view(projectId, id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public LessonSummary learn(@NotNull UUID projectId, @NotNull @Valid LessonDetails details) {
        projects.requireExisting(projectId);
        Lesson lesson = Lesson.learn(projectId, details, LocalDate.now(clock));
        lessons.add(lesson);
        return stored(lesson);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public LessonSummary revise(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion, @NotNull @Valid LessonDetails details) {
        Lesson lesson = lessons.get(projectId, id, expectedVersion);
        lesson.describe(details);
        return stored(lesson);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PM, Roles.PMO})
    public void remove(@NotNull UUID projectId, @NotNull UUID id, long expectedVersion) {
        lessons.remove(lessons.get(projectId, id, expectedVersion));
        lessons.flush();
    }

    private LessonSummary stored(Lesson lesson) {
        lessons.flush();
        return lessons.view(lesson.projectId(), lesson.id()).orElseThrow(() -> new NotFoundException(WHAT, lesson.id()));
    }
}
