package com.weeklygraphql.content.index;

import java.util.Comparator;

/**
 * The order in which git walks a tree: paths compared as UTF-8 bytes, which is the order of their code points.
 * Where two files claim one slug, the first in this order serves it, whether the snapshot was built from scratch
 * or changed file by file. (Java's own {@code compareTo} compares UTF-16 units, which differs for characters
 * beyond U+FFFF.)
 */
public final class GitPathOrder implements Comparator<String> {

    public static final GitPathOrder INSTANCE = new GitPathOrder();

    private GitPathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
