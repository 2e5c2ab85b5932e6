package com.weeklygraphql.content.index;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * Parse results as bytes for the index: Smile (binary JSON) written by Jackson, so a record reads back equal
 * to the one written, dates with their own offsets. No Java serialization: the bytes survive a change of class
 * layout as JSON does, and a parser change invalidates them anyway (see {@link IndexFingerprint}).
 */
final class IssueCodec {

    private static final SmileMapper SMILE = SmileMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<ContentProblem>> PROBLEMS = new TypeReference<>() { };

    private IssueCodec() {
    }

    static byte[] issue(Issue issue) {
        return SMILE.writeValueAsBytes(issue);
    }

    static Issue issue(byte[] bytes) {
        return SMILE.readValue(bytes, Issue.class);
    }

    static byte[] problems(List<ContentProblem> problems) {
        return SMILE.writeValueAsBytes(problems);
    }

    static List<ContentProblem> problems(byte[] bytes) {
        return SMILE.readValue(bytes, PROBLEMS);
    }
}
