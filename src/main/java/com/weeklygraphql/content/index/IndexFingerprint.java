package com.weeklygraphql.content.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the parse results in an index depend on besides the files themselves: the code that parsed and indexed
 * them, and the catalogue (and profile) it parsed with. An index whose fingerprint differs is rebuilt, never
 * reused: a new parser version or a changed catalogue invalidates every stored parse at once.
 *
 * <p>The code part is a hash of the compiled classes of the packages that decide what is stored, so no one has
 * to remember to bump a version number when the parser changes.
 */
public final class IndexFingerprint {

    private static final String[] CODE = {
        "com/weeklygraphql/content/parse/**/*.class",
        "com/weeklygraphql/content/model/**/*.class",
        "com/weeklygraphql/content/project/**/*.class",
        "com/weeklygraphql/content/search/**/*.class",
        "com/weeklygraphql/content/index/**/*.class",
    };

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
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(IndexFingerprint.class.getClassLoader());
        String ownRoot = ownRoot();
        try {
            for (String pattern : CODE) {
                Resource[] classes = resolver.getResources("classpath*:" + pattern);
                Arrays.sort(classes, Comparator.comparing(IndexFingerprint::relativeName));
                for (Resource resource : classes) {
                    // This code's own classes only: tests in the same packages (another classpath root) build the
                    // same index, and must find the index the build packed (SampleIndexArchive) as the jar does.
                    if (!resource.getURL().toString().startsWith(ownRoot)) {
                        continue;
                    }
                    digest.update(relativeName(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parser's classes to fingerprint them", e);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }

    // Where this class was loaded from (target/classes, or the jar's classes): the classpath root of the product.
    private static String ownRoot() {
        String self = IndexFingerprint.class.getName().replace('.', '/') + ".class";
        String url = java.util.Objects.requireNonNull(IndexFingerprint.class.getClassLoader().getResource(self)).toString();
        return url.substring(0, url.length() - self.length());
    }

    // The same class has the same name in a jar and in target/classes.
    private static String relativeName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("com/weeklygraphql/");
            return at < 0 ? url : url.substring(at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
