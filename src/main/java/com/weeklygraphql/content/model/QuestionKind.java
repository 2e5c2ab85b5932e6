package com.weeklygraphql.content.model;

/** Where a question came from. */
public enum QuestionKind {
    /** A reader's question sent to the newsletter or asked in the community group. */
    READER,
    /** A GitHub issue picked by the editors, with the maintainers' answer. */
    GITHUB_ISSUE
}
