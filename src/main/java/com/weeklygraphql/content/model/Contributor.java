package com.weeklygraphql.content.model;

/**
 * A community member thanked in an issue.
 *
 * @param name the GitHub handle without {@code @}, or the name as written
 * @param contribution what they did, as written; null when the issue does not say
 */
public record Contributor(String name, String contribution, String project, String issueSlug) {
}
