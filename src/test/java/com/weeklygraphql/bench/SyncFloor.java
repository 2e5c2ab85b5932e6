package com.weeklygraphql.bench;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.util.FileSystemUtils;

/**
 * The floor under a full sync (issue 10 item 5): what any design that clones the content repository and parses
 * every issue must spend before it can serve, with nothing else in the process (no Spring, no index, no history).
 * Fetches every branch of the given remote into a new bare repository with JGit, as the service does, then reads
 * the head's tree, then reads and parses every {@code .md} blob with one parser shared by N threads (each with its
 * own object reader), as the snapshot builder does, and prints each phase's wall time. Not a test: run by {@code bench/sync-floor.sh}.
 *
 * <p>Arguments: the remote (a path or a URL), the branch (default {@code main}), the thread count (default: one
 * per core).
 */
public final class SyncFloor {

    private SyncFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SyncFloor REMOTE [BRANCH] [THREADS]");
        }
        String remote = args[0];
        String branch = args.length > 1 ? args[1] : "main";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path gitDir = Files.createTempDirectory("sync-floor-").resolve("repository.git");

        long start = System.nanoTime();
        try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build()) {
            repository.create(true);
            try (Git git = new Git(repository)) {
                git.fetch().setRemote(remote).setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*")).call();
            }
            long fetched = System.nanoTime();
            ObjectId head = repository.resolve("refs/remotes/origin/" + branch + "^{tree}");
            if (head == null) {
                throw new IllegalArgumentException("the remote has no branch " + branch);
            }
            List<String> paths = new ArrayList<>();
            List<ObjectId> blobs = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(head);
                walk.setRecursive(true);
                while (walk.next()) {
                    if (walk.getPathString().endsWith(".md")) {
                        paths.add(walk.getPathString());
                        blobs.add(walk.getObjectId(0));
                    }
                }
            }
            long listed = System.nanoTime();
            int issues = readAndParse(repository, paths, blobs, threads);
            long parsed = System.nanoTime();
            System.out.printf("fetch %d ms, list %d files %d ms, read and parse them on %d threads %d ms (%d issues),"
                            + " floor %d ms%n", millis(start, fetched), paths.size(), millis(fetched, listed), threads,
                    millis(listed, parsed), issues, millis(start, parsed));
        } finally {
            FileSystemUtils.deleteRecursively(gitDir.getParent());
        }
    }

    private static int readAndParse(Repository repository, List<String> paths, List<ObjectId> blobs, int threads)
            throws Exception {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger issues = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (ObjectReader reader = repository.newObjectReader()) {
                        for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                            byte[] content = reader.open(blobs.get(i)).getCachedBytes(IssueParser.MAX_FILE_BYTES);
                            ParsedFile file = parser.parse(paths.get(i), content);
                            if (file.isIssue()) {
                                issues.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return issues.get();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
