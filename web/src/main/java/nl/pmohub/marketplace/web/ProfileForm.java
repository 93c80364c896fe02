package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.application.ProfileSummary;
import nl.pmohub.marketplace.domain.Absence;
import nl.pmohub.marketplace.domain.PmoLevel;
import nl.pmohub.marketplace.domain.ProfileDetails;
import nl.pmohub.marketplace.domain.Skill;
import nl.pmohub.marketplace.domain.SkillClaim;
import nl.pmohub.marketplace.domain.SkillDepth;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the profile page edits. The T-shape is a depth per skill (none, basic, experienced, expert); the home
 * place is chosen by name and looked up by the view.
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private String name;
    private String tradeName;
    private String kvkNumber;
    private PmoLevel level = PmoLevel.TACTICAL;
    private String homePlace;
    private int travelRadiusKm = 50;
    private boolean remoteOnly;
    private BigDecimal hourlyRate;
    private LocalDate availableFrom;
    private int hoursPerWeek = 32;
    private final List<AbsenceRow> absences = new ArrayList<>();
    private final Map<Skill, SkillDepth> depths = new EnumMap<>(Skill.class);
    private String languages;
    private String sectors;
    private String certifications;
    private String bio;
    private String email;
    private String phone;

    static ProfileForm of(ProfileSummary profile) {
        ProfileForm form = new ProfileForm();
        ProfileDetails d = profile.details();
        form.version = profile.version();
        form.name = d.name();
        form.tradeName = d.tradeName();
        form.kvkNumber = d.kvkNumber();
        form.level = d.level();
        form.homePlace = profile.homePlace();
        form.travelRadiusKm = d.travelRadiusKm();
        form.remoteOnly = d.remoteOnly();
        form.hourlyRate = d.hourlyRate();
        form.availableFrom = d.availableFrom();
        form.hoursPerWeek = d.hoursPerWeek();
        d.absences().forEach(a -> form.absences.add(new AbsenceRow(a.startDate(), a.endDate())));
        d.skills().forEach(claim -> form.depths.put(claim.skill(), claim.depth()));
        form.languages = d.languages();
        form.sectors = d.sectors();
        form.certifications = d.certifications();
        form.bio = d.bio();
        form.email = d.email();
        form.phone = d.phone();
        return form;
    }

    static ProfileForm startingOn(LocalDate day) {
        ProfileForm form = new ProfileForm();
        form.availableFrom = day;
        return form;
    }

    ProfileDetails toDetails(Integer homePlaceId) {
        List<SkillClaim> skills = depths.entrySet().stream().filter(e -> e.getValue() != null).map(e -> new SkillClaim(e.getKey(), e.getValue())).toList();
        List<Absence> away = absences.stream().filter(row -> !row.isBlank()).map(row -> new Absence(row.getStartDate(), row.getEndDate())).toList();
        return new ProfileDetails(name, tradeName, kvkNumber == null ? null : kvkNumber.strip(), level, homePlaceId, travelRadiusKm, remoteOnly,
                hourlyRate, availableFrom, hoursPerWeek, away, skills, languages, sectors, certifications, bio, email, phone);
    }

    void addAbsence() {
        absences.add(new AbsenceRow(null, null));
    }

    void removeAbsence(AbsenceRow row) {
        absences.remove(row);
    }

    /** A planned absence as the page edits it: a row left empty is no absence. */
    public static class AbsenceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate startDate;
        private LocalDate endDate;

        AbsenceRow(LocalDate startDate, LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
        }

        boolean isBlank() {
            return startDate == null && endDate == null;
        }

        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    }

    /** Null while the professional has not signed up (then saving signs up). */
    public Long getVersion() { return version; }
    public Map<Skill, SkillDepth> getDepths() { return depths; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTradeName() { return tradeName; }
    public void setTradeName(String tradeName) { this.tradeName = tradeName; }
    public String getKvkNumber() { return kvkNumber; }
    public void setKvkNumber(String kvkNumber) { this.kvkNumber = kvkNumber; }
    public PmoLevel getLevel() { return level; }
    public void setLevel(PmoLevel level) { this.level = level; }
    public String getHomePlace() { return homePlace; }
    public void setHomePlace(String homePlace) { this.homePlace = homePlace; }
    public int getTravelRadiusKm() { return travelRadiusKm; }
    public void setTravelRadiusKm(int travelRadiusKm) { this.travelRadiusKm = travelRadiusKm; }
    public boolean isRemoteOnly() { return remoteOnly; }
    public void setRemoteOnly(boolean remoteOnly) { this.remoteOnly = remoteOnly; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public List<AbsenceRow> getAbsences() { return absences; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(int hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getSectors() { return sectors; }
    public void setSectors(String sectors) { this.sectors = sectors; }
    public String getCertifications() { return certifications; }
    public void setCertifications(String certifications) { this.certifications = certifications; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
