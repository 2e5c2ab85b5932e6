package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.NewbieTask;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts newbie tasks: per project (a bold or bare line naming it, "**SOFA-Boot**", "Layotto"), the task lines
 * under it, without the difficulty labels ("-Easy", "- Medium"), and the issue that tracks them (the first link). A
 * fold over {@link SectionLines#newbieTasks}: the intro before the first project is not tasks ({@link State#NO_PROJECT});
 * tasks are collected until the tracking link ({@link State#COLLECTING}); remarks after it are not tasks
 * ({@link State#TRACKED}).
 */
final class NewbieTaskExtractor {

    /** Where the fold stands in a project's group. */
    enum State {
        /** Before the first project line. */
        NO_PROJECT,
        /** Under a project line, before its tracking link. */
        COLLECTING,
        /** The tracking link was read: what follows, until the next project line, is not a task. */
        TRACKED
    }

    private NewbieTaskExtractor() {
    }

    static List<NewbieTask> extract(List<TypedLine> lines, ExtractionContext context) {
        List<NewbieTask> tasks = new ArrayList<>();
        Group group = null;
        State state = State.NO_PROJECT;
        for (TypedLine line : lines) {
            if (line.kind() == LineKind.SUB_HEADING) {
                finish(group, tasks, context);
                group = new Group(context.catalogue().resolve(line.text()));
                state = State.COLLECTING;
                continue;
            }
            if (state != State.COLLECTING) {
                continue;
            }
            if (line.kind() == LineKind.ITEM) {
                group.tasks.add(line.text());
            }
            String link = line.firstWebLink();
            if (link != null) {
                group.url = link;
                state = State.TRACKED;
            }
        }
        finish(group, tasks, context);
        return tasks;
    }

    private static void finish(Group group, List<NewbieTask> tasks, ExtractionContext context) {
        if (group != null && (!group.tasks.isEmpty() || group.url != null)) {
            tasks.add(new NewbieTask(group.project, group.tasks, group.url, context.slug()));
        }
    }

    private static final class Group {
        private final String project;
        private final List<String> tasks = new ArrayList<>();
        private String url;

        Group(String project) {
            this.project = project;
        }
    }
}
