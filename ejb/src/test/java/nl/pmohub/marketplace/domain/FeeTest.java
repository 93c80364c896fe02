package nl.pmohub.marketplace.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FeeTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void tenPercentOf32HoursAt95IsAFeeOf304PlusVat() {
        Fee fee = Fee.on(new BigDecimal("32"), money("95.00"), money("10.00"));
        assertThat(fee.fee()).isEqualTo(money("304.00"));
        assertThat(fee.vat()).isEqualTo(money("63.84"));
        assertThat(fee.total()).isEqualTo(money("367.84"));
        assertThat(fee.hours()).isEqualTo(new BigDecimal("32"));
        assertThat(fee.hourlyRate()).isEqualTo(money("95.00"));
        assertThat(fee.percent()).isEqualTo(money("10.00"));
    }

    @Test
    void feeAndVatAreRoundedToCentsEachOnItsOwn() {
        Fee fee = Fee.on(new BigDecimal("37.5"), money("87.50"), money("8.50"));
        assertThat(fee.fee()).as("278.90625").isEqualTo(money("278.91"));
        assertThat(fee.vat()).as("21 % of 278.91 = 58.5711").isEqualTo(money("58.57"));
        assertThat(fee.total()).isEqualTo(money("337.48"));
    }

    @Test
    void halfACentRoundsUp() {
        Fee fee = Fee.on(BigDecimal.ONE, money("0.05"), money("10.00"));
        assertThat(fee.fee()).as("0.005").isEqualTo(money("0.01"));
        assertThat(fee.vat()).as("0.0021").isEqualTo(money("0.00"));
        assertThat(fee.total()).isEqualTo(money("0.01"));

        Fee vatOnTheBoundary = Fee.on(BigDecimal.ONE, money("5.00"), money("10.00"));
        assertThat(vatOnTheBoundary.fee()).isEqualTo(money("0.50"));
        assertThat(vatOnTheBoundary.vat()).as("0.105").isEqualTo(money("0.11"));
        assertThat(vatOnTheBoundary.total()).isEqualTo(money("0.61"));

        assertThat(Fee.on(BigDecimal.ONE, money("0.04"), money("10.00")).fee()).as("0.004").isEqualTo(money("0.00"));
    }

    @Test
    void noHoursNoFee() {
        Fee fee = Fee.on(BigDecimal.ZERO, money("95.00"), money("10.00"));
        assertThat(fee.fee()).isEqualTo(money("0.00"));
        assertThat(fee.vat()).isEqualTo(money("0.00"));
        assertThat(fee.total()).isEqualTo(money("0.00"));
    }

    @Test
    void theDefaultPercentageIsTenAndVatTwentyOne() {
        assertThat(Fee.DEFAULT_PERCENT).isEqualTo(money("10.00"));
        assertThat(Fee.VAT_PERCENT).isEqualByComparingTo("21");
    }

    @Test
    void aContractKeepsItsPercentageInCents() {
        MarketplaceContract contract = MarketplaceContract.of("acme", " Acme B.V. ", " ", new BigDecimal("7.5"), "operator");
        assertThat(contract.feePercent()).isEqualTo(money("7.50"));
        assertThat(contract.legalName()).isEqualTo("Acme B.V.");
        assertThat(contract.kvkNumber()).isNull();
        contract.set("Acme B.V.", " 12345678 ", Fee.DEFAULT_PERCENT, "operator2");
        assertThat(contract.feePercent()).isEqualTo(money("10.00"));
        assertThat(contract.kvkNumber()).isEqualTo("12345678");
        assertThat(contract.setBy()).isEqualTo("operator2");
    }

    @Test
    void aStatementKeepsTheEngagementsRateAndPercentageAndTotalsFeeAndVat() {
        Engagement engagement = engagement("87.50", "8.5");
        Instant at = Instant.parse("2027-05-01T02:00:00Z");
        FeeStatement statement = FeeStatement.issue(engagement, YearMonth.of(2027, 4), new BigDecimal("37.5"), at);

        assertThat(statement.engagementId()).isEqualTo(engagement.id());
        assertThat(statement.clientTenant()).isEqualTo("acme");
        assertThat(statement.month()).isEqualTo(YearMonth.of(2027, 4));
        assertThat(statement.hours()).isEqualByComparingTo("37.5");
        assertThat(statement.issuedAt()).isEqualTo(at);
        Fee fee = statement.fee();
        assertThat(fee.hourlyRate()).isEqualTo(money("87.50"));
        assertThat(fee.percent()).isEqualTo(money("8.50"));
        assertThat(fee.fee()).isEqualTo(money("278.91"));
        assertThat(fee.vat()).isEqualTo(money("58.57"));
        assertThat(fee.total()).isEqualTo(fee.fee().add(fee.vat())).isEqualTo(money("337.48"));
        assertThat(fee).isEqualTo(Fee.on(new BigDecimal("37.5"), money("87.50"), money("8.50")));
    }

    private static Engagement engagement(String rate, String percent) {
        AgreementTerms terms = AgreementTerms.of(new BigDecimal(rate), 32, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 9, 30), 30,
                GuestRole.PMO, new BigDecimal(percent));
        Agreement agreement = Agreement.offer(UUID.randomUUID(), UUID.randomUUID(), "Nieuw ERP", "acme", UUID.randomUUID(), terms, "client",
                Instant.parse("2027-03-01T09:00:00Z"));
        agreement.accept(Party.PROFESSIONAL, 1, "pro", Instant.parse("2027-03-02T09:00:00Z"));
        agreement.accept(Party.CLIENT, 1, "client", Instant.parse("2027-03-03T09:00:00Z"));
        return Engagement.of(agreement, "jansen");
    }
}
