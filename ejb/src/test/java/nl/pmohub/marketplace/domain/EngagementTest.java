package nl.pmohub.marketplace.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 15);
    private static final LocalDate END = LocalDate.of(2027, 9, 30);
    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    private static Agreement offer() {
        AgreementTerms terms = AgreementTerms.of(new BigDecimal("95"), 32, START, END, 30, GuestRole.PM, new BigDecimal("8.5"));
        return Agreement.offer(UUID.randomUUID(), UUID.randomUUID(), "Nieuw ERP", "acme", UUID.randomUUID(), terms, "client", AT);
    }

    private static Engagement engagement() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", AT);
        agreement.accept(Party.CLIENT, 1, "client", AT);
        return Engagement.of(agreement, "jansen");
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void onlyAConcludedAgreementMakesAnEngagement() {
        Agreement offered = offer();
        assertThatThrownBy(() -> Engagement.of(offered, "jansen")).isInstanceOf(IllegalStateException.class).hasMessageContaining("not concluded");
        offered.accept(Party.PROFESSIONAL, 1, "pro", AT);
        assertThatThrownBy(() -> Engagement.of(offered, "jansen")).isInstanceOf(IllegalStateException.class);
        Agreement withdrawn = offer();
        withdrawn.withdraw(AT);
        assertThatThrownBy(() -> Engagement.of(withdrawn, "jansen")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEngagementTakesTheConcludedTermsAndTheAgreementsId() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", AT);
        agreement.accept(Party.CLIENT, 1, "client", AT);
        Engagement engagement = Engagement.of(agreement, "jansen");
        assertThat(engagement.id()).isEqualTo(agreement.id());
        assertThat(engagement.agreementId()).isEqualTo(agreement.id());
        assertThat(engagement.clientTenant()).isEqualTo("acme");
        assertThat(engagement.professionalId()).isEqualTo(agreement.professionalId());
        assertThat(engagement.projectId()).isEqualTo(agreement.projectId());
        assertThat(engagement.tenantUsername()).isEqualTo("jansen.pmohub");
        assertThat(engagement.role()).isEqualTo(GuestRole.PM);
        assertThat(engagement.hourlyRate()).isEqualTo(new BigDecimal("95.00"));
        assertThat(engagement.hoursPerWeek()).isEqualTo(32);
        assertThat(engagement.feePercent()).isEqualTo(new BigDecimal("8.50"));
        assertThat(engagement.startDate()).isEqualTo(START);
        assertThat(engagement.endDate()).isEqualTo(END);
        assertThat(engagement.lastDay()).isEqualTo(END);
        assertThat(engagement.endedOn()).isNull();
    }

    @Test
    void upcomingBeforeTheStartActiveFromTheFirstToTheLastDayEndedAfter() {
        Engagement engagement = engagement();
        assertThat(engagement.stateOn(START.minusDays(1))).isEqualTo(EngagementState.UPCOMING);
        assertThat(engagement.stateOn(START)).isEqualTo(EngagementState.ACTIVE);
        assertThat(engagement.stateOn(START.plusDays(40))).isEqualTo(EngagementState.ACTIVE);
        assertThat(engagement.stateOn(END)).isEqualTo(EngagementState.ACTIVE);
        assertThat(engagement.stateOn(END.plusDays(1))).isEqualTo(EngagementState.ENDED);
    }

    @Test
    void endingOnYesterdayEndsItAtOnce() {
        Engagement engagement = engagement();
        LocalDate today = LocalDate.of(2027, 5, 10);
        assertThat(engagement.stateOn(today)).isEqualTo(EngagementState.ACTIVE);
        engagement.endEarly(today.minusDays(1), today, "client", "  Project gestopt ");
        assertThat(engagement.lastDay()).isEqualTo(today.minusDays(1));
        assertThat(engagement.endedOn()).isEqualTo(today.minusDays(1));
        assertThat(engagement.stateOn(today)).isEqualTo(EngagementState.ENDED);
        assertThat(engagement.stateOn(today.minusDays(1))).isEqualTo(EngagementState.ACTIVE);
        assertThat(engagement.endedBy()).isEqualTo("client");
        assertThat(engagement.endReason()).isEqualTo("Project gestopt");
        assertThat(engagement.endDate()).as("the agreed end is kept").isEqualTo(END);
    }

    @Test
    void endingLaterKeepsItActiveUntilThenWithoutABlankReason() {
        Engagement engagement = engagement();
        LocalDate today = LocalDate.of(2027, 5, 10);
        engagement.endEarly(today.plusDays(14), today, "client", " ");
        assertThat(engagement.stateOn(today.plusDays(14))).isEqualTo(EngagementState.ACTIVE);
        assertThat(engagement.stateOn(today.plusDays(15))).isEqualTo(EngagementState.ENDED);
        assertThat(engagement.endReason()).isNull();
    }

    @Test
    void theEndCannotLieBeforeYesterdayNorOnOrAfterTheCurrentLastDay() {
        Engagement engagement = engagement();
        LocalDate today = LocalDate.of(2027, 5, 10);
        refused(() -> engagement.endEarly(today.minusDays(2), today, "client", null), "lastDay", "marketplace.error.endInPast");
        refused(() -> engagement.endEarly(END, today, "client", null), "lastDay", "marketplace.error.notEarlier");
        refused(() -> engagement.endEarly(END.plusDays(1), today, "client", null), "lastDay", "marketplace.error.notEarlier");
        assertThat(engagement.endedOn()).isNull();

        engagement.endEarly(today.plusDays(20), today, "client", null);
        refused(() -> engagement.endEarly(today.plusDays(20), today, "client", null), "lastDay", "marketplace.error.notEarlier");
        refused(() -> engagement.endEarly(today.plusDays(21), today, "client", null), "lastDay", "marketplace.error.notEarlier");
        engagement.endEarly(today.plusDays(5), today, "client2", null);
        assertThat(engagement.lastDay()).as("an earlier end than the one chosen before").isEqualTo(today.plusDays(5));
        assertThat(engagement.endedBy()).isEqualTo("client2");
    }

    @Test
    void endingBeforeTheStartCancelsItSoItIsNeverActive() {
        Engagement engagement = engagement();
        LocalDate today = START.minusDays(10);
        engagement.endEarly(today, today, "client", "Budget ingetrokken");
        assertThat(engagement.lastDay()).isEqualTo(START.minusDays(1));
        for (LocalDate day = today.minusDays(1); !day.isAfter(END.plusDays(1)); day = day.plusDays(1)) {
            assertThat(engagement.stateOn(day)).as("on %s", day).isEqualTo(EngagementState.ENDED);
        }
        assertThat(engagement.cancelled()).isTrue();
        assertThat(engagement.stateOn(START)).isEqualTo(EngagementState.ENDED);
        assertThat(engagement.stateOn(END)).isEqualTo(EngagementState.ENDED);
    }

    @Test
    void aGuestIsThePlatformAccountWithTheSuffix() {
        assertThat(Engagement.guestUsername("jansen")).isEqualTo("jansen.pmohub");
        assertThat(Engagement.isGuest("jansen.pmohub")).isTrue();
        assertThat(Engagement.isGuest(Engagement.guestUsername("a.b"))).isTrue();
        assertThat(Engagement.isGuest("jansen")).isFalse();
        assertThat(Engagement.isGuest("jansen.pmohub.nl")).isFalse();
        assertThat(Engagement.isGuest(null)).isFalse();
    }

    @Test
    void bothSidesReviewOnceFromTheLastDayOn() {
        Engagement engagement = engagement();
        refused(() -> engagement.review(Party.CLIENT, 4, "Goed", "client", AT, END.minusDays(1)), "stars", "marketplace.error.reviewTooEarly");
        Review review = engagement.review(Party.CLIENT, 4, "  Goed  ", "client", AT, END);
        assertThat(review.text()).isEqualTo("Goed");
        assertThat(engagement.reviewBy(Party.CLIENT)).contains(review);
        assertThat(engagement.reviewBy(Party.PROFESSIONAL)).isEmpty();
        refused(() -> engagement.review(Party.CLIENT, 5, "Toch beter", "client", AT, END), "stars", "marketplace.error.reviewedAlready");
        refused(() -> engagement.review(Party.PROFESSIONAL, 0, "", "jansen", AT, END), "stars", "marketplace.error.rating");
        assertThat(engagement.review(Party.PROFESSIONAL, 3, null, "jansen", AT, END).text()).isEmpty();
    }

    @Test
    void anEngagementEndedEarlyIsReviewedFromItsNewLastDayButACancelledOneNever() {
        Engagement ended = engagement();
        LocalDate today = START.plusDays(20);
        ended.endEarly(today.minusDays(1), today, "client", null);
        assertThat(ended.review(Party.CLIENT, 2, "Te vroeg gestopt", "client", AT, today).stars()).isEqualTo(2);
        Engagement cancelled = engagement();
        cancelled.endEarly(START.minusDays(5), START.minusDays(5), "client", null);
        refused(() -> cancelled.review(Party.CLIENT, 3, "", "client", AT, END), "stars", "marketplace.error.reviewTooEarly");
    }
}
