package nl.pmohub.meeting.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    private static String marked(String word) {
        return MarkedText.START + word + MarkedText.STOP;
    }

    @Test
    void theMatchesBecomeMarksAndEverythingElseIsEscaped() {
        MarkedText text = new MarkedText("De " + marked("vergunning") + " voor <script>alert('x')</script> & \"de\" " + marked("bouwweg"));

        assertThat(text.marks()).isEqualTo(2);
        assertThat(text.html()).isEqualTo("De <mark>vergunning</mark> voor &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;de&quot; "
                + "<mark>bouwweg</mark>");
    }

    @Test
    void anUnmarkedTextKeepsNoMarksOfItsOwn() {
        MarkedText text = MarkedText.unmarked("a " + marked("b") + " c");

        assertThat(text.marks()).isZero();
        assertThat(text.html()).isEqualTo("a b c");
        assertThat(MarkedText.unmarked(null).html()).isEmpty();
    }
}
