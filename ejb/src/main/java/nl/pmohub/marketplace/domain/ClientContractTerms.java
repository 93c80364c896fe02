package nl.pmohub.marketplace.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What an operator records of a client's contract: legal name, KvK number (may follow later) and fee percentage. */
public record ClientContractTerms(
        @NotBlank @Size(max = 120) String legalName,
        @Pattern(regexp = "\\d{8}", message = "{pmohub.kvk}") String kvkNumber,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("30.00") @Digits(integer = 2, fraction = 2) BigDecimal feePercent) {
}
