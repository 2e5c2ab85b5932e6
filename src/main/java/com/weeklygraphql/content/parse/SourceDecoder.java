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

    /**
     * Larger files are not newsletter issues (the largest sample file is 35 KB; an inline base64 image can
     * add a few hundred); refusing them bounds the parser's memory and time: flexmark needs a few seconds
     * for 2 MB of tiny paragraphs.
     */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private SourceDecoder() {
    }

    /** The decoded text, without a leading byte-order mark. */
    static String decode(byte[] content) throws UnreadableContentException {
        if (content.length > MAX_BYTES) {
            throw new UnreadableContentException("file is larger than " + MAX_BYTES + " bytes");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableContentException("file contains NUL bytes: binary, not markdown");
            }
        }
        String text;
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
