package nl.pmohub.improvement.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImprovementCycleTest {

    private static final UUID PROJECT = UUID.randomUUID();

    private static CycleDetails details(String baseline, String target) {
        return new CycleDetails(" Doorlooptijd verkorten ", "Orders wachten op een handtekening", "Doorlooptijd", new BigDecimal(baseline),
                new BigDecimal(target), "dagen", "Sophie de Wit", Waste.WAITING);
    }

    private static CycleOutcome measured(String result, Decision decision) {
        return new CycleOutcome(new BigDecimal(result), "gemeten", decision, decision == null ? null : "waarom");
    }

    private static void refusedNaming(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    /** A cycle in Do with the given outcome. */
    private static ImprovementCycle inDo(CycleOutcome outcome) {
        ImprovementCycle cycle = ImprovementCycle.startFor(PROJECT, details("12", "8"));
        cycle.revise(cycle.details(), outcome);
        cycle.moveTo(ImprovementPhase.DO);
        return cycle;
    }

    @Test
    void aCycleStartsInPlanAsTheFirstOfItsLine() {
        ImprovementCycle cycle = ImprovementCycle.startFor(PROJECT, details("12", "8"));
        assertThat(cycle.phase()).isEqualTo(ImprovementPhase.PLAN);
        assertThat(cycle.number()).isEqualTo(1);
        assertThat(cycle.previousCycleId()).isEmpty();
        assertThat(cycle.projectId()).contains(PROJECT);
        assertThat(cycle.title()).isEqualTo("Doorlooptijd verkorten");
        assertThat(ImprovementCycle.startTenantWide(details("12", "8")).projectId()).as("the organisation's").isEmpty();
    }

    @Test
    void checkIsRefusedWithoutAMeasuredResult() {
        ImprovementCycle cycle = inDo(CycleOutcome.NONE);
        refusedNaming(() -> cycle.moveTo(ImprovementPhase.CHECK), "result", "improvements.error.resultMissing");
        assertThat(cycle.phase()).as("the card stays").isEqualTo(ImprovementPhase.DO);

        cycle.revise(cycle.details(), measured("9", null));
        assertThat(cycle.moveTo(ImprovementPhase.CHECK)).as("the phase it left").isEqualTo(ImprovementPhase.DO);
        assertThat(cycle.phase()).isEqualTo(ImprovementPhase.CHECK);
    }

    @Test
    void actIsRefusedWithoutADecision() {
        ImprovementCycle cycle = inDo(measured("9", null));
        cycle.moveTo(ImprovementPhase.CHECK);
        refusedNaming(() -> cycle.moveTo(ImprovementPhase.ACT), "decision", "improvements.error.decisionMissing");

        cycle.revise(cycle.details(), measured("9", Decision.ADAPT));
        cycle.moveTo(ImprovementPhase.ACT);
        assertThat(cycle.phase()).isEqualTo(ImprovementPhase.ACT);
    }

    @Test
    void whatAPhaseNeedsCannotBeTakenAwayAndADecisionNeedsAResult() {
        ImprovementCycle cycle = inDo(measured("9", null));
        cycle.moveTo(ImprovementPhase.CHECK);
        refusedNaming(() -> cycle.revise(cycle.details(), CycleOutcome.NONE), "result", "improvements.error.resultMissing");
        refusedNaming(() -> inDo(new CycleOutcome(null, null, Decision.ADOPT, null)), "decision", "improvements.error.decisionWithoutResult");
    }

    @Test
    void aCardMovesOnePhaseAtATimeForwardOrBack() {
        ImprovementCycle cycle = ImprovementCycle.startFor(PROJECT, details("12", "8"));
        cycle.revise(cycle.details(), measured("9", Decision.ADOPT));
        refusedNaming(() -> cycle.moveTo(ImprovementPhase.CHECK), "phase", "improvements.error.oneStep");
        cycle.moveTo(ImprovementPhase.DO);
        cycle.moveTo(ImprovementPhase.CHECK);
        cycle.moveTo(ImprovementPhase.DO);
        assertThat(cycle.phase()).as("back one step").isEqualTo(ImprovementPhase.DO);
        assertThat(cycle.moveTo(ImprovementPhase.DO)).as("staying put changes nothing").isEqualTo(ImprovementPhase.DO);
    }

    @Test
    void theNextCycleStartsFromActTakesOverTheKpiAndClosesThisOne() {
        ImprovementCycle first = inDo(measured("10", Decision.ADAPT));
        refusedNaming(first::startNext, "phase", "improvements.error.nextFromAct");
        first.moveTo(ImprovementPhase.CHECK);
        first.moveTo(ImprovementPhase.ACT);

        ImprovementCycle next = first.startNext();
        assertThat(first.phase()).isEqualTo(ImprovementPhase.DONE);
        assertThat(next.phase()).isEqualTo(ImprovementPhase.PLAN);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.previousCycleId()).contains(first.id());
        assertThat(next.projectId()).contains(PROJECT);
        assertThat(next.details().baseline()).as("the measured result").isEqualByComparingTo("10");
        assertThat(next.details().target()).isEqualByComparingTo("8");
        assertThat(next.details().problem()).isEqualTo(first.details().problem());
        assertThat(next.details().kpi()).isEqualTo(first.details().kpi());
        assertThat(next.details().waste()).isEqualTo(Waste.WAITING);
        assertThat(next.outcome().measured()).isFalse();

        refusedNaming(() -> first.moveTo(ImprovementPhase.ACT), "phase", "improvements.error.done");
        refusedNaming(() -> first.revise(first.details(), first.outcome()), "phase", "improvements.error.done");
    }

    @Test
    void aNextCycleWhoseResultReachedTheTargetNeedsANewTarget() {
        ImprovementCycle first = inDo(measured("8", Decision.ADOPT));
        first.moveTo(ImprovementPhase.CHECK);
        first.moveTo(ImprovementPhase.ACT);
        refusedNaming(first::startNext, "target", "improvements.error.targetIsBaseline");
        assertThat(first.phase()).as("still in Act").isEqualTo(ImprovementPhase.ACT);
        assertThat(first.startNext(new BigDecimal("6")).details().target()).isEqualByComparingTo("6");
    }

    @Test
    void theTargetDiffersFromTheBaseline() {
        refusedNaming(() -> ImprovementCycle.startTenantWide(details("5", "5.00")), "target", "improvements.error.targetIsBaseline");
    }

    @Test
    void progressRunsFromTheBaselineToTheTargetInEitherDirection() {
        CycleDetails lower = details("12", "8");
        assertThat(lower.progressOf(new BigDecimal("10"))).isEqualTo(50);
        assertThat(lower.progressOf(new BigDecimal("14"))).as("worse than the baseline").isZero();
        assertThat(lower.progressOf(new BigDecimal("6"))).as("beyond the target").isEqualTo(100);
        assertThat(lower.reachedBy(new BigDecimal("8"))).isTrue();
        assertThat(lower.reachedBy(new BigDecimal("8.5"))).isFalse();
        CycleDetails higher = details("60", "80");
        assertThat(higher.progressOf(new BigDecimal("75"))).isEqualTo(75);
        assertThat(higher.reachedBy(new BigDecimal("81"))).isTrue();
    }

    @Test
    void phasesKnowTheirNeighbours() {
        assertThat(ImprovementPhase.DO.adjacentTo(ImprovementPhase.CHECK)).isTrue();
        assertThat(ImprovementPhase.CHECK.adjacentTo(ImprovementPhase.DO)).isTrue();
        assertThat(ImprovementPhase.PLAN.adjacentTo(ImprovementPhase.CHECK)).isFalse();
        assertThat(ImprovementPhase.ACT.reached(ImprovementPhase.CHECK)).isTrue();
        assertThat(ImprovementPhase.DO.reached(ImprovementPhase.CHECK)).isFalse();
    }
}
