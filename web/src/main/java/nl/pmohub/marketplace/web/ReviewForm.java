package nl.pmohub.marketplace.web;

import nl.pmohub.marketplace.application.EngagementSummary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** What the review dialog asks at the end of an engagement, on either side: stars and a text. */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID engagementId;
    private String about;
    private Integer stars;
    private String text;

    static ReviewForm of(UUID engagementId, String about) {
        ReviewForm form = new ReviewForm();
        form.engagementId = engagementId;
        form.about = about;
        return form;
    }

    /** Whether the engagement may be reviewed now: from its last day on, when it ran at all. */
    static boolean due(EngagementSummary e, LocalDate today) {
        return !today.isBefore(e.lastDay()) && !e.lastDay().isBefore(e.startDate());
    }

    /** Stars as the service takes them: 0 (refused, with a message) when none were chosen. */
    int starsGiven() {
        return stars == null ? 0 : stars;
    }

    public UUID getEngagementId() { return engagementId; }
    public String getAbout() { return about; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
