package nl.pmohub.stakeholder.domain;

import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stakeholder map's rules: quadrants from power and interest, one Accountable per RACI row, when a communication is due. */
class StakeholderMapTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void threeAndUpCountsAsHighOnBothScales() {
        assertThat(Quadrant.of(3, 3)).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(Quadrant.of(5, 2)).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(Quadrant.of(2, 5)).isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(Quadrant.of(2, 2)).isEqualTo(Quadrant.MONITOR);
        assertThat(Quadrant.of(1, 1)).isEqualTo(Quadrant.MONITOR);
    }

    @Test
    void aMoveOnTheGridChangesPowerAndInterestOnly() {
        Stakeholder s = Stakeholder.map(PROJECT, details(1, 2));
        s.placeAt(5, 4);
        assertThat(s.quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(s.details()).isEqualTo(new StakeholderDetails("Anna de Boer", "Gemeente", "Wethouder", "", StakeholderGroup.CLIENT, 5, 4,
                Attitude.CRITIC, EngagementLevel.RESISTANT, EngagementLevel.SUPPORTIVE, ""));
        assertThatThrownBy(() -> s.placeAt(6, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.details().engagementGap()).isTrue();
        assertThat(StakeholderGroup.SUPPORTER.internal()).isTrue();
        assertThat(StakeholderGroup.USER.internal()).isFalse();
    }

    @Test
    void aRaciRowWithRolesHasExactlyOneAccountable() {
        new RaciRow(UUID.randomUUID(), Map.of()).requireOneAccountable("Ontwerp");
        new RaciRow(UUID.randomUUID(), Map.of(ANNA, RaciRole.A, BOB, RaciRole.R)).requireOneAccountable("Ontwerp");
        assertThatThrownBy(() -> new RaciRow(UUID.randomUUID(), Map.of(ANNA, RaciRole.A, BOB, RaciRole.A)).requireOneAccountable("Ontwerp"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.getMessage()).contains("Ontwerp has 2");
                });
        assertThatThrownBy(() -> new RaciRow(UUID.randomUUID(), Map.of(ANNA, RaciRole.R, BOB, RaciRole.I)).requireOneAccountable("Ontwerp"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("has 0"));
    }

    @Test
    void aRowsTagFollowsItsCells() {
        UUID deliverable = UUID.randomUUID();
        RaciRow row = new RaciRow(deliverable, Map.of(ANNA, RaciRole.A, BOB, RaciRole.R));
        assertThat(new RaciRow(deliverable, Map.of(BOB, RaciRole.R, ANNA, RaciRole.A)).tag()).isEqualTo(row.tag());
        assertThat(new RaciRow(deliverable, Map.of(ANNA, RaciRole.R, BOB, RaciRole.A)).tag()).isNotEqualTo(row.tag());
        assertThat(new RaciRow(deliverable, Map.of()).tag()).isNotEqualTo(row.tag()).hasSize(16);
        assertThat(row.assignments(PROJECT)).extracting(RaciAssignment::stakeholderId, RaciAssignment::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ANNA, RaciRole.A), org.assertj.core.groups.Tuple.tuple(BOB, RaciRole.R));
    }

    @Test
    void aCommunicationIsDueFirstThenAFrequencyAfterItWentOut() {
        Communication monthly = Communication.plan(PROJECT, communication(Frequency.MONTHLY, TODAY.minusDays(5)));
        assertThat(monthly.nextDue()).contains(TODAY.minusDays(5));
        assertThat(monthly.late(TODAY)).isTrue();
        monthly.wentOut(TODAY, TODAY);
        assertThat(monthly.nextDue()).contains(TODAY.plusMonths(1));
        assertThat(monthly.late(TODAY)).isFalse();
        assertThatThrownBy(() -> monthly.wentOut(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.field()).isEqualTo("day"));

        Communication early = Communication.plan(PROJECT, communication(Frequency.WEEKLY, TODAY.plusWeeks(3)));
        early.wentOut(TODAY, TODAY);
        assertThat(early.nextDue()).as("never before the first due date").contains(TODAY.plusWeeks(3));

        Communication once = Communication.plan(PROJECT, communication(Frequency.ONCE, TODAY));
        once.wentOut(TODAY, TODAY);
        assertThat(once.nextDue()).isEmpty();
        assertThat(once.late(TODAY.plusYears(1))).isFalse();
        once.revise(communication(Frequency.QUARTERLY, TODAY.minusMonths(1)));
        assertThat(once.nextDue()).as("a revised frequency counts from the last time").contains(TODAY.plusMonths(3));
    }

    private static StakeholderDetails details(int power, int interest) {
        return new StakeholderDetails(" Anna de Boer ", "Gemeente", "Wethouder", null, StakeholderGroup.CLIENT, power, interest, Attitude.CRITIC,
                EngagementLevel.RESISTANT, EngagementLevel.SUPPORTIVE, null);
    }

    private static CommunicationDetails communication(Frequency frequency, LocalDate firstDue) {
        return new CommunicationDetails("Voortgangsrapportage", "Stuurgroep", frequency, Channel.REPORT, "Joost", firstDue);
    }
}
