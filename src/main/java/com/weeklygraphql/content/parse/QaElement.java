package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.util.ast.Node;

/**
 * One step of a Q&A section read as a stream: an asker line, a quote, an answer line, a closing project
 * line... A paragraph can hold several (an answer whose last line is the project line), and a quote can
 * swallow the next asker line by lazy continuation, so elements are cut from lines, not from nodes.
 *
 * @param text the element's text: the asker's name, the quote's text, the answer after {@code A：}
 * @param extra the pick's issue number, or the project line's URL
 * @param node where the element came from, for line numbers
 */
record QaElement(Type type, String text, String extra, Node node) {

    enum Type {
        ASKER,
        PICK,
        HANDLE,
        TOPIC,
        QUOTE,
        IMAGE_QUOTE,
        ANSWER,
        PROJECT_LINE,
        TEXT
    }
}
