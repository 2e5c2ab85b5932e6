package com.weeklygraphql.content.index;

/** The kinds of items the index serves, one document each. */
public enum ItemKind {
    ISSUE,
    QUESTION,
    RELEASE,
    EVENT,
    READING
}
