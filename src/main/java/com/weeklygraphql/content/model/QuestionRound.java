package com.weeklygraphql.content.model;

/** A follow-up round in a question thread; the answer is null when the round went unanswered. */
public record QuestionRound(String question, String answer) {
}
