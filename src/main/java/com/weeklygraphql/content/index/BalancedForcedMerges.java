package com.weeklygraphql.content.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * The index's merge policy, but a forced merge into N segments makes N segments of nearly equal size: the
 * segments are dealt, biggest first, to whichever of N merges holds the fewest documents so far. A search
 * runs its segments side by side, one per processor, and waits for the slowest; the wrapped policy's forced
 * merge leaves them as they fall (679,075 and 451,959 documents at 100,000 issues), so one processor idled a
 * third of each search.
 */
final class BalancedForcedMerges extends FilterMergePolicy {

    BalancedForcedMerges(MergePolicy in) {
        super(in);
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
        Set<SegmentCommitInfo> merging = context.getMergingSegments();
        List<SegmentCommitInfo> eligible = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info) && !merging.contains(info)) {
                eligible.add(info);
            }
        }
        if (!merging.isEmpty()) {
            // other merges still running: the wrapped policy knows how to count them in
            return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        if (eligible.size() <= maxSegmentCount) {
            return null;
        }
        eligible.sort(Comparator.comparingInt((SegmentCommitInfo info) -> liveDocs(info, context)).reversed());
        List<List<SegmentCommitInfo>> groups = new ArrayList<>();
        long[] sizes = new long[maxSegmentCount];
        for (int i = 0; i < maxSegmentCount; i++) {
            groups.add(new ArrayList<>());
        }
        for (SegmentCommitInfo info : eligible) {
            int lightest = 0;
            for (int i = 1; i < maxSegmentCount; i++) {
                lightest = sizes[i] < sizes[lightest] ? i : lightest;
            }
            groups.get(lightest).add(info);
            sizes[lightest] += liveDocs(info, context);
        }
        MergeSpecification merges = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups) {
            if (group.size() > 1 || (group.size() == 1 && context.numDeletesToMerge(group.get(0)) > 0)) {
                merges.add(new OneMerge(group));
            }
        }
        return merges.merges.isEmpty() ? null : merges;
    }

    private static int liveDocs(SegmentCommitInfo info, MergeContext context) {
        try {
            return info.info.maxDoc() - context.numDeletesToMerge(info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
