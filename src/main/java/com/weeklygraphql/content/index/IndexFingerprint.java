package com.weeklygraphql.content.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the parse results in an index depend on besides the files themselves: the code that parsed and indexed
 * them, and the catalogue (and profile) it parsed with. An index whose fingerprint differs is rebuilt, never
 * reused: a new parser version or a changed catalogue invalidates every stored parse at once.
 *
 * <p>The code part is a hash of the compiled classes that build the index: the snapshot updater, through which
 * every write goes, and every class of this product its bytecode reaches (read from the constant pools), so no one
 * has to remember to bump a version number, and a change to the file reader, the history or the claims invalidates
 * stored parses as surely as a parser change. What only serves the index (the API, the sync loop, metrics, health)
 * is not reached, and the builder's reach stops at the code that only reads it ({@link #READERS}), so changing
 * either keeps a user's index.
 */
public final class IndexFingerprint {

    /** The class every write to the index goes through; what it reaches decides what an index holds. */
    static final String BUILDER = "com.weeklygraphql.content.sync.SnapshotUpdater";

    /**
     * Where the builder's reach crosses into code that only reads what a build wrote: the snapshot and the index
     * view it reads, and the queries of the text fields (ranked search, the exact text filter, snippets). What only
     * they reach (lists, filters, search, cursors) cannot make an index stale, so changing it keeps a user's index;
     * whatever writes one (documents, their fields and analysis, the index's sort, the codec) is reached from the
     * builder without them, and stays covered.
     */
    static final Set<String> READERS = Set.of(
            "com/weeklygraphql/content/snapshot/ContentSnapshot",
            "com/weeklygraphql/content/index/IndexView",
            "com/weeklygraphql/content/search/RankedQueryBuilder",
            "com/weeklygraphql/content/search/SubstringQuery",
            "com/weeklygraphql/content/search/Snippets");

    private static final String PRODUCT = "com/weeklygraphql/";

    private static volatile String codeVersion;

    private IndexFingerprint() {
    }

    /**
     * The fingerprint of an index built by this code with a catalogue.
     *
     * @param catalogueId names the catalogue's content exactly (a blob id, or a hash of a file's bytes)
     */
    public static String of(String catalogueId) {
        return codeVersion() + "+" + catalogueId;
    }

    /** A hash of the classes that decide what an index holds; computed once per process. */
    public static String codeVersion() {
        String version = codeVersion;
        if (version == null) {
            version = hashClasses();
            codeVersion = version;
        }
        return version;
    }

    /** A short hash of some bytes, to name a catalogue read from a file or the classpath. */
    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes), 0, 10);
    }

    private static String hashClasses() {
        MessageDigest digest = sha256();
        builderClasses().forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }

    /**
     * The product's classes the builder reaches, by internal name, each with its bytes: the builder, then every
     * class named in the constant pool of one already found. Only this code's own classpath root counts: tests in
     * the same packages (another root) build the same index, and must find the index the build packed
     * ({@link SampleIndexArchive}) as the jar does.
     */
    static SortedMap<String, byte[]> builderClasses() {
        ClassLoader loader = IndexFingerprint.class.getClassLoader();
        String ownRoot = ownRoot(loader);
        SortedMap<String, byte[]> found = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(BUILDER.replace('.', '/')));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (found.containsKey(name) || READERS.contains(name)) {
                continue;
            }
            URL url = loader.getResource(name + ".class");
            if (url == null || !url.toString().startsWith(ownRoot)) {
                continue;
            }
            byte[] bytes = read(url);
            found.put(name, bytes);
            for (String named : ConstantPoolClasses.of(bytes)) {
                if (named.startsWith(PRODUCT) && !found.containsKey(named)) {
                    pending.push(named);
                }
            }
        }
        return found;
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + " to fingerprint the index's code", e);
        }
    }

    // Where this class was loaded from (target/classes, or the jar's classes): the classpath root of the product.
    private static String ownRoot(ClassLoader loader) {
        String self = IndexFingerprint.class.getName().replace('.', '/') + ".class";
        String url = Objects.requireNonNull(loader.getResource(self)).toString();
        return url.substring(0, url.length() - self.length());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
