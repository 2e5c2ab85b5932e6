package com.weeklygraphql.content.model;

import java.util.List;

/**
 * A question thread: a reader's question or a picked GitHub issue, with its answer and follow-up rounds.
 *
 * @param id stable within the archive: the issue slug and the thread's position in it
 * @param project canonical project name, or the name as written when the catalogue does not know it; null when unknown
 */
public record Question(
        String id,
        QuestionKind kind,
        String asker,
        String question,
        String answer,
        List<QuestionRound> followUps,
        String project,
        String url,
        String issueSlug) {

    public Question {
        followUps = List.copyOf(followUps);
    }
}
