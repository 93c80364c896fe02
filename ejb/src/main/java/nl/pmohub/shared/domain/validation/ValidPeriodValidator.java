package nl.pmohub.shared.domain.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.pmohub.shared.domain.Period;

/** Checks {@link ValidPeriod}; missing dates are left to {@code @NotNull} on the fields. */
public class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, Period> {

    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
        if (period == null || period.startDate() == null || period.endDate() == null
                || !period.endDate().isBefore(period.startDate())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("endDate").addConstraintViolation();
        return false;
    }
}
