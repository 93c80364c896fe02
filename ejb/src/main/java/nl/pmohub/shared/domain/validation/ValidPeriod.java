package nl.pmohub.shared.domain.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link nl.pmohub.shared.domain.Period} whose end is not before its start; the violation names {@code endDate}. */
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPeriod {

    String message() default "{pmohub.period.endBeforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
