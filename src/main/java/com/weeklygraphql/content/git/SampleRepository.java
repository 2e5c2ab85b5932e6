package com.weeklygraphql.content.git;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.transport.BundleWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The sample content shipped inside the service, as a git bundle that the service clones like any remote, so the
 * embedded default runs through the same clone-and-watch path as a real one. Its history grows the way the real
 * site's did: one commit per file in the order of the files' dates, dated like the file. The bundle is written
 * once, at build time ({@link #main}), into the jar; a first start only copies it to the data dir, instead of
 * committing file after file every time a data dir is new.
 */
public final class SampleRepository {

    /** Where the build puts the bundle on the classpath. */
    static final String BUNDLE_RESOURCE = "sample-content.bundle";

    private static final Logger log = LoggerFactory.getLogger(SampleRepository.class);
    private static final String ROOT = "sample-content/sofastack-weekly/";
    private static final PersonIdent BOT = new PersonIdent("Content Bot", "content@example.invalid");

    private SampleRepository() {
    }

    /** Writes the bundle of the sample on the classpath to the file given as the only argument: run by the build. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out);
        }
    }

    /**
     * The sample as a repository to clone: the bundle from the jar, copied to {@code dataDir} (made from the sample
     * files when the classpath has no bundle, as when the classes run straight from an IDE). Answers its path.
     */
    public static Path materialize(Path dataDir) {
        Path bundle = dataDir.resolve(BUNDLE_RESOURCE);
        try {
            Files.createDirectories(dataDir);
            Path partial = dataDir.resolve(BUNDLE_RESOURCE + ".partial");
            try (InputStream packaged = SampleRepository.class.getClassLoader().getResourceAsStream(BUNDLE_RESOURCE);
                    OutputStream out = Files.newOutputStream(partial)) {
                if (packaged != null) {
                    packaged.transferTo(out);
                } else {
                    write(out);
                    log.info("No bundled sample on the classpath: made one from the sample files");
                }
            }
            Files.move(partial, bundle, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bundle;
        } catch (IOException | RuntimeException e) {
            throw new GitSyncException(Reason.LOCAL_WRITE,
                    "cannot write the embedded sample under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    // Commits into a repository in memory, with no working tree, then writes the branch as a bundle. The commits
    // are a function of the files alone, so every build writes the same history.
    private static void write(OutputStream out) throws IOException {
        List<SampleFile> files = readSample();
        try (InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription("sample"));
                ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            List<DirCacheEntry> entries = new ArrayList<>();
            ObjectId parent = null;
            for (SampleFile file : files) {
                DirCacheEntry entry = new DirCacheEntry(file.path());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.content()));
                entries.add(entry);
                entries.sort(Comparator.comparing(DirCacheEntry::getPathString, SampleRepository::gitOrder));
                DirCacheBuilder builder = index.builder();
                entries.forEach(builder::add);
                builder.finish();
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(index.writeTree(inserter));
                PersonIdent dated = new PersonIdent(BOT, file.date(), ZoneOffset.ofHours(8));
                commit.setAuthor(dated);
                commit.setCommitter(dated);
                commit.setMessage("Add " + file.path() + "\n");
                if (parent != null) {
                    commit.setParentId(parent);
                }
                parent = inserter.insert(commit);
            }
            inserter.flush();
            RefUpdate main = repository.updateRef(Constants.R_HEADS + "main");
            main.setNewObjectId(parent);
            main.update();
            BundleWriter bundle = new BundleWriter(repository);
            bundle.include(Constants.R_HEADS + "main", parent);
            bundle.writeBundle(NullProgressMonitor.INSTANCE, out);
        }
    }

    private static int gitOrder(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SampleFile> readSample() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver(SampleRepository.class.getClassLoader())
                .getResources("classpath*:" + ROOT + "**/*");
        List<SampleFile> files = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.isReadable() || resource.getFilename() == null || resource.getFilename().isEmpty()) {
                continue;
            }
            String url = resource.getURL().toString();
            int at = url.lastIndexOf(ROOT);
            if (at < 0 || url.endsWith("/")) {
                continue;
            }
            String path = url.substring(at + ROOT.length());
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            files.add(new SampleFile(path, content, dateOf(content)));
        }
        // Markdown in date order, then the undated files (LICENSE, README) dated like the newest issue.
        Instant newest = files.stream().map(SampleFile::date).filter(d -> !d.equals(Instant.MAX))
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        files.replaceAll(f -> f.date().equals(Instant.MAX) ? new SampleFile(f.path(), f.content(), newest) : f);
        files.sort(Comparator.comparing(SampleFile::date).thenComparing(SampleFile::path));
        return files;
    }

    // Only the commit dates come from here; the parser reads front matter properly.
    private static Instant dateOf(byte[] content) {
        for (String line : new String(content, StandardCharsets.UTF_8).lines().limit(40).toList()) {
            if (line.startsWith("date:")) {
                String value = line.substring(5).strip().replace("\"", "");
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException e) {
                    break;
                }
            }
        }
        return Instant.MAX;
    }

    private record SampleFile(String path, byte[] content, Instant date) {
    }
}
