package com.weeklygraphql.content.parse;

import java.util.List;

/**
 * URLs written as plain text ("SOFAJRaft：https://github.com/sofastack/sofa-jraft"), which the extraction parser
 * leaves in its text nodes: a URL starts at {@code http://}, {@code https://} or {@code www.} and ends at
 * whitespace, a non-ASCII character (Chinese text runs on without a space) or a quote; trailing punctuation and an
 * unbalanced closing parenthesis are not part of it, as GitHub reads them.
 */
final class BareUrls {

    /** As people type them: a shouted "HTTPS://" is rare enough not to cost a case-insensitive scan of every text. */
    private static final String[] PREFIXES = {"http://", "https://", "www."};

    private BareUrls() {
    }

    /** Whether a link's text is itself a URL ("https://github.com/mosn/mosn"): a footer, not a title. */
    static boolean isUrlText(String text) {
        if (!(text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www."))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    static void in(String chars, List<LinkRef> out) {
        if (chars.indexOf(':') < 0 && chars.indexOf('.') < 0) {
            return;
        }
        int from = 0;
        while (true) {
            int start = nextStart(chars, from);
            if (start < 0) {
                return;
            }
            int end = start;
            while (end < chars.length() && isUrlChar(chars.charAt(end))) {
                end++;
            }
            end = trimmed(chars, start, end);
            String url = chars.substring(start, end);
            if (url.length() > "https://".length() && url.indexOf('.') > 0) {
                out.add(new LinkRef(url, url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url));
            }
            from = Math.max(end, start + 1);
        }
    }

    private static int nextStart(String chars, int from) {
        int best = -1;
        for (String prefix : PREFIXES) {
            int at = chars.indexOf(prefix, from);
            // "www." inside a URL already found, or glued to a word, does not start another
            if (at >= 0 && prefix.equals("www.") && at > 0 && Character.isLetterOrDigit(chars.charAt(at - 1))) {
                at = -1;
            }
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }


    private static boolean isUrlChar(char c) {
        return c > ' ' && c < 127 && c != '<' && c != '>' && c != '"' && c != '\'' && c != '`';
    }

    private static int trimmed(String chars, int start, int end) {
        while (end > start) {
            char last = chars.charAt(end - 1);
            if (".,:;!?*_~".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(chars, start, end, '(') < count(chars, start, end, ')')) {
                end--;
            } else if (last == ']' && count(chars, start, end, '[') < count(chars, start, end, ']')) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static int count(String chars, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += chars.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
