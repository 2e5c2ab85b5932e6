package com.weeklygraphql.content.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which code an index's fingerprint covers: what builds the index, and nothing that only serves it. */
class IndexFingerprintTests {

    @Test
    void coversEveryClassThatDecidesWhatTheIndexHolds() {
        assertThat(IndexFingerprint.builderClasses()).containsKeys(
                "com/weeklygraphql/content/sync/SnapshotUpdater",
                // which files are read, what a file that cannot be read keeps, the dates, the catalogue in use
                "com/weeklygraphql/content/sync/FileReader",
                "com/weeklygraphql/content/sync/FileHistory",
                "com/weeklygraphql/content/sync/ParseSettingsReader",
                "com/weeklygraphql/content/git/CommitReader",
                "com/weeklygraphql/content/parse/IssueParser",
                "com/weeklygraphql/content/parse/ReleaseExtractor",
                "com/weeklygraphql/content/model/Issue",
                "com/weeklygraphql/content/index/ItemDocuments",
                "com/weeklygraphql/content/index/ContentIndex",
                "com/weeklygraphql/content/index/IssueCodec",
                // the index's sort, written at every flush
                "com/weeklygraphql/content/index/ItemOrder",
                "com/weeklygraphql/content/index/GitPathOrder",
                "com/weeklygraphql/content/search/SearchFields",
                "com/weeklygraphql/content/search/TextAnalysis",
                "com/weeklygraphql/content/search/LatinFolding");
    }

    @Test
    void leavesOutTheCodeThatOnlyReadsTheIndex() {
        assertThat(IndexFingerprint.builderClasses().keySet()).doesNotContain(
                "com/weeklygraphql/content/snapshot/ContentSnapshot",
                "com/weeklygraphql/content/snapshot/ItemList",
                "com/weeklygraphql/content/snapshot/SearchResults",
                "com/weeklygraphql/content/snapshot/FilterQueries",
                "com/weeklygraphql/content/index/ItemQueries",
                "com/weeklygraphql/content/index/IndexView",
                "com/weeklygraphql/content/index/BestMatches",
                "com/weeklygraphql/content/search/RankedQueryBuilder",
                "com/weeklygraphql/content/search/SubstringQuery",
                "com/weeklygraphql/content/search/Snippets");
    }

    @Test
    void leavesOutWhatOnlyServesTheIndex() {
        Set<String> covered = IndexFingerprint.builderClasses().keySet();

        assertThat(covered).doesNotContain(
                "com/weeklygraphql/content/sync/ContentSync",
                "com/weeklygraphql/content/sync/ContentMetrics",
                "com/weeklygraphql/content/sync/ContentHealthIndicator",
                "com/weeklygraphql/config/ContentConfiguration",
                "com/weeklygraphql/WeeklyGraphqlApplication");
        assertThat(covered).noneMatch(name -> name.startsWith("com/weeklygraphql/api/"));
    }

    @Test
    void coversThisCodesOwnClassesOnlyNotTheTestsInTheSamePackages() {
        assertThat(IndexFingerprint.builderClasses().keySet())
                .doesNotContain(IndexFingerprintTests.class.getName().replace('.', '/'))
                .noneMatch(name -> name.endsWith("Tests"));
    }

    @Test
    void aClassNamesWhatItConstructsCallsAndWhatItsCallsTakeAndReturn() throws IOException {
        Set<String> named = ConstantPoolClasses.of(bytesOf(Caller.class));

        assertThat(named).contains(internal(Made.class), internal(Called.class), internal(Argument.class),
                internal(Result.class));
        assertThat(named).doesNotContain(internal(Unused.class));
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(internal(type) + ".class")) {
            return in.readAllBytes();
        }
    }

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    static final class Made {
    }

    static final class Argument {
    }

    static final class Result {
    }

    static final class Unused {
    }

    static final class Called {
        static Result go(Argument[] arguments) {
            return null;
        }
    }

    static final class Caller {
        void run() {
            new Made();
            // the result is dropped: Result is named only by the call's descriptor
            Called.go(null);
        }
    }
}
