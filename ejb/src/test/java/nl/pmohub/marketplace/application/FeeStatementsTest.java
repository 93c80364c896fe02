package nl.pmohub.marketplace.application;

import nl.pmohub.hours.application.LabourCosts;
import nl.pmohub.hours.application.LabourMonth;
import nl.pmohub.marketplace.domain.Agreement;
import nl.pmohub.marketplace.domain.AgreementTerms;
import nl.pmohub.marketplace.domain.Engagement;
import nl.pmohub.marketplace.domain.FeeStatement;
import nl.pmohub.marketplace.domain.GuestRole;
import nl.pmohub.marketplace.domain.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Fee statements month by month, from an engagement of 15 March to 30 September 2027 at € 95.00 and 10 %. */
class FeeStatementsTest {

    private static final UUID PROJECT = UUID.randomUUID();

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate START = LocalDate.of(2027, 3, 15);
    private static final LocalDate END = LocalDate.of(2027, 9, 30);
    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    /** Approved hours of one person, per day, as the hours context answers them now. */
    private static final class ApprovedHours implements LabourCosts {
        private final String person;
        final Map<LocalDate, BigDecimal> approved = new HashMap<>();

        ApprovedHours(String person) {
            this.person = person;
        }

        void approve(LocalDate day, String hours) {
            approved.merge(day, new BigDecimal(hours), BigDecimal::add);
        }

        @Override
        public BigDecimal approvedHoursOf(UUID projectId, String person, LocalDate first, LocalDate last) {
            if (!this.person.equals(person) || !PROJECT.equals(projectId)) {
                throw new AssertionError("Hours asked of " + person + ", not of " + this.person);
            }
            return approved.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(last))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public List<LabourMonth> approvedByMonth(UUID projectId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BigDecimal approvedHours(UUID projectId, LocalDate first, LocalDate last) {
            throw new UnsupportedOperationException();
        }
    }

    /** Statements added, in order. */
    private static final class AddedStatements implements FeeStatementRepository {
        final List<FeeStatement> added = new ArrayList<>();

        @Override
        public void add(FeeStatement entity) {
            added.add(entity);
        }

        @Override
        public List<FeeStatement> ofEngagements(Collection<UUID> engagementIds) {
            return added.stream().filter(s -> engagementIds.contains(s.engagementId())).toList();
        }

        @Override
        public Optional<FeeStatement> find(UUID id) {
            return added.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public Optional<FeeStatement> findForUpdate(UUID id) {
            return find(id);
        }

        @Override
        public void remove(FeeStatement entity) {
            added.remove(entity);
        }

        @Override
        public void flush() {
        }
    }

    private final Engagement engagement = engagement(START, END);
    private final ApprovedHours hours = new ApprovedHours("jansen.pmohub");
    private final AddedStatements statements = new AddedStatements();
    private final FeeStatements fees = new FeeStatements();

    private static Engagement engagement(LocalDate start, LocalDate end) {
        AgreementTerms terms = AgreementTerms.of(new BigDecimal("95.00"), 32, start, end, 30, GuestRole.PMO, new BigDecimal("10"));
        Agreement agreement = Agreement.offer(UUID.randomUUID(), PROJECT, "Nieuw ERP", "acme", UUID.randomUUID(), terms, "client", AT);
        agreement.accept(Party.PROFESSIONAL, 1, "pro", AT);
        agreement.accept(Party.CLIENT, 1, "client", AT);
        return Engagement.of(agreement, "jansen");
    }

    @BeforeEach
    void wire() {
        fees.statements = statements;
        fees.labour = hours;
        today(LocalDate.of(2027, 5, 10));
    }

    private void today(LocalDate day) {
        fees.clock = Clock.fixed(day.atTime(10, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    }

    private FeeStatement statementOf(YearMonth month) {
        return statements.added.stream().filter(s -> s.month().equals(month)).findFirst().orElseThrow();
    }

    @Test
    void eachMonthThatEndedGetsOneStatementWithItsHours() {
        hours.approve(START.minusDays(1), "99");                 // before the engagement: not its hours
        hours.approve(LocalDate.of(2027, 3, 15), "8");
        hours.approve(LocalDate.of(2027, 3, 31), "8");
        hours.approve(LocalDate.of(2027, 4, 1), "7.5");
        hours.approve(LocalDate.of(2027, 4, 30), "24.5");
        hours.approve(LocalDate.of(2027, 5, 3), "8");            // the running month

        assertThat(fees.issueDue(engagement, List.of())).isEqualTo(2);

        assertThat(statements.added).extracting(FeeStatement::month).containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 4));
        FeeStatement march = statementOf(YearMonth.of(2027, 3));
        assertThat(march.hours()).isEqualByComparingTo("16");
        assertThat(march.fee().fee()).isEqualTo(new BigDecimal("152.00"));
        assertThat(march.engagementId()).isEqualTo(engagement.id());
        assertThat(march.issuedAt()).isEqualTo(fees.clock.instant());
        FeeStatement april = statementOf(YearMonth.of(2027, 4));
        assertThat(april.hours()).isEqualByComparingTo("32");
        assertThat(april.fee().fee()).isEqualTo(new BigDecimal("304.00"));
        assertThat(april.fee().vat()).isEqualTo(new BigDecimal("63.84"));
        assertThat(april.fee().total()).isEqualTo(new BigDecimal("367.84"));
    }

    @Test
    void aMonthIsDueOnlyOnTheDayAfterItEnded() {
        today(LocalDate.of(2027, 3, 31));
        assertThat(fees.issueDue(engagement, List.of())).isZero();
        today(LocalDate.of(2027, 4, 1));
        assertThat(fees.issueDue(engagement, List.of())).isEqualTo(1);
        assertThat(statements.added).extracting(FeeStatement::month).containsExactly(YearMonth.of(2027, 3));
    }

