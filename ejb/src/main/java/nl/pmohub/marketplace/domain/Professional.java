package nl.pmohub.marketplace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.PlatformRecord;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;
import nl.pmohub.shared.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An interim PMO professional's profile on the platform, kept by the professional (their account in the
 * platform realm) and vetted by an operator before any client sees it. Its home place's coordinates and its skills
 * as bit sets per depth are copied in, so the ranking reads everything it needs from one index.
 */
@Entity
@Table(name = "professional")
public class Professional extends PlatformRecord {

    @Column(name = "account", nullable = false, updatable = false, length = 100)
    private String account;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "trade_name", nullable = false, length = 120)
    private String tradeName;

    @Column(name = "kvk_number", nullable = false, length = 8)
    private String kvkNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kvk_check", nullable = false, length = 11)
    private KvkCheck kvkCheck;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 11)
    private PmoLevel level;

    @Column(name = "home_place_id", nullable = false)
    private int homePlaceId;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "travel_radius_km", nullable = false)
    private int travelRadiusKm;

    @Column(name = "remote_only", nullable = false)
    private boolean remoteOnly;

    @Column(name = "hourly_rate", nullable = false, precision = 7, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    /** Planned absences as a {@code datemultirange} literal, null for none (see {@link Absence}); PostgreSQL merges and orders them. */
    @ColumnTransformer(read = "cast(absences as text)", write = "cast(? as datemultirange)")
    @Column(name = "absences")
    private String absences;

    @Column(name = "languages", nullable = false, length = 60)
    private String languages;

    @Column(name = "sectors", nullable = false, length = 300)
    private String sectors;

    @Column(name = "certifications", nullable = false, length = 500)
    private String certifications;

    @Column(name = "bio", nullable = false, length = 2000)
    private String bio;

    @Column(name = "email", nullable = false, length = 200)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting", nullable = false, length = 8)
    private Vetting vetting;

    @Column(name = "vetted_by", length = 100)
    private String vettedBy;

    @Column(name = "vetted_at")
    private Instant vettedAt;

    @Column(name = "skills_any", nullable = false)
    private int skillsAny;

    @Column(name = "skills_experienced", nullable = false)
    private int skillsExperienced;

    @Column(name = "skills_expert", nullable = false)
    private int skillsExpert;

    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)   // lists of profiles read their skills in batches, not one query per profile
    @CollectionTable(name = "professional_skill", joinColumns = @JoinColumn(name = "professional_id"))
    private List<SkillClaim> skills = new ArrayList<>();

    protected Professional() {
    }

    /** A new profile of {@code account}, waiting for an operator; {@code home} is where the professional lives. */
    public static Professional signUp(String account, ProfileDetails details, Place home, KvkCheck kvk) {
        Professional professional = new Professional();
        professional.identify();
        professional.account = Objects.requireNonNull(account);
        professional.vetting = Vetting.PENDING;
        professional.revise(details, home, kvk);
        return professional;
    }

    /** Changes the profile. A changed KvK number is checked again; everything else keeps the vetting. */
    public void revise(ProfileDetails details, Place home, KvkCheck kvk) {
        Set<Skill> named = new HashSet<>();
        for (SkillClaim claim : details.skills()) {
            if (!named.add(claim.skill())) {
                throw new RuleViolationException("skills", "marketplace.error.skillTwice", "Skill named twice: " + claim.skill(), claim.skill());
            }
        }
        if (home.id() != details.homePlaceId()) {
            throw new IllegalArgumentException("Home place " + home.id() + " is not the one named: " + details.homePlaceId());
        }
        name = details.name().strip();
        tradeName = details.tradeName().strip();
        if (!details.kvkNumber().equals(kvkNumber)) {
            kvkCheck = kvk;
        }
        kvkNumber = details.kvkNumber();
        level = details.level();
        homePlaceId = home.id();
        latitude = home.latitude();
        longitude = home.longitude();
        travelRadiusKm = details.travelRadiusKm();
        remoteOnly = details.remoteOnly();
        hourlyRate = details.hourlyRate().setScale(2, RoundingMode.HALF_UP);
        availableFrom = details.availableFrom();
        hoursPerWeek = details.hoursPerWeek();
        absences = Absence.multirange(details.absences());
        skills.clear();
        skills.addAll(details.skills());
        skillsAny = Skill.bits(skills.stream().map(SkillClaim::skill).toList());
        skillsExperienced = Skill.bits(skills.stream().filter(c -> c.depth() != SkillDepth.BASIC).map(SkillClaim::skill).toList());
        skillsExpert = Skill.bits(skills.stream().filter(c -> c.depth() == SkillDepth.EXPERT).map(SkillClaim::skill).toList());
        languages = text(details.languages());
        sectors = text(details.sectors());
        certifications = text(details.certifications());
        bio = text(details.bio());
        email = details.email().strip();
        phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().strip();
    }

    /** An operator's decision on the profile; a vetted one may be rejected later and the other way round. */
    public void vet(boolean approved, String operator, Instant at) {
        vetting = approved ? Vetting.VETTED : Vetting.REJECTED;
        vettedBy = Objects.requireNonNull(operator);
        vettedAt = at;
    }

    /** A client's rating (1–5) at the end of an engagement: it feeds the ranking. */
    public void rated(int stars) {
        if (stars < 1 || stars > 5) {
            throw new RuleViolationException("rating", "marketplace.error.rating", "A rating is 1 to 5 stars", stars);
        }
        ratingSum += stars;
        ratingCount++;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public ProfileDetails details() {
        return new ProfileDetails(name, tradeName, kvkNumber, level, homePlaceId, travelRadiusKm, remoteOnly, hourlyRate, availableFrom,
                hoursPerWeek, Absence.of(absences), List.copyOf(skills), languages, sectors, certifications, bio, email, phone);
    }

    public String account() { return account; }
    public KvkCheck kvkCheck() { return kvkCheck; }
    public Vetting vetting() { return vetting; }
    public String vettedBy() { return vettedBy; }
    public Instant vettedAt() { return vettedAt; }
    public int ratingSum() { return ratingSum; }
    public int ratingCount() { return ratingCount; }
}
