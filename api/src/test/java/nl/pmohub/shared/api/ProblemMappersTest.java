package nl.pmohub.shared.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    /** The shape seen with PostgreSQL down: the pool's SQLException around the driver's connection refusal (SQLState 08001). */
    @Test
    void aDatabaseThatCannotBeReachedIsServiceUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Throwable failure = new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("IJ031019: You are trying to use a connection factory that has been shut down", null, refused)));

        Problem problem = ProblemMappers.problem(failure, java.util.Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.correlationId()).isNull();
        assertThat(problem.detail()).contains("database is unavailable");
    }

    @Test
    void otherDatabaseFailuresStayUnexpected() {
        Throwable failure = new EJBException(new PersistenceException(new SQLException("duplicate key value", "23505")));

        Problem problem = ProblemMappers.problem(failure, java.util.Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.correlationId()).isNotBlank();
    }

    @Test
    void controlCharactersAreFoundInNestedWireRecords() {
        record Line(String title) {
        }
        record Body(String name, java.util.List<Line> lines) {
        }
        assertThat(ControlCharacterCheck.hasControlCharacter("tab\tand\nnewline\r")).isFalse();
        assertThat(ControlCharacterCheck.hasControlCharacter("nul\u0000")).isTrue();
        assertThat(ControlCharacterCheck.hasControlCharacter("del\u007f")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ControlCharacterCheck.check(
                        new Body("fine", java.util.List.of(new Line("ok"), new Line("bell\u0007"))), ""))
                .isInstanceOf(nl.pmohub.shared.domain.BadInputException.class)
                .satisfies(e -> assertThat(((nl.pmohub.shared.domain.BadInputException) e).field()).isEqualTo("lines[1].title"));
    }
}
