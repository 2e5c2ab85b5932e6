package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each line of a section its {@link LineKind}, once, from the line's text, its links and the newsletter
 * profile's words. Knows nothing of the markdown tree: {@link SectionLines} reads the nodes into lines and says
 * what shape each came in (a heading, a bold line, a list item). A line means different things in different
 * sections, so there is one method per section kind; every regular expression here looks at one line.
 */
final class LineClassifier {

    /** "i. ...", "1.文件...", "- ...": a change written as a numbered or bulleted line of a paragraph. */
    private static final Pattern ITEM_MARKER = Pattern.compile("^(?:[ivxIVX]{1,4}|\\d{1,2})\\s*[.、)）．]\\s*|^[-•·]\\s*");
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s：:，,、]");
    /** "key：value" with a short key ("主题：", "报名方式：", "When:"). */
    private static final Pattern FIELD = Pattern.compile("^(?<key>[^：:，。,\\s][^：:，。,]{0,9}?)\\s*[：:]\\s*(?<value>.*)$");
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "^(?:[-•·]\\s*)?@\\s*(?<name>[\\w\\-.]+)\\s*[：:，,]?\\s*(?<rest>.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-•·]\\s*");
    private static final Pattern PROJECT_NAME = Pattern.compile("^[A-Za-z][\\w\\-.]*(?: [A-Za-z][\\w\\-.]*)?$");
    private final NewsletterProfile profile;
    private final ProjectCatalogue catalogue;
    private final QuestionLines questions;
    private final ReleaseAnnouncements announcements;

    LineClassifier(NewsletterProfile profile, ProjectCatalogue catalogue) {
        this.profile = profile;
        this.catalogue = catalogue;
        this.questions = profile.questionLines();
        this.announcements = profile.releaseAnnouncements();
    }

    // ---- Q&A sections

    /**
     * A line of a Q&A section's paragraph or heading. {@code boldLine}: the paragraph is one bold line, which makes
     * a numbered "**2、关于 Seata 的 grouplist 问题：**" a topic heading.
     */
    TypedLine questionLine(TextLine line, boolean boldLine, int sourceLine) {
        String text = line.text();
        List<LinkRef> links = line.links();
        if (Boilerplate.isQaInvitation(text, profile)) {
            return TypedLine.of(LineKind.BOILERPLATE, text, links, sourceLine);
        }
        Optional<String> answer = questions.answer(text);
        if (answer.isPresent()) {
            return TypedLine.of(LineKind.ANSWER, answer.get(), links, sourceLine);
        }
        Optional<QuestionLines.Pick> pick = questions.pick(text);
        if (pick.isPresent()) {
            return TypedLine.labelled(LineKind.PICK, pick.get().name(), pick.get().number(), links, sourceLine);
        }
        Optional<QuestionLines.Asker> asker = questions.asker(text);
        if (asker.isPresent()) {
            return TypedLine.labelled(LineKind.ASKER, asker.get().name(), asker.get().rest(), links, sourceLine);
        }
        Optional<String> handle = QuestionLines.handle(text);
        if (handle.isPresent()) {
            return TypedLine.of(LineKind.HANDLE, handle.get(), links, sourceLine);
        }
        Optional<QuestionLines.ProjectLine> projectLine = QuestionLines.projectLine(text);
        if (projectLine.isPresent()) {
            String url = urlOf(projectLine.get().rest(), links);
            if (url != null) {
                return TypedLine.labelled(LineKind.PROJECT_LINE, projectLine.get().name(), url, links, sourceLine);
            }
        }
        if (boldLine) {
            Optional<String> topic = QuestionLines.topic(text);
            if (topic.isPresent()) {
                return TypedLine.of(LineKind.SUB_HEADING, topic.get(), links, sourceLine);
            }
        }
        if (startsWithAny(text, profile.readings.get("inlinePrefixes"))) {
            return TypedLine.of(LineKind.READING, text, links, sourceLine);
        }
        return TypedLine.of(LineKind.TEXT, text, links, sourceLine);
    }

    /**
     * The asker a quote swallowed by lazy continuation ("> question" then "**4、@楼政浩** 提问：" without a blank
     * line): a line of a quote that is an asker line and nothing more.
     */
    Optional<String> askerInQuote(String line) {
        return questions.asker(line).filter(asker -> asker.rest().isEmpty()).map(QuestionLines.Asker::name);
    }

    /** Whether a list item's first line opens a thread ("1. @LY1806620741 #1061"): the list is then threads. */
    boolean opensThread(String firstLine) {
        return questions.isThreadOpener(firstLine);
    }

    /** The URL a project line points to: the text after the colon, or the link written there. */
    private static String urlOf(String rest, List<LinkRef> links) {
        if (rest.startsWith("http://") || rest.startsWith("https://")) {
            for (LinkRef link : links) {
                if (link.text().equals(rest)) {
                    return link.url();
                }
            }
            return rest.split("\\s")[0];
        }
        for (LinkRef link : links) {
            if (!rest.isEmpty() && link.text().equals(rest)) {
                return link.url();
            }
        }
        return null;
    }

    // ---- release sections

    /** The announcement a release section's heading makes ("SOFARPC 5.10.1 版本发布", "Layotto v0.4.0 版本"). */
    Optional<TypedLine> releaseHeading(String title, int sourceLine) {
        return announcements.inHeading(title).map(a -> TypedLine.announcing(a, title, sourceLine));
    }

    /**
     * A line of a release section's paragraph or heading. {@code inHeading}: the line is a markdown heading, which
     * may announce with a version alone ("Layotto v0.4.0 版本"); {@code subHeadingShape}: a heading, or one bold
     * line ending in a colon ("**- BUG 修复：**"), which heads the changes under it.
     */
    TypedLine releaseLine(TextLine line, boolean inHeading, boolean subHeadingShape, int sourceLine) {
        String text = line.text();
        Optional<ReleaseAnnouncement> announcement = inHeading ? announcements.inHeading(text) : announcements.inLine(text);
        if (announcement.isEmpty() && subHeadingShape) {
            announcement = announcements.closingHeadingLine(text);
        }
        if (announcement.isEmpty()) {
            announcement = announcements.withoutVersion(text);
        }
        if (announcement.isPresent()) {
            return TypedLine.announcing(announcement.get(), text, sourceLine);
        }
        List<LinkRef> web = webLinks(line.links());
        if (isNotesLine(text)) {
            return TypedLine.of(LineKind.NOTES, text, web, sourceLine);
        }
        if (!web.isEmpty() && isLinkOnly(text, web)) {
            return TypedLine.of(LineKind.LINK_ONLY, text, web, sourceLine);
        }
        if (subHeadingShape) {
            return TypedLine.of(LineKind.SUB_HEADING, Texts.stripTrailingColons(text), web, sourceLine);
        }
        if (Texts.endsWithColon(text)) {
            // "主要变更如下：", "文章解读：": introduces changes and is not one
            return TypedLine.of(LineKind.LEAD_IN, text, web, sourceLine);
        }
        Matcher marker = ITEM_MARKER.matcher(text);
        if (marker.find()) {
            return TypedLine.of(LineKind.NUMBERED, text.substring(marker.end()), web, sourceLine);
        }
        return TypedLine.of(LineKind.TEXT, text, web, sourceLine);
    }

    /**
     * A list item of a release section: its own lines (those before a notes line), joined. An item that only
     * introduces nested items ("优化：" above a sub-list), a bare link or thanks is not a change: empty text.
     */
    TypedLine releaseItem(List<String> ownLines, boolean hasNestedItems, int sourceLine) {
        String text = String.join(" ", ownLines).strip();
        boolean change = !text.isEmpty() && !isThanks(text) && !(hasNestedItems && Texts.endsWithColon(text))
                && !text.startsWith("http");
        return TypedLine.of(LineKind.ITEM, change ? text : "", List.of(), sourceLine);
    }

    /** A notes line inside a list item ("修复 xx<br />详细参考：<br />[url]"): the item's web links. */
    TypedLine notesInItem(List<LinkRef> itemLinks, int sourceLine) {
        return TypedLine.of(LineKind.NOTES, "", webLinks(itemLinks), sourceLine);
    }

    boolean isNotesLine(String line) {
        return profile.releases.anyIn(line.toLowerCase(Locale.ROOT), "notesWords");
    }

    /** "致谢...", "感谢...": a list item that thanks people is not a change. */
    boolean isThanks(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return profile.releases.get("thanksWords").stream().anyMatch(lower::startsWith);
    }

    private static List<LinkRef> webLinks(List<LinkRef> links) {
        List<LinkRef> web = new ArrayList<>(links.size());
        for (LinkRef link : links) {
            if (link.url().startsWith("http")) {
                web.add(link);
            }
        }
        return web;
    }

    private static boolean isLinkOnly(String line, List<LinkRef> links) {
        String rest = line;
        for (LinkRef link : links) {
            rest = rest.replace(link.text(), "");
        }
        return LINK_SEPARATORS.matcher(rest).replaceAll("").isEmpty();
    }

    // ---- event sections

    /**
     * Whether a bold paragraph's text (without its colon) heads one event of several ("**Layotto：**", "**杭州站**"):
     * short, not a field, not a release.
     */
    boolean isEventSubHeading(String text) {
        return text.length() <= 24 && !profile.events.anyIn(text.toLowerCase(Locale.ROOT), "fieldWords")
                && announcements.inLine(text).isEmpty();
    }

    /**
     * A line of an event section. Fields are typed by the first role their key plays: title (with a value), time
     * (with a value), sign-up, description. A field whose key is not a description word also says, in its label,
     * the line to tell as prose when its role is already filled.
     */
    TypedLine eventLine(TextLine line, int sourceLine) {
        String text = line.text();
        List<LinkRef> links = line.links();
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
            String key = field.group("key").toLowerCase(Locale.ROOT);
            String value = field.group("value").strip();
            boolean described = profile.events.anyIn(key, "fieldWords");
            String prose = described ? null : text;
            if (profile.events.anyIn(key, "titleKeys") && !value.isEmpty()) {
                return TypedLine.labelled(LineKind.TITLE_FIELD, value, prose, links, sourceLine);
            }
            if (profile.events.anyIn(key, "timeKeys") && !value.isEmpty()) {
                return TypedLine.labelled(LineKind.TIME_FIELD, value, prose, links, sourceLine);
            }
            if (profile.events.anyIn(key, "signupKeys")) {
                return TypedLine.labelled(LineKind.SIGNUP_FIELD, value, prose, links, sourceLine);
            }
            if (described) {
                return TypedLine.of(LineKind.FIELD, value, links, sourceLine);
            }
        }
        if (text.length() >= 4 && Texts.endsWithColon(text) && EventDateParser.startsWithDate(text)) {
            return TypedLine.of(LineKind.LEAD_IN, text, links, sourceLine);
        }
        if (profile.events.anyIn(text.toLowerCase(Locale.ROOT), "signupKeys")) {
            return TypedLine.of(LineKind.SIGNUP, text, links, sourceLine);
        }
        return TypedLine.of(LineKind.TEXT, text, links, sourceLine);
    }

    // ---- contributor and newbie-task sections

    /** "@handle 贡献了 ...", "- @handle：...": a contributor, else text. */
    TypedLine contributorLine(TextLine line, int sourceLine) {
        Matcher m = CONTRIBUTION.matcher(line.text());
        if (m.matches()) {
            return TypedLine.labelled(LineKind.CONTRIBUTION, m.group("name"), m.group("rest").strip(), line.links(),
                    sourceLine);
        }
        return TypedLine.of(LineKind.TEXT, line.text(), line.links(), sourceLine);
    }

    /**
     * A line of a newbie-task section: a task (without its bullet), or text: a difficulty label ("- Easy"), the
     * "「详见」：" line before the tracking link, a bare link.
     */
    TypedLine newbieTaskLine(TextLine line, int sourceLine) {
        String task = BULLET.matcher(line.text()).replaceFirst("").strip();
        if (task.isEmpty() || isDifficulty(line.text()) || isSeeAlso(task) || task.startsWith("http")) {
            return TypedLine.of(LineKind.TEXT, line.text(), line.links(), sourceLine);
        }
        return TypedLine.of(LineKind.ITEM, task, line.links(), sourceLine);
    }

    /** "**SOFA-Boot**", "Layotto：" alone on a line: the project the tasks below belong to. */
    boolean isProjectName(String line) {
        String name = Texts.stripTrailingColons(line);
        return catalogue.find(name).isPresent() || PROJECT_NAME.matcher(name).matches()
                && !isDifficulty(name) && name.length() <= 30;
    }


    /** "- Easy", "Medium：": a difficulty label over the tasks, not a task. */
    private boolean isDifficulty(String line) {
        String label = Texts.stripTrailingColons(BULLET.matcher(line.strip()).replaceFirst("")).toLowerCase(Locale.ROOT);
        return profile.newbieTasks.get("difficultyWords").contains(label);
    }

    /** "「详见」：" and the like: the tracking link follows. */
    private boolean isSeeAlso(String task) {
        String label = Texts.stripTrailingColons(task).toLowerCase(Locale.ROOT);
        return profile.newbieTasks.get("seeAlsoWords").stream().anyMatch(label::endsWith);
    }

    private static boolean startsWithAny(String line, List<String> prefixes) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
