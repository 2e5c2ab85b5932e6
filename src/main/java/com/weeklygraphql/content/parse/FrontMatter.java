package com.weeklygraphql.content.parse;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The front matter fields the service uses, read as written.
 *
 * @param date null when the front matter has no readable date
 */
record FrontMatter(
        String title,
        String author,
        String description,
        List<String> categories,
        List<String> tags,
        OffsetDateTime date,
        String cover) {

    FrontMatter {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
