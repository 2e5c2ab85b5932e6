package com.weeklygraphql.content.snapshot;

import java.util.function.IntSupplier;

/** A total counted the first time it is asked for, then remembered: a client that shows no total pays for none. */
final class LazyCount {

    private final IntSupplier count;
    private volatile Integer counted;

    LazyCount(IntSupplier count) {
        this.count = count;
    }

    int get() {
        Integer value = counted;
        if (value == null) {
            value = count.getAsInt();
            counted = value;
        }
        return value;
    }
}
