package com.weeklygraphql.content.parse;

import java.util.List;

/**
 * A line of a section with its kind: what the extractors fold over. {@link LineKind} says, kind by kind, what
 * {@code text} and {@code label} hold.
 *
 * @param kind what the line is
 * @param text the line's content for its kind (the asker's name, the answer after "A：", the field's value...)
 * @param label a second value some kinds carry (the asker line's rest, the pick's number, a project line's URL,
 *     a contributor's contribution); null otherwise
 * @param links the links on the line, in order
 * @param sourceLine the 1-based line of the file where the line's block starts, for problems and document order
 * @param announcement what an {@link LineKind#ANNOUNCEMENT} line announces; null for the other kinds
 */
record TypedLine(LineKind kind, String text, String label, List<LinkRef> links, int sourceLine,
        ReleaseAnnouncement announcement) {

    TypedLine {
        links = List.copyOf(links);
    }

    static TypedLine of(LineKind kind, String text, List<LinkRef> links, int sourceLine) {
        return new TypedLine(kind, text, null, links, sourceLine, null);
    }

    static TypedLine labelled(LineKind kind, String text, String label, List<LinkRef> links, int sourceLine) {
        return new TypedLine(kind, text, label, links, sourceLine, null);
    }

    static TypedLine announcing(ReleaseAnnouncement announcement, String text, int sourceLine) {
        return new TypedLine(LineKind.ANNOUNCEMENT, text, null, List.of(), sourceLine, announcement);
    }

    /** The first link to a web page on the line. */
    String firstWebLink() {
        return TextLine.firstWebLink(links);
    }
}
