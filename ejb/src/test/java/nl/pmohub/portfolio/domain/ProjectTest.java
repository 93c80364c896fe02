package nl.pmohub.portfolio.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static ProjectDetails details(LocalDate start, LocalDate end) {
        return new ProjectDetails("ACM-1", "Nieuwbouw", null, ProjectMethod.PRINCE2, "Jan", start, end, RagStatus.GREEN, BigDecimal.TEN);
    }

    @Test
    void aNewProjectIsActiveWithARandomId() {
        Project a = Project.start(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1)));
        Project b = Project.start(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1)));
        assertThat(a.phase()).isEqualTo(ProjectPhase.ACTIVE);
        assertThat(a.id()).isNotEqualTo(b.id());
    }

    @Test
    void aClosedProjectRefusesChangesUntilReopened() {
        Project project = Project.start(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1)));
        project.close(LocalDate.of(2027, 6, 2));
        assertThatThrownBy(() -> project.revise(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("phase"));
        assertThatThrownBy(() -> project.close(LocalDate.now())).isInstanceOf(RuleViolationException.class);

        project.reopen();
        project.revise(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1)));
        assertThat(project.details().endDate()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(project.closedOn()).isNull();
    }

    @Test
    void reopeningAnActiveProjectIsRefused() {
        Project project = Project.start(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 1)));
        assertThatThrownBy(project::reopen).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theEntityItselfRefusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Project.start(details(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theContractNamesTheEndDateWhenItLiesBeforeTheStart() {
        Set<ConstraintViolation<ProjectDetails>> violations = VALIDATOR.validate(details(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1)));
        assertThat(violations).singleElement().satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("endDate"));
    }

    @Test
    void theContractRefusesMissingTooLongAndNegativeValues() {
        ProjectDetails bad = new ProjectDetails(" ", "x".repeat(121), null, null, "Jan", LocalDate.now(), LocalDate.now(), RagStatus.RED,
                BigDecimal.valueOf(-1));
        assertThat(VALIDATOR.validate(bad)).extracting(v -> v.getPropertyPath().toString())
                .contains("code", "name", "method", "budget");
    }

    @Test
    void aValidProjectPasses() {
        assertThat(VALIDATOR.validate(details(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)))).isEmpty();
    }
}
