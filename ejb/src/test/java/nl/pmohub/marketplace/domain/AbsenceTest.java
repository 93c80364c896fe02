package nl.pmohub.marketplace.domain;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AbsenceTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDate JULY = LocalDate.of(2027, 7, 1);

    @Test
    void theLastDayAwayIsIncludedAndTheMultirangeHalfOpen() {
        assertThat(Absence.multirange(List.of(new Absence(JULY, JULY.plusDays(13)), new Absence(JULY.plusDays(30), JULY.plusDays(30)))))
                .isEqualTo("{[2027-07-01,2027-07-15),[2027-07-31,2027-08-01)}");
    }

    @Test
    void readsWhatPostgresqlWritesInOrder() {
        assertThat(Absence.of("{[2027-07-31,2027-08-01),[2027-07-01,2027-07-15)}"))
                .containsExactly(new Absence(JULY, JULY.plusDays(13)), new Absence(JULY.plusDays(30), JULY.plusDays(30)));
    }

    @Test
    void noneIsNullInTheDatabase() {
        assertThat(Absence.multirange(List.of())).isNull();
        assertThat(Absence.of(null)).isEmpty();
    }

    @Test
    void anAbsenceEndingBeforeItStartsNamesItsEnd() {
        assertThat(VALIDATOR.validate(new Absence(JULY, JULY.minusDays(1)))).extracting(v -> v.getPropertyPath().toString()).containsExactly("endDate");
        assertThat(VALIDATOR.validate(new Absence(JULY, JULY))).as("one day").isEmpty();
    }
}
