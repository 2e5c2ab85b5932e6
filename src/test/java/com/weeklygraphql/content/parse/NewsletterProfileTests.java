package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.content.model.EventKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NewsletterProfileTests {

    @Test
    void theBuiltInProfileReadsSofaWeekly() {
        NewsletterProfile profile = NewsletterProfile.defaults();

        assertThat(profile.name()).isEqualTo("SOFA Weekly");
        assertThat(profile.timeZone()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(profile.eventKind("SOFAChannel#35 直播预告")).contains(EventKind.LIVE_STREAM);
        assertThat(profile.questionLines().asker("**1、@水木今山** 提问：".replace("**", ""))).isPresent();
    }

    @Test
    void mistakesAreRefusedWithWhatToChange() {
        assertThatThrownBy(() -> load("name: X\nissueMarks: [X]\ntimeZone: \"+01:00\"\nsection: {}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key(s) [section]");
        assertThatThrownBy(() -> load("name: X\nissueMarks: [X]\ntimeZone: Berlin\n"))
                .hasMessageContaining("'timeZone' must be an offset such as +08:00");
        assertThatThrownBy(() -> load("name: X\ntimeZone: Z\n")).hasMessageContaining("'issueMarks'");
        assertThatThrownBy(() -> load("name: X\nissueMarks: [X]\ntimeZone: Z\nreleases: {verb: [x]}\n"))
                .hasMessageContaining("unknown key 'releases.verb'");
        assertThatThrownBy(() -> load("name: X\nissueMarks: [X]\ntimeZone: Z\nevents: {kinds: {PARTY: [x]}}\n"))
                .hasMessageContaining("unknown kind PARTY");
        assertThatThrownBy(() -> load("name: [unclosed\n")).hasMessageContaining("not valid YAML");
    }

    @Test
    void aMinimalProfileReadsIssuesWithItsOwnWords() {
        NewsletterProfile profile = load("""
                name: Minimal
                issueMarks: [Minimal Weekly]
                timeZone: Z
                questions: {askerWords: [asks], answerMarks: [A]}
                releases: {verbs: [released]}
                """);
        assertThat(profile.releaseAnnouncements().inLine("Prism 2.4.0 released")).hasValueSatisfying(
                announcement -> assertThat(announcement.versions()).containsExactly("2.4.0"));
        assertThat(profile.releaseAnnouncements().inLine("发布 SOFARPC 5.6.1")).isEmpty();
    }

    private static NewsletterProfile load(String yaml) {
        return NewsletterProfile.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
