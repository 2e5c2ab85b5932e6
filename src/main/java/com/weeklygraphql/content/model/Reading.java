package com.weeklygraphql.content.model;

/**
 * A recommended article; {@code series} names the reading series when the section has one.
 *
 * @param id stable within the archive: the issue slug and the reading's position in it
 */
public record Reading(String id, String title, String url, String series, String issueSlug) {
}
