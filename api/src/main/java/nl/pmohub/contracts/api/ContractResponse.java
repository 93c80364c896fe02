package nl.pmohub.contracts.api;

import nl.pmohub.contracts.application.ContractSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A supplier contract with the last day to give notice. */
@Schema(name = "Contract")
public record ContractResponse(UUID id, UUID projectId, String projectCode, String supplier, String kvkNumber, String subject, BigDecimal value,
                               LocalDate startDate, LocalDate endDate, int noticeDays,
                               @Schema(description = "The end date minus the notice days") LocalDate noticeDate, String owner, long version) {

    static ContractResponse of(ContractSummary c) {
        return new ContractResponse(c.id(), c.projectId(), c.projectCode(), c.supplier(), c.kvkNumber(), c.subject(), c.value(), c.startDate(),
                c.endDate(), c.noticeDays(), c.noticeDate(), c.owner(), c.version());
    }
}
