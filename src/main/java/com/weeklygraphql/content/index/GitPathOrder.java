package com.weeklygraphql.content.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which git walks a tree: paths compared as UTF-8 bytes. Where two files claim one slug, the
 * first in this order serves it, whether the snapshot was built from scratch or changed file by file.
 */
public final class GitPathOrder implements Comparator<String> {

    public static final GitPathOrder INSTANCE = new GitPathOrder();

    private GitPathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
