package com.weeklygraphql.api.export;

import com.weeklygraphql.api.web.GzipEncoding;
import com.weeklygraphql.config.ApiProperties;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /export/{releases,questions,events}.csv}: every item matching the filters, written row by row
 * straight to the response as it is selected (no page limit, never the whole file in memory). The ETag names
 * the served commit and the request, so an unchanged archive answers {@code If-None-Match} with 304. Gzipped
 * as it is written for a client that reads gzip.
 */
@RestController
class CsvExportController {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final SnapshotHolder holder;
    private final String cacheControl;
    private final GzipEncoding gzipEncoding;

    CsvExportController(SnapshotHolder holder, ApiProperties properties, GzipEncoding gzipEncoding) {
        this.holder = holder;
        this.cacheControl = properties.cache().control();
        this.gzipEncoding = gzipEncoding;
    }

    @GetMapping("/export/releases.csv")
    void releases(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        export(ExportKind.RELEASES, parameters, request, response);
    }

    @GetMapping("/export/questions.csv")
    void questions(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        export(ExportKind.QUESTIONS, parameters, request, response);
    }

    @GetMapping("/export/events.csv")
    void events(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        export(ExportKind.EVENTS, parameters, request, response);
    }

    private <T> void export(ExportKind<T> kind, MultiValueMap<String, String> parameters, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ExportRequest asked = ExportRequest.of(parameters);
        // Held until the last row is written: a long download outlives a replaced snapshot's grace time.
        ContentSnapshot snapshot = holder.acquire().orElseThrow(NoContentYetException::new);
        try {
            write(kind, asked, snapshot, request, response);
        } finally {
            snapshot.release();
        }
    }

    private <T> void write(ExportKind<T> kind, ExportRequest asked, ContentSnapshot snapshot, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        boolean gzip = gzipEncoding.wanted(request);
        String etag = etag(snapshot.commit(), kind.fileName(), asked.canonical(), gzip);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind.fileName() + "\"");
        OutputStream out = response.getOutputStream();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            out = GzipEncoding.compressing(out);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (asked.bom()) {
            writer.write('\uFEFF');
        }
        try (CSVPrinter csv = new CSVPrinter(writer, FORMAT.builder().setHeader(kind.header().toArray(String[]::new)).get());
                Stream<T> rows = kind.selection().select(snapshot, asked.filter(), asked.order())) {
            for (T item : (Iterable<T>) rows::iterator) {
                csv.printRecord(kind.row().apply(item, snapshot));
            }
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad export parameters");
        return problem;
    }

    @ExceptionHandler(NoContentYetException.class)
    ProblemDetail noContentYet() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "no content has been loaded yet: try again once /actuator/health/readiness is UP");
    }

    // The gzipped and the plain download are two representations, so each has its own strong ETag.
    private static String etag(String commit, String kind, String parameters, boolean gzip) {
        String canonical = commit + '\n' + kind + '\n' + parameters + (gzip ? "\ngzip" : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Asked before the first snapshot is served. */
    private static final class NoContentYetException extends RuntimeException {
        NoContentYetException() {
            super(null, null, false, false);
        }
    }
}
