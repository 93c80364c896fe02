package nl.pmohub.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.pmohub.shared.domain.ProjectRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A lesson learned on a project, kept with the day it was recorded so the organisation can read its lessons newest first. */
@Entity
@Table(name = "lesson")
public class Lesson extends ProjectRecord {

    @Column(name = "what_happened", nullable = false, length = 2000)
    private String whatHappened;
    @Column(name = "what_we_learned", nullable = false, length = 2000)
    private String whatWeLearned;
    @Column(name = "recommendation", nullable = false, length = 2000)
    private String recommendation;
    @Column(name = "category", nullable = false, length = 60)
    private String category;
    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    protected Lesson() {
    }

    public static Lesson learn(UUID projectId, LessonDetails details, LocalDate today) {
        Lesson lesson = new Lesson();
        lesson.identify(projectId);
        lesson.recordedOn = today;
        lesson.describe(details);
        return lesson;
    }

    public void describe(LessonDetails d) {
        whatHappened = d.whatHappened().strip();
        whatWeLearned = d.whatWeLearned().strip();
        recommendation = Texts.text(d.recommendation());
        category = Texts.text(d.category());
    }

    public LessonDetails details() {
        return new LessonDetails(whatHappened, whatWeLearned, recommendation, category);
    }

    public LocalDate recordedOn() { return recordedOn; }
}
