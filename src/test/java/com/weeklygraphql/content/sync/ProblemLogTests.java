package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import com.weeklygraphql.support.IndexedSnapshots;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProblemLogTests {

    private final ProblemLog log = new ProblemLog();

    @TempDir
    Path dir;

    @Test
    void aProblemIsLoggedOnceAcrossSnapshotsThatKeepIt(CapturedOutput output) {
        ContentProblem broken = new ContentProblem("content/a/index.md", 3, "front matter cannot be read");
        ContentProblem other = new ContentProblem("content/b/index.md", 0, "not UTF-8");
        ContentSnapshot first = snapshot("1", List.of(broken));
        ContentSnapshot second = snapshot("2", List.of(broken, other));

        log.published(null, new SnapshotChange(null, first, List.of(), List.of(), List.of()));
        log.published(first, new SnapshotChange("1", second, List.of(), List.of(), List.of()));

        assertThat(output.getOut().split("front matter cannot be read", -1)).hasSize(2);
        assertThat(output.getOut().split("not UTF-8", -1)).hasSize(2);
    }

    private ContentSnapshot snapshot(String commit, List<ContentProblem> problems) {
        return IndexedSnapshots.of(dir.resolve(commit), commit, List.of(), problems);
    }
}
