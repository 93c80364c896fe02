package nl.pmohub.hours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.TenantRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A person's hourly rate from a day on, until their next rate: approved hours cost the project this much. */
@Entity
@Table(name = "person_rate")
public class PersonRate extends TenantRecord {

    @Column(name = "person", nullable = false, updatable = false, length = 100)
    private String person;

    @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    protected PersonRate() {
    }

    public static PersonRate of(RateDetails details) {
        PersonRate rate = new PersonRate();
        rate.identify();
        rate.person = details.person().strip();
        rate.validFrom = details.validFrom();
        rate.change(details.hourlyRate());
        return rate;
    }

    public void change(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate.setScale(2, RoundingMode.HALF_UP);
    }

    public String person() {
        return person;
    }

    public BigDecimal hourlyRate() {
        return hourlyRate;
    }

    public LocalDate validFrom() {
        return validFrom;
    }
}
