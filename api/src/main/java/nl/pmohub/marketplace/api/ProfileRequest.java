package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.domain.Absence;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.ProfileDetails;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillClaim;
import nl.pmohub.marketplace.domain.SkillDepth;
import nl.pmohub.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** What a professional says about themselves. */
@Schema(name = "ProfileRequest")
public record ProfileRequest(
        @Schema(required = true, maxLength = 120, example = "Sanne de Vries") String name,
        @Schema(required = true, maxLength = 120, example = "De Vries Projectondersteuning") String tradeName,
        @Schema(required = true, pattern = "^\\d{8}$", example = "61234567") String kvkNumber,
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"OPERATIONAL", "TACTICAL", "STRATEGIC"}) String level,
        @Schema(required = true, description = "Home place (GET /api/v1/marketplace/places?q=)", example = "2759794") Integer homePlaceId,
        @Schema(minimum = "0", maximum = "300", example = "60") int travelRadiusKm,
        boolean remoteOnly,
        @Schema(required = true, minimum = "0.01", maximum = "99999.99", example = "95.00", description = "Hourly rate in euros, excluding VAT") BigDecimal hourlyRate,
        @Schema(required = true, example = "2027-01-04") String availableFrom,
        @Schema(minimum = "4", maximum = "40", example = "32") int hoursPerWeek,
        @Schema(maxItems = 12, description = "Planned absences (at most 12): the days of a request's period a professional is away lower "
                + "the availability part of their score; away for all of it, they are not ranked for it") List<Away> absences,
        @Schema(required = true, minItems = 1, maxItems = 16, description = "1 to 16 skills, each once") List<Claim> skills,
        @Schema(maxLength = 60, example = "nl,en") String languages,
        @Schema(maxLength = 300, example = "bouw en infra, overheid") String sectors,
        @Schema(maxLength = 500, example = "PRINCE2 Practitioner") String certifications,
        @Schema(maxLength = 2000) String bio,
        @Schema(required = true, maxLength = 200, example = "sanne@example.nl", description = "Shown to a client only after an agreement") String email,
        @Schema(maxLength = 30, description = "Shown to a client only after an agreement") String phone) {

    @Schema(name = "SkillClaim")
    public record Claim(
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"PRINCE2", "SCRUM", "SAFE", "LEAN", "PDCA", "SIX_SIGMA", "RISK",
                    "STAKEHOLDER", "FINANCE", "CAPACITY", "MS_PROJECT", "PORTFOLIO", "CHANGE", "REPORTING", "PMO_SETUP", "IPMA"}) String skill,
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"BASIC", "EXPERIENCED", "EXPERT"}) String depth) {
    }

    @Schema(name = "Absence")
    public record Away(@Schema(required = true, example = "2027-07-19", description = "First day away") String startDate,
                       @Schema(required = true, example = "2027-08-06", description = "Last day away, included") String endDate) {

        static Away of(Absence absence) {
            return new Away(absence.startDate().toString(), absence.endDate().toString());
        }
    }

    ProfileDetails toDetails() {
        List<Absence> away = absences == null ? null : IntStream.range(0, absences.size()).mapToObj(i -> absences.get(i) == null ? null
                : new Absence(Inputs.date("absences[" + i + "].startDate", absences.get(i).startDate()),
                        Inputs.date("absences[" + i + "].endDate", absences.get(i).endDate()))).toList();
        List<SkillClaim> claims = skills == null ? null : IntStream.range(0, skills.size()).mapToObj(i -> skills.get(i) == null ? null
                : new SkillClaim(Inputs.enumValue(Skill.class, "skills[" + i + "].skill", skills.get(i).skill()),
                        Inputs.enumValue(SkillDepth.class, "skills[" + i + "].depth", skills.get(i).depth()))).toList();
        return new ProfileDetails(name, tradeName, kvkNumber, Inputs.enumValue(PmoLevel.class, "level", level), homePlaceId, travelRadiusKm, remoteOnly,
                hourlyRate, Inputs.date("availableFrom", availableFrom), hoursPerWeek, away, claims, languages, sectors, certifications, bio, email, phone);
    }
}
