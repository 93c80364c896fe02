package nl.pmohub.marketplace.api;

import nl.pmohub.marketplace.application.ProfileSummary;
import nl.pmohub.marketplace.domain.ProfileDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A professional's profile as they and the operators see it. */
@Schema(name = "Profile")
public record ProfileResponse(UUID id, String account, String name, String tradeName, String kvkNumber,
                              @Schema(enumeration = {"UNVERIFIED", "FORMAT_ONLY", "VERIFIED", "NOT_FOUND"}) String kvkCheck, String level,
                              Integer homePlaceId, String homePlace, int travelRadiusKm, boolean remoteOnly, BigDecimal hourlyRate,
                              LocalDate availableFrom, int hoursPerWeek, List<ProfileRequest.Away> absences, List<ProfileRequest.Claim> skills, String languages, String sectors,
                              String certifications, String bio, String email, String phone,
                              @Schema(enumeration = {"PENDING", "VETTED", "REJECTED"}, description = "Only vetted profiles are offered to clients") String vetting,
                              int ratingCount, long version) {

    static ProfileResponse of(ProfileSummary p) {
        ProfileDetails d = p.details();
        return new ProfileResponse(p.id(), p.account(), d.name(), d.tradeName(), d.kvkNumber(), p.kvkCheck().name(), d.level().name(), d.homePlaceId(),
                p.homePlace(), d.travelRadiusKm(), d.remoteOnly(), d.hourlyRate(), d.availableFrom(), d.hoursPerWeek(),
                d.absences().stream().map(ProfileRequest.Away::of).toList(),
                d.skills().stream().map(s -> new ProfileRequest.Claim(s.skill().name(), s.depth().name())).toList(), d.languages(), d.sectors(),
                d.certifications(), d.bio(), d.email(), d.phone(), p.vetting().name(), p.ratingCount(), p.version());
    }
}
