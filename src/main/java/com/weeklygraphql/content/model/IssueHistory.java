package com.weeklygraphql.content.model;

import java.time.Instant;

/** When an issue's file was first committed and when it last changed, from the content repository's history. */
public record IssueHistory(Instant publishedAt, Instant updatedAt) {
}
