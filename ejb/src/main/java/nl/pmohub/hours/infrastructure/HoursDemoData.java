package nl.pmohub.hours.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.pmohub.hours.domain.DayHours;
import nl.pmohub.hours.domain.PersonRate;
import nl.pmohub.hours.domain.RateDetails;
import nl.pmohub.hours.domain.Timesheet;
import nl.pmohub.hours.domain.WeekHours;
import nl.pmohub.portfolio.application.ProjectPort;
import nl.pmohub.portfolio.application.ProjectSummary;
import nl.pmohub.shared.application.DemoSeed;
import nl.pmohub.shared.infrastructure.DemoSeedOnce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A year of hours on the active demo projects: two people per project, two to five hours on each weekday
 * within the project's period. Weeks before last are approved; last week is handed in (so "Hours to approve"
 * has work), except one that was sent back with a comment; this week is still open. The demo users pm and pmo
 * are among the people, so "My hours" shows a filled week. Deterministic per tenant; does nothing when the
 * tenant has hours already. Hourly rates for all but one of the people, from three years back.
 */
@Stateless
public class HoursDemoData extends DemoSeedOnce implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(HoursDemoData.class.getName());
    private static final int WEEKS = 52;
    private static final List<String> PEOPLE = List.of("pmo", "j.bakker", "s.dewit", "pm", "k.visser", "f.bouzid", "m.jansen");
    /** Hourly cost rates of the people above, in the same order; m.jansen has none, so the budget warns about her hours. */
    private static final List<String> RATES = List.of("85.00", "95.00", "90.00", "105.00", "80.00", "88.00");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    ProjectPort portfolio;

    public HoursDemoData() {
        super("Timesheet", 3);
    }

    @Override
    protected void seedEmpty(String tenant) {
        List<ProjectSummary> projects = portfolio.active();
        for (int i = 0; i < RATES.size(); i++) {
            em.persist(PersonRate.of(new RateDetails(PEOPLE.get(i), new BigDecimal(RATES.get(i)), LocalDate.now(clock).minusYears(3).withDayOfYear(1))));
        }
        Random random = new Random(tenant.hashCode());
        LocalDate thisWeek = Timesheet.weekOf(LocalDate.now(clock));
        int count = 0;
        for (int p = 0; p < projects.size(); p++) {
            ProjectSummary project = projects.get(p);
            for (String person : List.of(PEOPLE.get(p % PEOPLE.size()), PEOPLE.get((p + 3) % PEOPLE.size()))) {
                for (int age = WEEKS - 1; age >= 0; age--) {
                    Timesheet sheet = week(project, person, thisWeek.minusWeeks(age), random);
                    if (sheet != null) {
                        decide(sheet, age, p == 0 && person.equals(PEOPLE.get(0)));
                        em.persist(sheet);
                        count++;
                    }
                }
            }
            em.flush();
            em.clear();
        }
        int weeks = count;
        LOG.info(() -> "Demo hours for " + tenant + ": " + weeks + " weeks");
    }

    /** A week of two to five hours a weekday within the project's period, or null when none of its days is. */
    private static Timesheet week(ProjectSummary period, String person, LocalDate monday, Random random) {
        List<DayHours> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            LocalDate date = monday.plusDays(day);
            if (!date.isBefore(period.startDate()) && !date.isAfter(period.endDate())) {
                days.add(new DayHours(date, BigDecimal.valueOf(8 + random.nextInt(13), 2).multiply(BigDecimal.valueOf(25))));
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        Timesheet sheet = Timesheet.open(period.id(), person, monday);
        sheet.record(new WeekHours(days), period, Map.of());
        return sheet;
    }

    /** Older weeks approved; last week handed in (one sent back); this week open. */
    private static void decide(Timesheet sheet, int age, boolean sentBack) {
        if (age == 0) {
            return;
        }
        sheet.submit(sheet.weekStart().plusDays(4).atTime(LocalTime.of(17, 0)).atZone(AMSTERDAM).toInstant());
        String approver = sheet.person().equals("pm") ? "admin" : "pm";
        var monday = sheet.weekStart().plusWeeks(1).atTime(LocalTime.of(9, 30)).atZone(AMSTERDAM).toInstant();
        if (age == 1 && sentBack) {
            sheet.reject(approver, "Woensdag lijkt dubbel geboekt; controleer de uren en dien de week opnieuw in.", monday);
        } else if (age > 1) {
            sheet.approve(approver, monday);
        }
    }
}
