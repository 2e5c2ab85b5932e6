package com.weeklygraphql.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque id of a {@code Node}: base64url of its type, the slug of the issue that holds it and its key in
 * that issue (the entity's id from the parser; the slug again for an issue; the canonical name for a
 * project). Made only of what stays the same while the item is unchanged, so an id outlives commits that
 * do not touch its item. Clients must not decode it: the layout may change, the ids it gave out keep working.
 *
 * @param slug the issue that holds the item; empty for a project
 */
record NodeId(NodeType type, String slug, String key) {

    // A control character no slug, project name or entity id contains.
    private static final char SEPARATOR = '\u001F';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static NodeId ofIssue(String slug) {
        return new NodeId(NodeType.ISSUE, slug, slug);
    }

    static NodeId ofEntity(NodeType type, String slug, String key) {
        return new NodeId(type, slug, key);
    }

    static NodeId ofProject(String canonicalName) {
        return new NodeId(NodeType.PROJECT, "", canonicalName);
    }

    String encode() {
        String plain = type.typeName() + SEPARATOR + slug + SEPARATOR + key;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an id this API gave out; anything else is an {@link IllegalArgumentException} saying what to send. */
    static NodeId decode(String id) {
        String plain;
        try {
            plain = new String(DECODER.decode(id.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notAnId(id);
        }
        String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw notAnId(id);
        }
        NodeType type = NodeType.named(parts[0]).orElseThrow(() -> notAnId(id));
        if (type != NodeType.PROJECT && parts[1].isEmpty()) {
            throw notAnId(id);
        }
        return new NodeId(type, parts[1], parts[2]);
    }

    private static IllegalArgumentException notAnId(String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return new IllegalArgumentException("'" + shown + "' is not an id this API gave out: pass the value of an"
                + " 'id' field (of an Issue, Question, Release, Event, Reading or Project) unchanged");
    }
}
