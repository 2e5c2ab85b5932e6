package com.weeklygraphql.content.model;

/** What sort of event an announcement is about. */
public enum EventKind {
    LIVE_STREAM,
    MEETUP,
    COMMUNITY_MEETING,
    CONFERENCE,
    OTHER
}
