package com.weeklygraphql.content.search;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionRound;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The text of an item as the index receives it: a title, weighed higher in ranking, and body texts. Both the
 * ranked search and the {@code text} filter look at exactly these strings; a filter match never spans two
 * of them.
 *
 * @param title never null (empty when the item has none)
 * @param body the other texts, in order, without nulls or empty strings
 */
public record ItemText(String title, List<String> body) {

    public ItemText {
        title = title == null ? "" : title;
        body = nonEmpty(body);
    }

    /** An issue: its title; its description and the plain text of its body. */
    public static ItemText of(Issue issue, String bodyText) {
        return new ItemText(issue.title(), listOf(issue.description(), bodyText));
    }

    /** A question: the question; the answer, every follow-up round, the asker and the project. */
    public static ItemText of(Question question) {
        List<String> body = new ArrayList<>();
        body.add(question.answer());
        for (QuestionRound round : question.followUps()) {
            body.add(round.question());
            body.add(round.answer());
        }
        body.add(question.asker());
        body.add(question.project());
        return new ItemText(question.question(), body);
    }

    /** A release: project and version; the changes. */
    public static ItemText of(Release release) {
        return new ItemText(release.project() + " " + release.version(), release.changes());
    }

    /** An event: its title; its description. */
    public static ItemText of(Event event) {
        return new ItemText(event.title(), listOf(event.description()));
    }

    /** A reading: its title; its series. */
    public static ItemText of(Reading reading) {
        return new ItemText(reading.title(), listOf(reading.series()));
    }

    private static List<String> listOf(String... texts) {
        List<String> list = new ArrayList<>(texts.length);
        for (String text : texts) {
            list.add(text);
        }
        return list;
    }

    private static List<String> nonEmpty(Collection<String> texts) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream().filter(Objects::nonNull).filter(text -> !text.isEmpty()).toList();
    }
}
