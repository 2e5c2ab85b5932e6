package com.weeklygraphql.content.snapshot;

/**
 * Relay pagination arguments: {@code first}/{@code after} forward, {@code last}/{@code before} backward.
 * Neither {@code first} nor {@code last}: the first {@value #DEFAULT_SIZE} items.
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        check("first", first, "after");
        check("last", last, "before");
    }

    public static PageRequest firstPage() {
        return new PageRequest(null, null, null, null);
    }

    private static void check(String name, Integer size, String cursorName) {
        if (size == null) {
            return;
        }
        if (size < 0) {
            throw new InvalidPageRequestException(name + " must be 0 or more, not " + size);
        }
        if (size > MAX_SIZE) {
            throw new InvalidPageRequestException(name + " is at most " + MAX_SIZE + " items per page, not " + size
                    + ": ask for " + MAX_SIZE + " or fewer and page on with '" + cursorName + "'");
        }
    }

    int effectiveFirst() {
        return first == null && last == null ? DEFAULT_SIZE : first == null ? Integer.MAX_VALUE : first;
    }
}
