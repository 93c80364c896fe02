package nl.pmohub.hours.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.pmohub.hours.domain.PersonRate;
import nl.pmohub.hours.domain.RateDetails;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.domain.NotFoundException;
import nl.pmohub.shared.domain.StaleVersionException;

import java.util.List;
import java.util.UUID;

/**
 * Hourly rates: what an approved hour of a person costs from a day on. Project managers, the PMO and
 * administrators see them; the PMO and administrators set them. Setting a rate for a day that has one
 * changes it.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO, Roles.PM})
public class RateService {

    static final String WHAT = "Rate";

    @Inject
    RateRepository rates;

    public List<RateSummary> all() {
        return rates.all();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO})
    public RateSummary set(@NotNull @Valid RateDetails details) {
        PersonRate rate = rates.find(details.person().strip(), details.validFrom()).orElse(null);
        if (rate == null) {
            rate = PersonRate.of(details);
            rates.add(rate);
        } else {
            rate.change(details.hourlyRate());
        }
        rates.flush();
        return summary(rate);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PMO})
    public void remove(@NotNull UUID id, long expectedVersion) {
        PersonRate rate = rates.find(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        StaleVersionException.require(WHAT, id, expectedVersion, rate.version());
        rates.remove(rate);
        rates.flush();
    }

    private static RateSummary summary(PersonRate rate) {
        return new RateSummary(rate.id(), rate.person(), rate.hourlyRate(), rate.validFrom(), rate.version());
    }
}
