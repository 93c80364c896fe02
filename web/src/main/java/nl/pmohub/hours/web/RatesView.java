package nl.pmohub.hours.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.pmohub.hours.application.RateService;
import nl.pmohub.hours.application.RateSummary;
import nl.pmohub.hours.domain.RateDetails;
import nl.pmohub.shared.application.Roles;
import nl.pmohub.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Hourly rates of the organisation's people: a list, and a form that sets a rate from a day on (the PMO and administrators). */
@Named
@ViewScoped
public class RatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    transient RateService rates;

    private List<RateSummary> all = List.of();
    private String person;
    private BigDecimal hourlyRate;
    private LocalDate validFrom;

    public void load() {
        all = rates.all();
        if (validFrom == null) {
            validFrom = LocalDate.now(clock).withDayOfMonth(1);
        }
    }

    public void set() {
        RateSummary rate = rates.set(new RateDetails(person, hourlyRate, validFrom));
        Messages.info("rates.set", rate.person(), rate.hourlyRate(), Date.valueOf(rate.validFrom()));
        person = null;
        hourlyRate = null;
        load();
    }

    public void remove(RateSummary rate) {
        rates.remove(rate.id(), rate.version());
        Messages.info("rates.removed", rate.person(), rate.validFrom());
        load();
    }

    /** The PMO and administrators set rates; project managers only read them. */
    public boolean isMayChange() {
        ExternalContext user = FacesContext.getCurrentInstance().getExternalContext();
        return user.isUserInRole(Roles.PMO) || user.isUserInRole(Roles.TENANT_ADMIN);
    }

    public List<RateSummary> getAll() {
        return all;
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
}
