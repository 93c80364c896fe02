package nl.pmohub.marketplace.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 15);
    private static final LocalDate END = LocalDate.of(2027, 9, 30);
    private static final Instant OFFERED = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-03-02T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2027-03-03T09:00:00Z");

    static AgreementTerms terms(String rate) {
        return AgreementTerms.of(new BigDecimal(rate), 32, START, END, 30, GuestRole.PMO, new BigDecimal("10"));
    }

    static Agreement offer() {
        return Agreement.offer(UUID.randomUUID(), UUID.randomUUID(), "Nieuw ERP", "acme", UUID.randomUUID(), terms("95.00"), "client", OFFERED);
    }

    /** An offer both sides accepted. */
    static Agreement concluded() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", LATER);
        agreement.accept(Party.CLIENT, 1, "client", LATEST);
        return agreement;
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void anOfferIsVersionOneAcceptedByNobody() {
        Agreement agreement = offer();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OFFERED);
        assertThat(agreement.latestNumber()).isEqualTo(1);
        assertThat(agreement.versions()).hasSize(1);
        assertThat(agreement.latest().terms()).isEqualTo(terms("95.00"));
        assertThat(agreement.latest().drawnUpBy()).isEqualTo("client");
        assertThat(agreement.latest().drawnUpAt()).isEqualTo(OFFERED);
        assertThat(agreement.latest().professionalAcceptance()).isEmpty();
        assertThat(agreement.latest().clientAcceptance()).isEmpty();
        assertThat(agreement.concludedAt()).isNull();
        assertThat(agreement.offeredBy()).isEqualTo("client");
    }

    @Test
    void theClientCannotAcceptBeforeTheProfessional() {
        Agreement agreement = offer();
        refused(() -> agreement.accept(Party.CLIENT, 1, "client", LATER), "version", "marketplace.error.professionalFirst");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OFFERED);
        assertThat(agreement.latest().clientAcceptance()).isEmpty();
    }

    @Test
    void theProfessionalThenTheClientAcceptingConcludesItExactlyOnce() {
        Agreement agreement = offer();
        assertThat(agreement.accept(Party.PROFESSIONAL, 1, "pro", LATER)).isFalse();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.OFFERED);
        assertThat(agreement.latest().professionalAcceptance()).contains(new AgreementVersion.Acceptance("pro", LATER));

        assertThat(agreement.accept(Party.CLIENT, 1, "client", LATEST)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
        assertThat(agreement.concludedAt()).isEqualTo(LATEST);
        assertThat(agreement.latest().clientAcceptance()).contains(new AgreementVersion.Acceptance("client", LATEST));
    }

    @Test
    void acceptingAgainChangesNothingOnEitherSideAlsoAfterConclusion() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", LATER);
        assertThat(agreement.accept(Party.PROFESSIONAL, 1, "pro2", LATEST)).isFalse();
        assertThat(agreement.latest().professionalAcceptance()).contains(new AgreementVersion.Acceptance("pro", LATER));

        agreement.accept(Party.CLIENT, 1, "client", LATER);
        Instant afterwards = LATEST.plusSeconds(3600);
        assertThat(agreement.accept(Party.CLIENT, 1, "client2", afterwards)).as("concluded once only").isFalse();
        assertThat(agreement.accept(Party.PROFESSIONAL, 1, "pro2", afterwards)).isFalse();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
        assertThat(agreement.concludedAt()).isEqualTo(LATER);
        assertThat(agreement.latest().clientAcceptance()).contains(new AgreementVersion.Acceptance("client", LATER));
        assertThat(agreement.latest().professionalAcceptance()).contains(new AgreementVersion.Acceptance("pro", LATER));
    }

    @Test
    void onlyTheLatestVersionCanBeAcceptedAndTheRefusalNamesBothNumbers() {
        Agreement agreement = offer();
        agreement.revise(terms("100.00"), Party.CLIENT, "client", LATER);
        assertThatThrownBy(() -> agreement.accept(Party.PROFESSIONAL, 1, "pro", LATEST)).isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("version");
            assertThat(refusal.messageKey()).isEqualTo("marketplace.error.notLatestVersion");
            assertThat(refusal.arguments()).containsExactly(1, 2);
        });
        refused(() -> agreement.accept(Party.CLIENT, 3, "client", LATEST), "version", "marketplace.error.notLatestVersion");
        assertThat(agreement.versions()).allSatisfy(v -> assertThat(v.professionalAcceptance()).isEmpty());
    }

    @Test
    void revisingWithTheSameTermsByValueMakesNoNewVersion() {
        Agreement agreement = offer();
        AgreementTerms sameByValue = new AgreementTerms(new BigDecimal("95"), 32, START, END, 30, GuestRole.PMO, new BigDecimal("10.0"));
        assertThat(sameByValue).as("differs by scale only").isNotEqualTo(agreement.latest().terms());
        agreement.revise(sameByValue, Party.CLIENT, "client", LATER);
        agreement.revise(terms("95"), Party.PROFESSIONAL, "pro", LATER);
        assertThat(agreement.latestNumber()).isEqualTo(1);
        assertThat(agreement.latest().professionalAcceptance()).as("an unchanged counter-offer accepts nothing").isEmpty();
    }

    @Test
    void aChangedTermMakesVersionTwoAcceptedByNobodyAndKeepsVersionOne() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", LATER);
        AgreementTerms longer = AgreementTerms.of(new BigDecimal("95.00"), 32, START, END.plusMonths(1), 30, GuestRole.PMO, new BigDecimal("10"));
        agreement.revise(longer, Party.CLIENT, "client", LATEST);

        assertThat(agreement.latestNumber()).isEqualTo(2);
        AgreementVersion second = agreement.versions().get(1);
        assertThat(second.terms()).isEqualTo(longer);
        assertThat(second.drawnUpBy()).isEqualTo("client");
        assertThat(second.drawnUpAt()).isEqualTo(LATEST);
        assertThat(second.professionalAcceptance()).isEmpty();
        assertThat(second.clientAcceptance()).isEmpty();

        AgreementVersion first = agreement.versions().get(0);
        assertThat(first.terms()).isEqualTo(terms("95.00"));
        assertThat(first.professionalAcceptance()).contains(new AgreementVersion.Acceptance("pro", LATER));
        refused(() -> agreement.accept(Party.CLIENT, 2, "client", LATEST), "version", "marketplace.error.professionalFirst");
    }

    @Test
    void aProfessionalsCounterOfferIsAcceptedByTheProfessionalSoTheClientCanConcludeIt() {
        Agreement agreement = offer();
        agreement.revise(terms("105.00"), Party.PROFESSIONAL, "pro", LATER);
        assertThat(agreement.latestNumber()).isEqualTo(2);
        assertThat(agreement.latest().drawnUpBy()).isEqualTo("pro");
        assertThat(agreement.latest().professionalAcceptance()).contains(new AgreementVersion.Acceptance("pro", LATER));
        assertThat(agreement.latest().clientAcceptance()).isEmpty();

        assertThat(agreement.accept(Party.CLIENT, 2, "client", LATEST)).isTrue();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
        assertThat(agreement.latest().terms().hourlyRate()).isEqualTo(new BigDecimal("105.00"));
    }

    @Test
    void withdrawingClosesAnOfferWhichThenRefusesRevisionAndAcceptance() {
        Agreement agreement = offer();
        agreement.withdraw(LATER);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(agreement.closedAt()).isEqualTo(LATER);
        refused(() -> agreement.revise(terms("100.00"), Party.CLIENT, "client", LATEST), "status", "marketplace.error.agreementClosed");
        refused(() -> agreement.accept(Party.PROFESSIONAL, 1, "pro", LATEST), "status", "marketplace.error.agreementClosed");
        refused(() -> agreement.withdraw(LATEST), "status", "marketplace.error.agreementClosed");
        agreement.lapse(LATEST);
        assertThat(agreement.status()).as("a withdrawn offer does not lapse").isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(agreement.closedAt()).isEqualTo(LATER);
        assertThat(agreement.versions()).hasSize(1);
    }

    @Test
    void anOpenOfferLapsesAndIsClosedThen() {
        Agreement agreement = offer();
        agreement.accept(Party.PROFESSIONAL, 1, "pro", LATER);
        agreement.lapse(LATEST);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.LAPSED);
        assertThat(agreement.closedAt()).isEqualTo(LATEST);
        refused(() -> agreement.accept(Party.CLIENT, 1, "client", LATEST), "status", "marketplace.error.agreementClosed");
        refused(() -> agreement.revise(terms("100.00"), Party.PROFESSIONAL, "pro", LATEST), "status", "marketplace.error.agreementClosed");
        assertThat(agreement.concludedAt()).isNull();
    }

    @Test
    void aConcludedAgreementDoesNotLapseAndRefusesRevisionAndWithdrawal() {
        Agreement agreement = concluded();
        agreement.lapse(LATEST.plusSeconds(60));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CONCLUDED);
        assertThat(agreement.closedAt()).isNull();
        refused(() -> agreement.revise(terms("100.00"), Party.CLIENT, "client", LATEST), "status", "marketplace.error.agreementClosed");
        refused(() -> agreement.withdraw(LATEST), "status", "marketplace.error.agreementClosed");
        assertThat(agreement.latestNumber()).isEqualTo(1);
    }

    @Test
    void termsRefuseAnEndBeforeTheStartAndTidyMoneyToCents() {
        refused(() -> AgreementTerms.of(new BigDecimal("95"), 32, START, START.minusDays(1), 30, GuestRole.PM, new BigDecimal("10")),
                "endDate", "marketplace.error.endBeforeStart");
        AgreementTerms oneDay = AgreementTerms.of(new BigDecimal("95"), 32, START, START, 30, GuestRole.PM, new BigDecimal("8.5"));
        assertThat(oneDay.hourlyRate()).isEqualTo(new BigDecimal("95.00"));
        assertThat(oneDay.feePercent()).isEqualTo(new BigDecimal("8.50"));
    }

    @Test
    void weeksCountAStartedWeekAsOne() {
        assertThat(AgreementTerms.of(BigDecimal.TEN, 8, START, START, 0, GuestRole.VIEWER, BigDecimal.TEN).weeks()).isEqualTo(1);
        assertThat(AgreementTerms.of(BigDecimal.TEN, 8, START, START.plusDays(6), 0, GuestRole.VIEWER, BigDecimal.TEN).weeks()).isEqualTo(1);
        assertThat(AgreementTerms.of(BigDecimal.TEN, 8, START, START.plusDays(7), 0, GuestRole.VIEWER, BigDecimal.TEN).weeks()).isEqualTo(2);
        assertThat(AgreementTerms.of(BigDecimal.TEN, 8, START, START.plusWeeks(104).minusDays(1), 0, GuestRole.VIEWER, BigDecimal.TEN).weeks())
                .isEqualTo(104);
    }

    @Test
    void anOfferCannotStartInThePastNorLastLongerThan104Weeks() {
        LocalDate today = START;
        AgreementOffer yesterday = new AgreementOffer(new BigDecimal("95"), 32, today.minusDays(1), END, 30, GuestRole.PMO);
        refused(() -> yesterday.terms(new BigDecimal("10"), today), "startDate", "marketplace.error.startInPast");

        AgreementOffer tooLong = new AgreementOffer(new BigDecimal("95"), 32, today, today.plusWeeks(104).plusDays(1), 30, GuestRole.PMO);
        refused(() -> tooLong.terms(new BigDecimal("10"), today), "endDate", "marketplace.error.tooLong");

        AgreementOffer longest = new AgreementOffer(new BigDecimal("95"), 32, today, today.plusWeeks(104), 30, GuestRole.PMO);
        AgreementTerms terms = longest.terms(new BigDecimal("12.5"), today);
        assertThat(terms.feePercent()).isEqualTo(new BigDecimal("12.50"));
        assertThat(terms.hourlyRate()).isEqualTo(new BigDecimal("95.00"));
        assertThat(terms.startDate()).isEqualTo(today);

        AgreementOffer backwards = new AgreementOffer(new BigDecimal("95"), 32, today.plusDays(5), today.plusDays(4), 30, GuestRole.PMO);
        refused(() -> backwards.terms(new BigDecimal("10"), today), "endDate", "marketplace.error.endBeforeStart");
    }
}
