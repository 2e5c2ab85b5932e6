package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each content problem once, when the snapshot that first has it is published: an editor sees what
 * broke in their commit, and the log does not repeat the whole list at every sync.
 */
public final class ProblemLog implements SnapshotListener {

    private static final Logger log = LoggerFactory.getLogger(ProblemLog.class);

    @Override
    public void published(ContentSnapshot previous, SnapshotChange change) {
        ContentSnapshot current = change.current();
        Set<ContentProblem> known = previous == null ? Set.of() : new HashSet<>(previous.problems());
        List<ContentProblem> fresh = current.problems().stream().filter(problem -> !known.contains(problem)).toList();
        for (ContentProblem problem : fresh) {
            log.warn("Content problem in {} line {}: {}", problem.path(), problem.line(), problem.message());
        }
    }
}
