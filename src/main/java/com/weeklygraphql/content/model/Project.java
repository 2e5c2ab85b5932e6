package com.weeklygraphql.content.model;

import java.util.List;

/**
 * A project of the community, as the catalogue knows it or as the content names it.
 *
 * @param name the canonical name
 * @param repository the repository URL, null when unknown
 */
public record Project(String name, List<String> aliases, String repository) {

    public Project {
        aliases = List.copyOf(aliases);
    }
}
