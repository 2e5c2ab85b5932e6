package com.weeklygraphql.content.parse;

import java.util.Arrays;

/**
 * Maps character offsets in the markdown body (what flexmark saw) to 1-based lines of the whole file,
 * front matter included, so a problem names the line an editor opens.
 */
final class SourceLines {

    private final int[] lineStarts;
    private final int firstLine;

    SourceLines(String body, int firstLine) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.firstLine = firstLine;
    }

    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        int line = index >= 0 ? index : -index - 2;
        return firstLine + line;
    }
}
