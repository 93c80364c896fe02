package nl.pmohub.planning.domain;

import nl.pmohub.shared.domain.BadInputException;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    private static StageDetails stage(LocalDate end, long forecast) {
        return new StageDetails(StageKind.DELIVERY, "Uitvoering", START, end, 10, new BigDecimal("100000.00"), 10,
                BigDecimal.ZERO, BigDecimal.valueOf(forecast));
    }

    @Test
    void theFirstStageRunsAtOnceLaterOnesWaitForTheirGate() {
        assertThat(Stage.plan(UUID.randomUUID(), stage(END, 100_000), true).status()).isEqualTo(StageStatus.ACTIVE);
        assertThat(Stage.plan(UUID.randomUUID(), stage(END, 100_000), false).status()).isEqualTo(StageStatus.PLANNED);
    }

    @Test
    void aForecastEndBeyondTheTimeToleranceIsAnException() {
        Stage stage = Stage.plan(UUID.randomUUID(), stage(END, 100_000), true);
        LocalDate during = START.plusDays(10);
        stage.revise(stage(END.plusDays(10), 100_000));
        assertThat(stage.breaches(during)).as("10 days late is within 10 days' tolerance").isEmpty();
        stage.revise(stage(END.plusDays(11), 100_000));
        assertThat(stage.breaches(during)).containsExactly(ToleranceBreach.TIME);
        stage.rebaseline();
        assertThat(stage.breaches(during)).as("the board accepted the new end").isEmpty();
    }

    @Test
    void aRunningStagePastItsToleratedEndIsLateEvenWithoutANewForecast() {
        Stage stage = Stage.plan(UUID.randomUUID(), stage(END, 100_000), true);
        assertThat(stage.breaches(END.plusDays(10))).isEmpty();
        assertThat(stage.breaches(END.plusDays(11))).containsExactly(ToleranceBreach.TIME);
    }

    @Test
    void aForecastCostBeyondBudgetPlusToleranceIsAnException() {
        Stage stage = Stage.plan(UUID.randomUUID(), stage(END, 110_000), true);
        assertThat(stage.breaches(START)).as("exactly at budget + 10 %").isEmpty();
        stage.revise(stage(END, 110_001));
        assertThat(stage.breaches(START)).containsExactly(ToleranceBreach.COST);
        assertThat(Tolerances.costLimit(new BigDecimal("100000.00"), 10)).isEqualByComparingTo("110000");
    }

    @Test
    void aClosedStageHasNoExceptionAndCannotChange() {
        Stage stage = Stage.plan(UUID.randomUUID(), stage(END.plusDays(30), 500_000), true);
        stage.close();
        assertThat(stage.breaches(END.plusYears(1))).isEmpty();
        assertThatThrownBy(() -> stage.revise(stage(END, 1))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(stage::close).as("only the running stage has a gate").isInstanceOf(RuleViolationException.class);
    }

    @Test
    void goingOnWithConditionsNamesThem() {
        List<GateDocumentDetails> docs = List.of(new GateDocumentDetails(GateDocumentKind.PROGRESS_REPORT, "Eindfaserapport", null));
        assertThatThrownBy(() -> StageGate.record(UUID.randomUUID(), new GateDecisionDetails(GateDecision.GO_WITH_CONDITIONS,
                START, "Stuurgroep", "  ", null, docs)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("conditions"));
        StageGate gate = StageGate.record(UUID.randomUUID(), new GateDecisionDetails(GateDecision.GO_WITH_CONDITIONS, START,
                "Stuurgroep", "Bodemonderzoek eerst", null, docs));
        assertThat(gate.details().documents()).isEqualTo(docs);
        assertThat(gate.details().conditions()).isEqualTo("Bodemonderzoek eerst");
    }
}
