package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.EventKind;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionKind;
import com.weeklygraphql.content.model.QuestionRound;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of item offers to search and to the text filter. */
class ItemTextTests {

    @Test
    void aQuestionIsItsQuestionThenAnswerRoundsAskerAndProject() {
        Question question = new Question("s/question/1", QuestionKind.READER, "龚小涛", "快照怎么做？", "看文档",
                List.of(new QuestionRound("还有呢？", null), new QuestionRound("再问", "再答")), "SOFAJRaft", null, "s");
        assertThat(ItemText.of(question))
                .isEqualTo(new ItemText("快照怎么做？", List.of("看文档", "还有呢？", "再问", "再答", "龚小涛", "SOFAJRaft")));
    }

    @Test
    void aReleaseIsProjectAndVersionThenItsChanges() {
        Release release = new Release("s/release/1", "SOFAJRaft", "1.3.10", LocalDate.of(2022, 3, 18),
                List.of("修复 bug", "升级依赖"), null, "s");
        assertThat(ItemText.of(release)).isEqualTo(new ItemText("SOFAJRaft 1.3.10", List.of("修复 bug", "升级依赖")));
    }

    @Test
    void anEventAndAReadingLeaveOutWhatTheyLack() {
        Event event = new Event("s/event/1", "Layotto 社区会议", EventKind.COMMUNITY_MEETING, null, null, null, null,
                List.of("Layotto"), "s");
        assertThat(ItemText.of(event)).isEqualTo(new ItemText("Layotto 社区会议", List.of()));
        Reading reading = new Reading("s/reading/1", "SOFAJRaft 选举机制剖析", "https://example.com", "SOFAJRaft 实现原理", "s");
        assertThat(ItemText.of(reading)).isEqualTo(new ItemText("SOFAJRaft 选举机制剖析", List.of("SOFAJRaft 实现原理")));
    }

    @Test
    void anIssueIsItsTitleThenDescriptionAndBodyText() {
        SampleItems.Item issue = SampleItems.all().stream().filter(item -> item.kind().equals("ISSUE")).findFirst()
                .orElseThrow();
        Issue model = (Issue) issue.model();
        assertThat(issue.text().title()).isEqualTo(model.title());
        assertThat(issue.text().body()).hasSizeBetween(1, 2).last().asString().doesNotContain("**", "](http");
    }
}
