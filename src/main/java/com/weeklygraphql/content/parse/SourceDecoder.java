package com.weeklygraphql.content.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing anything that is not clean UTF-8 text. A lenient decoder
 * would silently turn a GBK-encoded issue into replacement characters and serve garbage.
 */
final class SourceDecoder {

    private SourceDecoder() {
    }

    /** The decoded text, without a leading byte-order mark. */
    static String decode(byte[] content) throws UnreadableContentException {
        if (content.length > IssueParser.MAX_FILE_BYTES) {
            throw new UnreadableContentException("file is larger than " + IssueParser.MAX_FILE_BYTES + " bytes");
        }
        // The JDK's own decoding is several times faster than a CharsetDecoder; it only hides malformed input
        // behind U+FFFD, so the strict decoder runs when that character appears (rarely, and then it decides).
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableContentException("file contains NUL bytes: binary, not markdown");
        }
        if (text.indexOf('\uFFFD') < 0) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableContentException("file is not valid UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