    @Test
    void issuingAgainIssuesNothing() {
        hours.approve(LocalDate.of(2027, 4, 1), "8");
        fees.issueDue(engagement, List.of());
        List<FeeStatement> issued = List.copyOf(statements.added);

        assertThat(fees.issueDue(engagement, issued)).isZero();
        assertThat(statements.added).hasSize(2);
    }

    @Test
    void noMonthsAfterTheLastDay() {
        hours.approve(LocalDate.of(2027, 9, 30), "8");
        hours.approve(LocalDate.of(2027, 10, 1), "8");           // not the engagement's any more
        today(LocalDate.of(2028, 2, 1));

        assertThat(fees.issueDue(engagement, List.of())).isEqualTo(7);
        assertThat(statements.added).extracting(FeeStatement::month)
                .containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5), YearMonth.of(2027, 6),
                        YearMonth.of(2027, 7), YearMonth.of(2027, 8), YearMonth.of(2027, 9));
        assertThat(statementOf(YearMonth.of(2027, 9)).hours()).isEqualByComparingTo("8");
        assertThat(statementOf(YearMonth.of(2027, 5)).hours()).isEqualByComparingTo("0");
    }

    @Test
    void anEngagementEndedEarlyIsBilledUpToItsLastDay() {
        today(LocalDate.of(2027, 4, 20));
        engagement.endEarly(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 20), "client", null);
        hours.approve(LocalDate.of(2027, 4, 19), "8");
        hours.approve(LocalDate.of(2027, 4, 20), "8");           // after the last day
        today(LocalDate.of(2027, 6, 15));

        assertThat(fees.issueDue(engagement, List.of())).isEqualTo(2);
        assertThat(statementOf(YearMonth.of(2027, 4)).hours()).isEqualByComparingTo("8");
    }

    @Test
    void hoursApprovedLateAreBilledInTheNextStatement() {
        hours.approve(LocalDate.of(2027, 4, 6), "8");
        fees.issueDue(engagement, List.of());
        assertThat(statementOf(YearMonth.of(2027, 4)).hours()).isEqualByComparingTo("8");

        hours.approve(LocalDate.of(2027, 4, 29), "6");           // April's, approved in May
        hours.approve(LocalDate.of(2027, 3, 16), "2");           // March's, approved in May
        hours.approve(LocalDate.of(2027, 5, 4), "8");
        today(LocalDate.of(2027, 6, 2));
        assertThat(fees.issueDue(engagement, List.copyOf(statements.added))).isEqualTo(1);

        FeeStatement may = statementOf(YearMonth.of(2027, 5));
        assertThat(may.hours()).as("May's 8 and 8 approved late").isEqualByComparingTo("16");
        assertThat(may.fee().fee()).isEqualTo(new BigDecimal("152.00"));
        assertThat(statementOf(YearMonth.of(2027, 4)).hours()).as("issued, never changed").isEqualByComparingTo("8");
    }

    @Test
    void theRunningMonthShowsTheUnbilledHoursSoFarOnlyWhenAskedFor() {
        hours.approve(LocalDate.of(2027, 4, 6), "8");
        fees.issueDue(engagement, List.of());
        List<FeeStatement> issued = List.copyOf(statements.added);
        hours.approve(LocalDate.of(2027, 4, 7), "2");            // April's, approved late
        hours.approve(LocalDate.of(2027, 5, 3), "8");

        List<FeeLine> lines = fees.lines(engagement, issued, true);
        assertThat(lines).extracting(FeeLine::month).containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5));
        assertThat(lines.subList(0, 2)).allSatisfy(line -> assertThat(line.issued()).isTrue());
        FeeLine running = lines.get(2);
        assertThat(running.issuedAt()).isNull();
        assertThat(running.issued()).isFalse();
        assertThat(running.fee().hours()).isEqualByComparingTo("10");
        assertThat(running.fee().fee()).isEqualTo(new BigDecimal("95.00"));
        assertThat(running.fee().total()).isEqualTo(new BigDecimal("114.95"));

        assertThat(fees.lines(engagement, issued, false)).extracting(FeeLine::month).containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 4));
        assertThat(statements.added).as("showing issues nothing").hasSize(2);
    }

    @Test
    void noRunningMonthBeforeTheStartOrAfterTheEnd() {
        today(LocalDate.of(2027, 2, 20));
        assertThat(fees.lines(engagement, List.of(), true)).isEmpty();
        today(LocalDate.of(2027, 10, 1));
        assertThat(fees.lines(engagement, List.of(), true)).isEmpty();
    }

    @Test
    void anEngagementCancelledBeforeAStartOnTheFirstIssuesNothing() {
        Engagement cancelled = engagement(LocalDate.of(2027, 4, 1), END);
        cancelled.endEarly(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "client", null);
        today(LocalDate.of(2027, 6, 2));

        assertThat(fees.issueDue(cancelled, List.of())).isZero();
        assertThat(statements.added).isEmpty();
    }

    @Test
    void anEngagementCancelledBeforeAStartMidMonthIssuesNothing() {
        engagement.endEarly(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "client", null);
        assertThat(engagement.lastDay()).isEqualTo(LocalDate.of(2027, 3, 14));
        today(LocalDate.of(2027, 6, 2));

        assertThat(fees.issueDue(engagement, List.of())).isZero();
        assertThat(statements.added).isEmpty();
    }

    @Test
    void anEngagementCancelledBeforeItsStartHasNoRunningMonth() {
        engagement.endEarly(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "client", null);
        today(LocalDate.of(2027, 3, 20));

        assertThat(fees.lines(engagement, List.of(), true)).isEmpty();
    }
}
