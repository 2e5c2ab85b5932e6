package com.weeklygraphql.content.git;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The sample content shipped inside the service, made into a local Git repository at first start so that
 * the embedded default runs through the same clone-and-watch path as a real remote. Its history grows the way
 * the real site's did: one commit per file in the order of the files' dates, dated like the file.
 */
public final class SampleRepository {

    private static final Logger log = LoggerFactory.getLogger(SampleRepository.class);
    private static final String ROOT = "sample-content/sofastack-weekly/";
    private static final PersonIdent BOT = new PersonIdent("Content Bot", "content@example.invalid");

    private SampleRepository() {
    }

    /** Makes the sample repository at {@code target} unless a complete one is there already; answers its path. */
    public static Path materialize(Path target) {
        Path marker = target.resolve(".git").resolve("sample-complete");
        if (Files.exists(marker)) {
            return target;
        }
        try {
            if (Files.exists(target)) {
                FileSystemUtils.deleteRecursively(target);
            }
            Files.createDirectories(target);
            List<SampleFile> files = readSample();
            try (Git git = Git.init().setDirectory(target.toFile()).setInitialBranch("main").call()) {
                for (SampleFile file : files) {
                    Path destination = target.resolve(file.path());
                    Files.createDirectories(destination.getParent());
                    Files.write(destination, file.content());
                    git.add().addFilepattern(file.path()).call();
                    PersonIdent dated = new PersonIdent(BOT, file.date(), ZoneOffset.ofHours(8));
                    git.commit().setAuthor(dated).setCommitter(dated).setMessage("Add " + file.path()).call();
                }
            }
            Files.writeString(marker, "sample written by Weekly GraphQL\n");
            log.info("Made the embedded sample into a git repository at {} ({} files)", target, files.size());
            return target;
        } catch (IOException | GitAPIException e) {
            throw new GitSyncException(Reason.LOCAL_WRITE,
                    "cannot write the embedded sample repository under " + target + ": " + e.getMessage(), e);
        }
    }

    private static List<SampleFile> readSample() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*");
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
