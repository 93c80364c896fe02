package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.application.AgreementSummary;
import nl.pmohub.marketplace.domain.AgreementOffer;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.GuestRole;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the terms dialog asks, on both sides: rate, hours, period, notice and the role in the client's tenant. A new
 * offer starts from the request and the candidate; a change starts from the latest version.
 */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Notice most Dutch interim agreements name. */
    static final int USUAL_NOTICE_DAYS = 14;

    private UUID agreementId;
    private long version;
    private UUID professionalId;
    private String candidate;
    private BigDecimal hourlyRate;
    private int hoursPerWeek = 24;
    private LocalDate startDate;
    private LocalDate endDate;
    private int noticeDays = USUAL_NOTICE_DAYS;
    private GuestRole role = GuestRole.PMO;

    /** An offer to a candidate: the candidate's rate, the request's hours and period. */
    static AgreementForm offer(UUID professionalId, String candidate, BigDecimal rate, int hoursPerWeek, LocalDate start, int weeks) {
        AgreementForm form = new AgreementForm();
        form.professionalId = professionalId;
        form.candidate = candidate;
        form.hourlyRate = rate;
        form.hoursPerWeek = hoursPerWeek;
        form.startDate = start;
        form.endDate = start.plusWeeks(weeks).minusDays(1);
        return form;
    }

    /** A change of the agreement's latest terms as the user read them (its version, so a change made meanwhile is refused). */
    static AgreementForm change(AgreementSummary agreement, String candidate) {
        AgreementTerms terms = agreement.latest().terms();
        AgreementForm form = new AgreementForm();
        form.agreementId = agreement.id();
        form.version = agreement.version();
        form.candidate = candidate;
        form.hourlyRate = terms.hourlyRate();
        form.hoursPerWeek = terms.hoursPerWeek();
        form.startDate = terms.startDate();
        form.endDate = terms.endDate();
        form.noticeDays = terms.noticeDays();
        form.role = terms.role();
        return form;
    }

    AgreementOffer toOffer() {
        return new AgreementOffer(hourlyRate, hoursPerWeek, startDate, endDate, noticeDays, role);
    }

    public UUID getAgreementId() { return agreementId; }
    public long getVersion() { return version; }
    public UUID getProfessionalId() { return professionalId; }
    public String getCandidate() { return candidate; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(int hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public GuestRole getRole() { return role; }
    public void setRole(GuestRole role) { this.role = role; }
    public GuestRole[] getRoles() { return GuestRole.values(); }
}
