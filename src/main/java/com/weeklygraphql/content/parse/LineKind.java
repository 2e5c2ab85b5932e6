package com.weeklygraphql.content.parse;

/**
 * What a line of a section is, decided once by {@link LineClassifier} from the line's shape and the profile's
 * words. A section's kind says which of these its lines can be: "主题：..." is a field in an event section and
 * text in an answer. For each kind, what {@link TypedLine#text()} and {@link TypedLine#label()} hold.
 */
enum LineKind {

    /** "**1、@水木今山** 提问：": a reader's thread opens. Text: the asker's name; label: what follows the asker word. */
    ASKER,
    /** "**1.@MOSN #2347**": a picked GitHub issue opens a thread. Text: the name after {@code @}; label: the number. */
    PICK,
    /** "@huayangchan" alone on its line: the asker of the pick above. Text: the handle. */
    HANDLE,
    /** A quoted question (lines of one quote, joined). Text: the quote. */
    QUOTE,
    /** A picture standing alone: an image-only quote or paragraph. No text. */
    IMAGE,
    /** "A：..." opens an answer. Text: the answer after the mark. */
    ANSWER,
    /** "SOFAJRaft：https://..." closes a thread. Text: the project as written; label: the URL. */
    PROJECT_LINE,
    /** A release announcement ("发布 SOFARPC v5.6.1 版本"); {@link TypedLine#announcement()} holds what it names. */
    ANNOUNCEMENT,
    /** "详细发布报告：..." : the release notes link is on this line or follows. Links: its web links. */
    NOTES,
    /** A line that is nothing but web links and separators. Links: its web links. */
    LINK_ONLY,
    /** "主题：..." : the title field of an event. Text: the value. */
    TITLE_FIELD,
    /** "时间：2020年3月12日 19:00": the time field of an event. Text: the value. */
    TIME_FIELD,
    /** "报名方式：点击[这里](url)": the sign-up field of an event. Links: the line's links. */
    SIGNUP_FIELD,
    /** "嘉宾：..." : any other field that describes an event rather than tells its story. */
    FIELD,
    /** Prose that mentions signing up ("点击[报名](url)参加"). Text: the line; links: its links. */
    SIGNUP,
    /**
     * A line that introduces what follows and is not content itself: in a release section a line ending in a colon
     * ("主要变更如下："); in an event section one that also opens with a date ("12月5日 SOFAChannel#9 直播回顾："),
     * which starts another event.
     */
    LEAD_IN,
    /**
     * A heading inside a section: a markdown heading, or a bold line used as one ("**Layotto：**", "**杭州站**",
     * "**2、关于 Seata 的 grouplist 问题：**", "#### Features："). Text: the heading without its colon.
     */
    SUB_HEADING,
    /** A table row begins (its cells follow as fields: "时间：5/6", "分享主题：..."). No text. */
    ROW,
    /** A list item. Text: its own lines joined (not its nested items'), empty when it only introduces them. */
    ITEM,
    /** A numbered or bulleted line inside a paragraph ("i. ...", "1.文件..."). Text: without its marker. */
    NUMBERED,
    /** "相关阅读：[...](...)" : recommended reading at the end of an answer. Links: the line's links. */
    READING,
    /** "@handle 贡献了 ...": a contributor. Text: the handle; label: what they did. */
    CONTRIBUTION,
    /** The newsletter's own repeated text (an invitation to ask, a banner): never content. Text: the line. */
    BOILERPLATE,
    /** Anything else. Text: the line. */
    TEXT
}
