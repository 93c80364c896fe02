package nl.pmohub.meeting.web;

import nl.pmohub.meeting.application.LessonSummary;
import nl.pmohub.meeting.domain.LessonDetails;
import nl.pmohub.shared.web.RecordForm;

/** What the lesson dialog edits; checked as the {@link LessonDetails} it becomes. */
public class LessonForm extends RecordForm<LessonDetails> {

    private static final long serialVersionUID = 1L;

    private String whatHappened;
    private String whatWeLearned;
    private String recommendation;
    private String category;

    static LessonForm of(LessonSummary s) {
        LessonForm form = new LessonForm();
        form.editing(s);
        form.whatHappened = s.details().whatHappened();
        form.whatWeLearned = s.details().whatWeLearned();
        form.recommendation = s.details().recommendation();
        form.category = s.details().category();
        return form;
    }

    @Override
    public LessonDetails toDetails() {
        return new LessonDetails(whatHappened, whatWeLearned, recommendation, category);
    }

    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public String getWhatWeLearned() { return whatWeLearned; }
    public void setWhatWeLearned(String whatWeLearned) { this.whatWeLearned = whatWeLearned; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
}
