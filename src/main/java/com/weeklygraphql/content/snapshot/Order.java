package com.weeklygraphql.content.snapshot;

/** The order of a list of dated items. */
public enum Order {
    NEWEST_FIRST,
    OLDEST_FIRST
}
