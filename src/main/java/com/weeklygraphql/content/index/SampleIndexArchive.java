package com.weeklygraphql.content.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded sample's content index, built by the build as the sample's bundle is, and packed in the jar: a
 * first start with an empty data dir unpacks it beside the clone and serves the sample from it, instead of parsing
 * and indexing every issue while the service starts. It is trusted no more than any index on disk: its commit and
 * fingerprint are checked against the clone and this code, and a mismatch rebuilds it (SnapshotUpdater).
 */
public final class SampleIndexArchive {

    /** Where the build puts the packed index on the classpath. */
    public static final String RESOURCE = "sample-index.zip";

    private static final Logger log = LoggerFactory.getLogger(SampleIndexArchive.class);

    private SampleIndexArchive() {
    }

    /** Packs the files of the index at {@code indexDir} (a flat directory, as Lucene writes it) into {@code zip}. */
    public static void pack(Path indexDir, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                DirectoryStream<Path> files = Files.newDirectoryStream(indexDir)) {
            for (Path each : files) {
                if (Files.isRegularFile(each) && !each.getFileName().toString().equals("write.lock")) {
                    out.putNextEntry(new ZipEntry(each.getFileName().toString()));
                    Files.copy(each, out);
                    out.closeEntry();
                }
            }
        }
    }

    /**
     * Unpacks the packed sample index into {@code indexDir} when there is none there yet and the classpath has one
     * (not when the classes run straight from an IDE). Whole or not at all: it is unpacked beside, then moved in.
     *
     * @return whether an index was unpacked
     */
    public static boolean unpackIfAbsent(Path indexDir) {
        if (Files.exists(indexDir)) {
            return false;
        }
        Path partial = indexDir.resolveSibling(indexDir.getFileName() + ".partial");
        try (InputStream packed = SampleIndexArchive.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (packed == null) {
                return false;
            }
            FileSystemUtils.deleteRecursively(partial);
            Files.createDirectories(partial);
            try (ZipInputStream in = new ZipInputStream(packed)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (entry.isDirectory() || !partial.equals(target.getParent())) {
                        throw new IOException("unexpected entry " + entry.getName() + " in " + RESOURCE);
                    }
                    Files.copy(in, target);
                }
            }
            Files.move(partial, indexDir, StandardCopyOption.ATOMIC_MOVE);
            log.info("Unpacked the embedded sample's content index at {}", indexDir);
            return true;
        } catch (IOException | RuntimeException e) {
            // Nothing is lost: the sample is indexed from its clone instead, as without a packed index.
            log.warn("Cannot unpack the embedded sample's content index at {} ({}); indexing the sample instead", indexDir,
                    e.toString());
            try {
                FileSystemUtils.deleteRecursively(partial);
            } catch (IOException ignored) {
                // a leftover partial directory is removed by the next unpack
            }
            return false;
        }
    }
}
