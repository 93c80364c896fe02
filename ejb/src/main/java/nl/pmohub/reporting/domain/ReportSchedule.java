package nl.pmohub.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.util.Objects;
import java.util.UUID;

/** How often a project reports; a project without one reports monthly. */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends ProjectRecord {

    public static final ReportCadence DEFAULT = ReportCadence.MONTHLY;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false, length = 8)
    private ReportCadence cadence;

    protected ReportSchedule() {
    }

    public static ReportSchedule of(UUID projectId, ReportCadence cadence) {
        ReportSchedule schedule = new ReportSchedule();
        schedule.identify(projectId);
        schedule.change(cadence);
        return schedule;
    }

    public void change(ReportCadence cadence) {
        this.cadence = Objects.requireNonNull(cadence);
    }

    public ReportCadence cadence() {
        return cadence;
    }
}
