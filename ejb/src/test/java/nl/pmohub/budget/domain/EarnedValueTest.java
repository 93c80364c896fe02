package nl.pmohub.budget.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PMI formulas on worked examples, and the edges where an index has nothing to divide by. */
class EarnedValueTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void overBudgetAndBehindSchedule() {
        // BAC 100,000; the plan has spent 40,000 by now; 35 % is done; 45,000 is spent
        EarnedValue v = EarnedValue.of(eur("100000"), eur("40000"), eur("35"), eur("45000"));
        assertThat(v.ev()).isEqualByComparingTo("35000.00");
        assertThat(v.cv()).isEqualByComparingTo("-10000.00");
        assertThat(v.sv()).isEqualByComparingTo("-5000.00");
        assertThat(v.cpi()).isEqualByComparingTo("0.78");         // 35,000 / 45,000 = 0.7778
        assertThat(v.spi()).isEqualByComparingTo("0.88");         // 35,000 / 40,000 = 0.875
        assertThat(v.eac()).isEqualByComparingTo("128571.43");    // 100,000 / 0.7778
        assertThat(v.etc()).isEqualByComparingTo("83571.43");
        assertThat(v.vac()).isEqualByComparingTo("-28571.43");
        assertThat(v.tcpi()).isEqualByComparingTo("1.18");        // 65,000 / 55,000
        assertThat(v.overBudget()).isTrue();
        assertThat(v.behindSchedule()).isTrue();
    }

    @Test
    void aheadOfScheduleWhenMoreIsEarnedThanPlanned() {
        EarnedValue v = EarnedValue.of(eur("250000"), eur("100000"), eur("50"), eur("110000"));
        assertThat(v.sv()).isEqualByComparingTo("25000.00");
        assertThat(v.spi()).isEqualByComparingTo("1.25");
        assertThat(v.cpi()).isEqualByComparingTo("1.14");
        assertThat(v.eac()).isEqualByComparingTo("220000.00");   // 250,000 / (125,000 / 110,000)
        assertThat(v.vac()).isEqualByComparingTo("30000.00");
        assertThat(v.behindSchedule()).isFalse();
        assertThat(v.overBudget()).isFalse();
    }

    @Test
    void withoutPlannedValueThereIsNoScheduleIndex() {
        EarnedValue v = EarnedValue.of(eur("80000"), BigDecimal.ZERO, eur("10"), eur("5000"));
        assertThat(v.spi()).isNull();
        assertThat(v.sv()).isEqualByComparingTo("8000.00");
        assertThat(v.behindSchedule()).isFalse();
    }

    @Test
    void withoutActualCostThereIsNoCostIndexAndTheRestCostsWhatIsNotEarnedYet() {
        EarnedValue v = EarnedValue.of(eur("80000"), eur("20000"), eur("10"), BigDecimal.ZERO);
        assertThat(v.cpi()).isNull();
        assertThat(v.eac()).isEqualByComparingTo("72000.00");    // AC + (BAC − EV) = 0 + 72,000
        assertThat(v.etc()).isEqualByComparingTo("72000.00");
        assertThat(v.tcpi()).isEqualByComparingTo("0.90");       // 72,000 / 80,000
        assertThat(v.overBudget()).isFalse();
    }

    @Test
    void aSpentBudgetLeavesNoTargetIndex() {
        EarnedValue v = EarnedValue.of(eur("50000"), eur("50000"), eur("80"), eur("52000"));
        assertThat(v.tcpi()).isNull();
        assertThat(v.cpi()).isEqualByComparingTo("0.77");
        assertThat(v.eac()).isEqualByComparingTo("65000.00");    // 50,000 / (40,000 / 52,000)
    }

    @Test
    void nothingDoneYetWithCostsSpentForecastsFromTheCostsAlone() {
        EarnedValue v = EarnedValue.of(eur("60000"), eur("5000"), BigDecimal.ZERO, eur("3000"));
        assertThat(v.cpi()).isEqualByComparingTo("0.00");
        assertThat(v.eac()).as("a CPI of 0 would forecast infinity").isEqualByComparingTo("63000.00");
    }

    @Test
    void aRebaselinedBudgetIsMeasuredAgainstTheNewBudget() {
        EarnedValue before = EarnedValue.of(eur("100000"), eur("50000"), eur("40"), eur("50000"));
        EarnedValue after = EarnedValue.of(eur("125000"), eur("50000"), eur("40"), eur("50000"));
        assertThat(before.ev()).isEqualByComparingTo("40000.00");
        assertThat(after.ev()).as("the same work is worth more of a larger budget").isEqualByComparingTo("50000.00");
        assertThat(after.cpi()).isEqualByComparingTo("1.00");
        assertThat(after.vac()).isEqualByComparingTo("0.00");
    }

    @Test
    void percentCompleteLiesBetweenZeroAndHundred() {
        assertThatThrownBy(() -> EarnedValue.of(BigDecimal.TEN, BigDecimal.ONE, eur("101"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
