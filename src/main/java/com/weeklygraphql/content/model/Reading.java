package com.weeklygraphql.content.model;

/** A recommended article; {@code series} names the reading series when the section has one. */
public record Reading(String title, String url, String series, String issueSlug) {
}
