package nl.pmohub.reporting.domain;

import nl.pmohub.portfolio.domain.RagStatus;
import nl.pmohub.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressReportTest {

    private static final ReportingPeriod NOVEMBER = new ReportingPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final List<PlanMention> MENTIONS = List.of(
            new PlanMention(ReportItemKind.MILESTONE_MISSED, "Ontwerp gereed", LocalDate.of(2026, 11, 20)));

    static ReportFigures figures(String cpi, String spi, int missed) {
        return new ReportFigures(LocalDate.of(2026, 12, 2), new BigDecimal("100000.00"), new BigDecimal("40000.00"), new BigDecimal("36000.00"),
                new BigDecimal("38000.00"), new BigDecimal("105000.00"), cpi == null ? null : new BigDecimal(cpi), spi == null ? null : new BigDecimal(spi),
                new BigDecimal("120.50"), new BigDecimal("2200.00"), 1, 2, missed, 0, null, null, null);
    }

    private static ProgressReport draft(ReportFigures figures) {
        return ProgressReport.draft(UUID.randomUUID(), NOVEMBER, "pm", figures, MENTIONS);
    }

    private static ReportContent written(RagStatus overall, String issues) {
        return new ReportContent(overall, RagStatus.GREEN, overall, RagStatus.GREEN, RagStatus.GREEN, RagStatus.GREEN,
                "Ontwerp afgerond", "Bouw starten", issues, "");
    }

    @Test
    void aDraftSuggestsTimeCostAndRiskFromTheFiguresAndTheWorstOverall() {
        ProgressReport report = draft(figures("0.95", "0.80", 1));
        assertThat(report.content().time()).isEqualTo(RagStatus.RED);
        assertThat(report.content().cost()).as("CPI 0.95 and a forecast 5 % over budget").isEqualTo(RagStatus.AMBER);
        assertThat(report.content().risk()).as("no risk register: nothing to judge").isEqualTo(RagStatus.GREEN);
        assertThat(report.content().overall()).isEqualTo(RagStatus.RED);
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.mentions()).containsExactlyElementsOf(MENTIONS);
    }

    @Test
    void suggestionsStayGreenWithGoodIndexesAndAreSilentWithoutThem() {
        ReportFigures good = new ReportFigures(NOVEMBER.endDate(), new BigDecimal("1000.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 3, 1, 0);
        assertThat(good.suggestedTime()).isEqualTo(RagStatus.GREEN);
        assertThat(good.suggestedCost()).isEqualTo(RagStatus.GREEN);
        assertThat(good.suggestedRisk()).as("three high risks open").isEqualTo(RagStatus.RED);
        assertThat(good.burnPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void handingInNeedsWhatWasAchievedAndPlannedAndIssuesWhenNotGreen() {
        ProgressReport report = draft(figures("1.00", "1.00", 0));
        assertThatThrownBy(() -> report.submit("pm", NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("achieved"));
        report.edit(written(RagStatus.AMBER, ""));
        assertThatThrownBy(() -> report.submit("pm", NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("issues"));
        report.edit(written(RagStatus.AMBER, "Leverancier levert later"));
        report.submit("pm", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.submittedBy()).isEqualTo("pm");
    }

    @Test
    void aHandedInReportIsDecidedByAnotherAndApprovedIsFinal() {
        ProgressReport report = draft(figures("1.00", "1.00", 0));
        report.edit(written(RagStatus.GREEN, ""));
        report.submit("pm", NOW);
        assertThatThrownBy(() -> report.edit(written(RagStatus.GREEN, ""))).hasMessageContaining("SUBMITTED");
        assertThatThrownBy(() -> report.approve("pm", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("themselves");
        report.approve("pmo", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(report.decidedBy()).isEqualTo("pmo");
        assertThatThrownBy(() -> report.edit(written(RagStatus.RED, "x"))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).messageKey()).isEqualTo("reports.error.approved"));
        assertThatThrownBy(() -> report.refresh(figures("0.5", "0.5", 3), List.of())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> report.returnToAuthor("admin", "te laat", NOW)).hasMessageContaining("APPROVED");
        assertThatThrownBy(report::requireDiscardable).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aReturnNeedsACommentAndTheAuthorWritesAgain() {
        ProgressReport report = draft(figures("1.00", "1.00", 0));
        report.edit(written(RagStatus.GREEN, ""));
        report.submit("pm", NOW);
        assertThatThrownBy(() -> report.returnToAuthor("pmo", " ", NOW)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("comment"));
        report.returnToAuthor("pmo", "Graag de oorzaak toelichten", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.decisionComment()).isEqualTo("Graag de oorzaak toelichten");
        report.edit(written(RagStatus.AMBER, "Oorzaak: vergunning later"));
        report.submit("pm", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.decidedBy()).isNull();
    }

    @Test
    void aRevisionCopiesAnApprovedReportIntoANewDraftAndLeavesItAsItWas() {
        ProgressReport report = draft(figures("0.90", "1.00", 1));
        report.edit(written(RagStatus.AMBER, "Kosten lopen op"));
        report.submit("pm", NOW);
        assertThatThrownBy(() -> report.revise("pm")).isInstanceOf(RuleViolationException.class);
        report.approve("pmo", NOW);
        ProgressReport revision = report.revise("pm2");
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.period()).isEqualTo(NOVEMBER);
        assertThat(revision.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(revision.content()).isEqualTo(report.content());
        assertThat(revision.figures()).isEqualTo(report.figures());
        assertThat(revision.mentions()).isEqualTo(report.mentions());
        assertThat(revision.id()).isNotEqualTo(report.id());
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
    }
}
