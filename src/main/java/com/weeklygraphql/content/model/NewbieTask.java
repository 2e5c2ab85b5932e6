package com.weeklygraphql.content.model;

import java.util.List;

/** A project's list of starter tasks for new contributors, with the issue that tracks them. */
public record NewbieTask(String project, List<String> tasks, String url, String issueSlug) {

    public NewbieTask {
        tasks = List.copyOf(tasks);
    }
}
