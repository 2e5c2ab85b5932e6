package com.weeklygraphql.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.springframework.util.FileSystemUtils;

/**
 * A real content repository for tests: a bare "remote" in a temp dir, and a working clone that commits and
 * pushes to it. Commits are dated one day apart from 2024-01-01 so that history assertions are exact.
 */
public final class GitRemote implements AutoCloseable {

    public static final Instant FIRST_COMMIT_TIME = Instant.parse("2024-01-01T00:00:00Z");

    private final Path bare;
    private final String uri;
    private final Path work;
    private final Git git;
    private Instant nextTime = FIRST_COMMIT_TIME;

    private GitRemote(Path bare, Path work, Git git) {
        this.bare = bare;
        this.uri = bare.toUri().toString();
        this.work = work;
        this.git = git;
    }

    /** A bare remote at {@code dir/remote.git} with branch {@code main}, and a working clone at {@code dir/work}. */
    /** A remote whose main branch already holds the first {@code count} sample issues, pushed. */
    public static GitRemote withSampleIssues(Path dir, int count) {
        GitRemote remote = create(dir);
        remote.commit("First " + count + " issues", SampleIssues.first(count));
        remote.push();
        return remote;
    }

    public static GitRemote create(Path dir) {
        try {
            Path bare = dir.resolve("remote.git");
            initBare(bare);
            Path work = dir.resolve("work");
            Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
            git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
            return new GitRemote(bare, work, git);
        } catch (GitAPIException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The remote's URL, as {@code file://}. */
    public String uri() {
        return uri;
    }

    public Path bareDir() {
        return bare;
    }

    public Repository bareRepository() {
        try {
            return Git.open(bare.toFile()).getRepository();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time the next commit will carry. */
    public Instant nextCommitTime() {
        return nextTime;
    }

    public RevCommit commit(String path, String content) {
        return commit("Write " + path, Map.of(path, content.getBytes(StandardCharsets.UTF_8)));
    }

    public RevCommit commit(String path, byte[] content) {
        return commit("Write " + path, Map.of(path, content));
    }

    /** Writes the files, commits them as one commit (not pushed). */
    public RevCommit commit(String message, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = work.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                git.add().addFilepattern(file.getKey()).call();
            }
            return commitAll(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits a symbolic link at {@code path} pointing at {@code target}. */
    public RevCommit commitSymlink(String path, String target) {
        try {
            Path link = work.resolve(path);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
            git.add().addFilepattern(path).call();
            return commitAll("Link " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public RevCommit delete(String path) {
        try {
            git.rm().addFilepattern(path).call();
            return commitAll("Remove " + path);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pushes {@code main} (fast-forward only). */
    public GitRemote push() {
        return push(false);
    }

    /** Pushes {@code main}, replacing the remote's history: a force-push. */
    public GitRemote forcePush() {
        return push(true);
    }

    private GitRemote push(boolean force) {
        try {
            git.push().setRemote("origin").setRefSpecs(new RefSpec((force ? "+" : "") + "refs/heads/main:refs/heads/main"))
                    .call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the working branch back to {@code commit}, dropping the commits after it (to rewrite history). */
    public void resetTo(RevCommit commit) {
        try {
            git.reset().setMode(ResetType.HARD).setRef(commit.name()).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a branch on the remote. */
    public void deleteRemoteBranch(String branch) {
        try (Repository remote = bareRepository()) {
            RefUpdate update = remote.updateRef("refs/heads/" + branch);
            update.setForceUpdate(true);
            RefUpdate.Result result = update.delete();
            if (result != RefUpdate.Result.FORCED) {
                throw new IllegalStateException("could not delete " + branch + ": " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the remote's directory away, as if the remote were deleted or unreachable; answers where it went. */
    public Path takeDown() {
        Path aside = bare.resolveSibling("remote.git.away");
        try {
            Files.move(bare, aside);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Undoes {@link #takeDown}. */
    public void bringBack() {
        try {
            Files.move(bare.resolveSibling("remote.git.away"), bare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the remote for good. */
    public void destroy() {
        try {
            FileSystemUtils.deleteRecursively(bare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes an empty remote where the deleted one was (push to fill it). */
    public void recreateEmpty() {
        try {
            initBare(bare);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    // A push makes JGit's receiving side start an automatic gc on a background thread, which then writes into
    // the temp dir while JUnit deletes it: the remote under test never packs by itself.
    private static void initBare(Path bare) throws GitAPIException {
        try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
            org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
            config.setInt("gc", null, "auto", 0);
            config.setInt("gc", null, "autoPackLimit", 0);
            config.save();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths of the working clone's files at its current commit. */
    public java.util.SortedSet<String> files() {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        try (org.eclipse.jgit.treewalk.TreeWalk tree = new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
            tree.addTree(head().getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** The content of a file of the working clone. */
    public byte[] read(String path) {
        try {
            return Files.readAllBytes(work.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The working clone's current commit. */
    public RevCommit head() {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
            return walk.parseCommit(git.getRepository().resolve("HEAD"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RevCommit commitAll(String message) throws GitAPIException {
        PersonIdent ident = new PersonIdent(new PersonIdent("Editor", "editor@example.invalid"), nextTime, ZoneOffset.ofHours(8));
        nextTime = nextTime.plusSeconds(86_400);
        return git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setAllowEmpty(true).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
