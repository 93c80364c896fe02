package nl.pmohub.contracts.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.pmohub.shared.domain.Period;
import nl.pmohub.shared.domain.validation.ValidPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The facts of a supplier contract; the KvK number is the supplier's eight-digit Chamber of Commerce number. */
@ValidPeriod
public record ContractDetails(
        @NotBlank @Size(max = 120) String supplier,
        @NotNull @Pattern(regexp = "\\d{8}", message = "{pmohub.kvk}") String kvkNumber,
        @NotBlank @Size(max = 200) String subject,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal value,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(0) @Max(365) int noticeDays,
        @NotBlank @Size(max = 100) String owner) implements Period {
}
