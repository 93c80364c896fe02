package nl.pmohub.risk.application;

import nl.pmohub.risk.domain.Proximity;
import nl.pmohub.risk.domain.RiskCategory;
import nl.pmohub.risk.domain.RiskDetails;
import nl.pmohub.risk.domain.RiskResponse;
import nl.pmohub.risk.domain.RiskStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RiskCsvTest {

    private static final RiskDetails TRICKY = new RiskDetails("Vergunning, \"bezwaar\"", "Twee regels\nin één veld", RiskCategory.LEGAL, "Buren",
            "Vertraging; kosten", 3, 2, 5, 1, 1, "Joost", RiskResponse.MITIGATE, Proximity.WITHIN_MONTH, RiskStatus.OPEN, 1, 2,
            LocalDate.of(2027, 1, 15));

    @Test
    void anExportReadsBackAsTheSameDetails() {
        String csv = RiskCsv.write(List.of(new RiskSummary(UUID.randomUUID(), UUID.randomUUID(), "ACM-1", TRICKY, 0)));
        assertThat(csv).startsWith(String.join(",", RiskCsv.COLUMNS) + "\r\n");
        List<RiskCsv.Row> rows = RiskCsv.read(csv);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).details()).isEqualTo(TRICKY);
        assertThat(rows.get(0).unreadable()).isEmpty();
        assertThat(rows.get(0).line()).isEqualTo(2);
    }

    @Test
    void semicolonsAsDutchExcelWritesThemAndBlankLinesAreRead() {
        String csv = "title;category;probability;impactCost;impactTime;impactQuality;impactReputation;owner;response;proximity;nextReview\n"
                + "Leverancier valt uit;financial;2;4;1;1;1;Sophie;transfer;later;2027-02-01\n\n";
        RiskCsv.Row row = RiskCsv.read(csv).get(0);
        assertThat(row.details().category()).isEqualTo(RiskCategory.FINANCIAL);
        assertThat(row.details().score()).isEqualTo(8);
        assertThat(row.details().status()).as("open when absent").isEqualTo(RiskStatus.OPEN);
        assertThat(row.details().residualProbability()).isNull();
    }

    @Test
    void valuesThatCannotBeReadAreNamedPerColumn() {
        String csv = "title,category,probability,nextReview,response\nX,WEATHER,veel,15-01-2027,MITIGATE\n";
        RiskCsv.Row row = RiskCsv.read(csv).get(0);
        assertThat(row.unreadable()).containsExactlyInAnyOrderEntriesOf(Map.of("category", "WEATHER", "probability", "veel", "nextReview", "15-01-2027"));
        assertThat(row.details().category()).isNull();
    }
}
