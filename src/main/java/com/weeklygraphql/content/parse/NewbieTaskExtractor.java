package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.model.NewbieTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Extracts newbie tasks: per project (a bold or bare line naming it, "**SOFA-Boot**", "Layotto"), the
 * task lines under it, without the difficulty markers ("-Easy", "- Medium"), and the issue that tracks
 * them (the first link). The intro before the first project and remarks after the link are not tasks.
 */
final class NewbieTaskExtractor {

    private static final Pattern BULLET = Pattern.compile("^[-•·]\\s*");
    private static final Pattern PROJECT_NAME = Pattern.compile("^[A-Za-z][\\w\\-.]*(?: [A-Za-z][\\w\\-.]*)?$");

    private NewbieTaskExtractor() {
    }

    static List<NewbieTask> extract(Section section, ExtractionContext context) {
        List<NewbieTask> tasks = new ArrayList<>();
        Group group = null;
        for (Node node : section.nodes()) {
            List<String> lines = Lines.of(node);
            if (node instanceof Paragraph && lines.size() == 1 && isProjectName(lines.get(0), context)) {
                group = finish(group, tasks, context);
                group = new Group(context.catalogue().resolve(Texts.stripTrailingColons(lines.get(0))));
                continue;
            }
            if (group == null || group.url != null) {
                continue;
            }
            List<LinkRef> links = LinkRef.in(node);
            group.url = TextLine.firstWebLink(links);
            if (group.url != null && isLinkOnly(node)) {
                continue;
            }
            for (String line : node instanceof BulletList || node instanceof OrderedList ? Lines.of(node) : lines) {
                String task = BULLET.matcher(line).replaceFirst("").strip();
                if (!task.isEmpty() && !isDifficulty(line, context) && !isSeeAlso(task, context)
                        && !task.startsWith("http")) {
                    group.tasks.add(task);
                }
            }
        }
        finish(group, tasks, context);
        return tasks;
    }

    private static boolean isLinkOnly(Node node) {
        return SectionContent.isLinkItem(node);
    }

    private static boolean isProjectName(String line, ExtractionContext context) {
        String name = Texts.stripTrailingColons(line);
        return context.catalogue().find(name).isPresent() || PROJECT_NAME.matcher(name).matches()
                && !isDifficulty(name, context) && name.length() <= 30;
    }

    /** "- Easy", "Medium：": a difficulty label over the tasks, not a task. */
    private static boolean isDifficulty(String line, ExtractionContext context) {
        String label = Texts.stripTrailingColons(BULLET.matcher(line.strip()).replaceFirst("")).toLowerCase(Locale.ROOT);
        return context.profile().newbieTasks.get("difficultyWords").contains(label);
    }

    /** "「详见」：" and the like: the tracking link follows. */
    private static boolean isSeeAlso(String task, ExtractionContext context) {
        String label = Texts.stripTrailingColons(task).toLowerCase(Locale.ROOT);
        return context.profile().newbieTasks.get("seeAlsoWords").stream().anyMatch(label::endsWith);
    }

    private static Group finish(Group group, List<NewbieTask> tasks, ExtractionContext context) {
        if (group != null && (!group.tasks.isEmpty() || group.url != null)) {
            tasks.add(new NewbieTask(group.project, group.tasks, group.url, context.slug()));
        }
        return null;
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
