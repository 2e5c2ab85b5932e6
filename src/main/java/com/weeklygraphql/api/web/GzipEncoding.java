package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ApiProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.springframework.stereotype.Component;

/**
 * gzip for answers, when the client says it reads it: Chinese text in JSON or CSV shrinks two to four times, which
 * is what a phone on a slow network waits for. The service compresses itself rather than leave it to a proxy,
 * so that a kept answer is compressed once, not once per request. {@code api.cache.gzip=false} turns it off.
 */
@Component
public final class GzipEncoding {

    /** Smaller answers are sent as they are: gzip's own 18 bytes and a deflate block would eat most of the gain. */
    static final int MIN_BYTES = 1024;

    private final boolean enabled;

    GzipEncoding(ApiProperties properties) {
        this.enabled = properties.cache().gzip();
    }

    /** Whether the answer to this request is gzipped: gzip is on and the client reads it. */
    public boolean wanted(HttpServletRequest request) {
        return enabled && accepted(request);
    }

    /**
     * Whether the request's {@code Accept-Encoding} takes gzip (or any coding, {@code *}) with a weight above 0
     * (RFC 9110 §12.5.3), read by Tomcat's own parser; an explicit {@code gzip;q=0} wins over {@code *}.
     */
    static boolean accepted(HttpServletRequest request) {
        Double gzip = null;
        Double any = null;
        for (String header : Collections.list(request.getHeaders("Accept-Encoding"))) {
            List<AcceptEncoding> codings;
            try {
                codings = AcceptEncoding.parse(new StringReader(header));
            } catch (IOException e) {
                continue;
            }
            for (AcceptEncoding coding : codings) {
                String name = coding.getEncoding().toLowerCase(Locale.ROOT);
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    gzip = coding.getQuality();
                } else if (name.equals("*")) {
                    any = coding.getQuality();
                }
            }
        }
        Double weight = gzip != null ? gzip : any;
        return weight != null && weight > 0;
    }

    /** {@code body} gzipped, or null when it is too small for gzip to pay. Same bytes in, same bytes out. */
    static byte[] compressed(byte[] body) {
        if (body.length < MIN_BYTES) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (OutputStream gzip = compressing(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A stream that gzips what is written to it into {@code out}; closing it finishes the gzip stream. */
    public static OutputStream compressing(OutputStream out) throws IOException {
        return new FastGzipOutputStream(out);
    }

    // Deflate's fastest level: an answer is often gzipped while its client waits (a miss of the kept answers, a CSV
    // download). Measured on a page of 20 issues with HTML: see docs/benchmarks.md, "gzip".
    private static final class FastGzipOutputStream extends GZIPOutputStream {

        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
