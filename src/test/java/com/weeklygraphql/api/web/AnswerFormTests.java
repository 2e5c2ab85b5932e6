package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AnswerFormTests {

    private static AnswerForm of(String accept) {
        return AnswerForm.of(MediaType.parseMediaTypes(accept));
    }

    @Test
    void withoutAnEventStreamTheAnswerIsJson() {
        assertThat(AnswerForm.of(List.of())).isEqualTo(AnswerForm.JSON);
        assertThat(of("application/json")).isEqualTo(AnswerForm.JSON);
        assertThat(of("*/*")).isEqualTo(AnswerForm.JSON);
        assertThat(of("application/json, text/event-stream;q=0")).isEqualTo(AnswerForm.JSON);
    }

    @Test
    void bothAcceptedAlikeLeaveTheChoiceToTheOperation() {
        assertThat(of("application/graphql-response+json, application/graphql+json, application/json,"
                + " text/event-stream, multipart/mixed")).isEqualTo(AnswerForm.JSON_OR_STREAM);
        assertThat(of("text/event-stream, */*")).isEqualTo(AnswerForm.JSON_OR_STREAM);
    }

    @Test
    void aStreamRankedAboveJsonOrAloneIsAStream() {
        assertThat(of("text/event-stream")).isEqualTo(AnswerForm.STREAM);
        assertThat(of("application/json;q=0.5, text/event-stream")).isEqualTo(AnswerForm.STREAM);
        assertThat(of("text/event-stream, text/html")).isEqualTo(AnswerForm.STREAM);
    }
}
