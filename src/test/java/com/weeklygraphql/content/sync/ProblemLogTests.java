package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProblemLogTests {

    private final ProblemLog log = new ProblemLog();

    @Test
    void aProblemIsLoggedOnceAcrossSnapshotsThatKeepIt(CapturedOutput output) {
        ContentProblem broken = new ContentProblem("content/a/index.md", 3, "front matter cannot be read");
        ContentProblem other = new ContentProblem("content/b/index.md", 0, "not UTF-8");
        ContentSnapshot first = snapshot("1", List.of(broken));
        ContentSnapshot second = snapshot("2", List.of(broken, other));

        log.published(null, first);
        log.published(first, second);

        assertThat(output.getOut().split("front matter cannot be read", -1)).hasSize(2);
        assertThat(output.getOut().split("not UTF-8", -1)).hasSize(2);
    }

    private static ContentSnapshot snapshot(String commit, List<ContentProblem> problems) {
        return new SnapshotBuilder(ProjectCatalogue.defaults()).problems(problems)
                .build(commit, "main", Instant.EPOCH, Instant.EPOCH);
    }
}
