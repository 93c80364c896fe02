package nl.pmohub.marketplace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.pmohub.hours.application.LabourCosts;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.Fee;
import nl.pmohub.marketplace.domain.FeeStatement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The fee of engagements month by month. A month's statement bills the engagement's approved hours up to the month's
 * end (the guest account's hours on the engagement's project; one professional has at most one engagement per project
 * at a time, so every hour belongs to one engagement) less what earlier statements billed, so hours
 * approved late go into the next statement. Approved hours are the client's data: statements are made, and the
 * running month is shown, only within the client's tenant.
 */
@ApplicationScoped
public class FeeStatements {

    @Inject
    FeeStatementRepository statements;

    @Inject
    LabourCosts labour;

    @Inject
    Clock clock;

    /** The issued statements of an engagement, oldest first, and — {@code withRunning}, in the client's tenant — the month running now. */
    List<FeeLine> lines(Engagement engagement, List<FeeStatement> issued, boolean withRunning) {
        List<FeeLine> lines = new ArrayList<>(issued.stream().map(s -> new FeeLine(s.month(), s.fee(), s.issuedAt())).toList());
        YearMonth now = YearMonth.now(clock);
        boolean running = !engagement.cancelled() && !now.isBefore(YearMonth.from(engagement.startDate())) && !now.isAfter(YearMonth.from(engagement.lastDay()))
                && issued.stream().noneMatch(s -> s.month().equals(now));
        if (withRunning && running) {
            BigDecimal hours = unbilled(engagement, issued, now);
            lines.add(new FeeLine(now, Fee.on(hours, engagement.hourlyRate(), engagement.feePercent()), null));
        }
        return lines;
    }

    /** Issues the statements of the engagement's months that ended before today and have none yet; answers how many. */
    int issueDue(Engagement engagement, List<FeeStatement> issued) {
        if (engagement.cancelled()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<FeeStatement> known = new ArrayList<>(issued);
        YearMonth last = YearMonth.from(engagement.lastDay());
        int made = 0;
        for (YearMonth month = YearMonth.from(engagement.startDate()); !month.isAfter(last) && month.atEndOfMonth().isBefore(today);
             month = month.plusMonths(1)) {
            YearMonth m = month;
            if (known.stream().noneMatch(s -> s.month().equals(m))) {
                FeeStatement statement = FeeStatement.issue(engagement, m, unbilled(engagement, known, m), clock.instant());
                statements.add(statement);
                known.add(statement);
                made++;
            }
        }
        return made;
    }

    private BigDecimal unbilled(Engagement engagement, List<FeeStatement> issued, YearMonth upTo) {
        LocalDate end = upTo.atEndOfMonth().isBefore(engagement.lastDay()) ? upTo.atEndOfMonth() : engagement.lastDay();
        BigDecimal approved = labour.approvedHoursOf(engagement.projectId(), engagement.tenantUsername(), engagement.startDate(), end);
        BigDecimal billed = issued.stream().filter(s -> s.month().isBefore(upTo)).map(FeeStatement::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return approved.subtract(billed).max(BigDecimal.ZERO);
    }
}
