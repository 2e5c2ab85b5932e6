package com.weeklygraphql.bench;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.MarkdownBody;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Writes a synthetic SOFA Weekly archive of N issues into a new bare git repository, for benchmarks at sizes
 * the real archive never reaches (10,000 and 100,000 issues).
 *
 * <p>Every synthetic issue is assembled from the real corpus, section by section: a real issue is drawn as the
 * skeleton (its intro, its order of sections, its front-matter keys), and each of its question, release, event,
 * reading, contributor and newbie-task sections is replaced by the same kind of section drawn from any real
 * issue, then varied: release versions follow a per-project sequence, event dates move next to the new issue
 * date (Chinese and ISO forms), askers are renamed. Because skeletons and sections are drawn uniformly from the
 * real issues, the expected counts of threads, releases and events per issue, and the bytes per issue, are
 * those of the corpus; the program checks this by parsing a sample of its output with the service's own parser
 * and printing both. Ordinary blog posts are mixed in at the corpus' ratio, as in the real repository.
 *
 * <p>Issues are spread evenly over 2010-01-01 … 2026-12-31 (+08:00) by default, so a bigger archive is denser,
 * as a growing site is ({@code --from}/{@code --to} choose the span; {@code --per-week N} restores the old layout,
 * N a week from 2019-07-05); slugs are unique ({@code ArchiveCalendar}), and the files are committed in batches
 * (1,000 per commit by default) through one pack inserter, each commit dated like its newest issue; the repository
 * is then repacked by {@code git gc} when git is installed, so a clone reuses deltas.
 *
 * <p>Run (see bench/README.md): {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * com.weeklygraphql.bench.SyntheticArchive OUT_DIR COUNT [--batch 1000] [--seed 42] [--from 2010-01-01]
 * [--to 2026-12-31] [--per-week N] [--corpus DIR]}.
 */
public final class SyntheticArchive {

    private static final String DEFAULT_CORPUS = "src/main/resources/sample-content/sofastack-weekly";
    private static final Pattern ISSUE_MARK = Pattern.compile("(?i)sofa\\s*weekly");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*].{0,60}?)\\*\\*\\s*[：:]?\\s*$");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])v?\\d+(?:\\.\\d+)+(?:[._-]?(?:bugfix|beta|alpha|rc|Alpha|Beta|RC|GA|release)_?\\d*)?v?(?![\\w.])");
    private static final Pattern CN_DATE = Pattern.compile("(\\d{1,2})(\\s*)月(\\s*)(\\d{1,2})(\\s*)日");
    private static final Pattern CN_YEAR = Pattern.compile("(20\\d\\d)(\\s*)年");
    private static final Pattern ISO_DATE = Pattern.compile("\\b20\\d\\d-\\d\\d-\\d\\d\\b");
    private static final Pattern ASKER = Pattern.compile("@([^\\s*#@：:，,）)]{1,20})");

    /** What a section holds, by what its heading says (docs/content-model.md, "Sections and what they hold"). */
    enum Kind {
        INTRO, QUESTION, GITHUB_ISSUE, RELEASE, EVENT, READING, CONTRIBUTOR, NEWBIE, OTHER;

        boolean replaceable() {
            return this != INTRO && this != OTHER;
        }
    }

    record Chunk(Kind kind, String text) {
    }

    record RealFile(String path, String frontMatter, List<Chunk> chunks, boolean issue, String title) {
    }

    private final Random random;
    private final List<RealFile> issues = new ArrayList<>();
    private final List<RealFile> posts = new ArrayList<>();
    private final Map<Kind, List<String>> pool = new EnumMap<>(Kind.class);
    private final List<String> titleFragments = new ArrayList<>();
    private final List<String> askers = new ArrayList<>();
    private final List<String[]> projectSpellings = new ArrayList<>(); // [written, canonical], longest first
    private final Map<String, int[]> versions = new HashMap<>();

    SyntheticArchive(Path corpus, long seed) throws IOException {
        this.random = new Random(seed);
        for (Project project : ProjectCatalogue.defaults().projects()) {
            projectSpellings.add(new String[] {project.name(), project.name()});
            for (String alias : project.aliases()) {
                projectSpellings.add(new String[] {alias, project.name()});
            }
        }
        projectSpellings.sort(Comparator.comparingInt((String[] s) -> -s[0].length()));
        readCorpus(corpus);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticArchive OUT_DIR COUNT [--batch 1000] [--seed 42] [--from 2010-01-01]"
                    + " [--to 2026-12-31] [--per-week N] [--corpus DIR]");
            System.exit(2);
        }
        Path out = Paths.get(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1].replace("_", ""));
        int batch = 1000;
        long seed = 42;
        int perWeek = 0;
        LocalDate from = ArchiveCalendar.DEFAULT_FROM;
        LocalDate to = ArchiveCalendar.DEFAULT_TO;
        Path corpus = Paths.get(DEFAULT_CORPUS);
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--per-week" -> perWeek = Integer.parseInt(args[i + 1]);
                case "--from" -> from = LocalDate.parse(args[i + 1]);
                case "--to" -> to = LocalDate.parse(args[i + 1]);
                case "--corpus" -> corpus = Paths.get(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (Files.exists(out)) {
            System.err.println("SyntheticArchive: " + out + " exists");
            System.exit(2);
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SyntheticArchive archive = new SyntheticArchive(corpus, seed);
        ArchiveCalendar calendar = perWeek > 0 ? ArchiveCalendar.weekly(count, perWeek)
                : ArchiveCalendar.spread(count, from, to);
        archive.write(out, count, batch, calendar);
    }

    // ---- reading the corpus ----

    private void readCorpus(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                continue;
            }
            int end = text.indexOf("\n---\n", 4);
            if (end < 0) {
                continue;
            }
            String frontMatter = text.substring(4, end + 1);
            String body = text.substring(end + 5);
            String title = field(frontMatter, "title");
            String categories = field(frontMatter, "categories");
            boolean issue = ISSUE_MARK.matcher(title == null ? "" : title).find()
                    || ISSUE_MARK.matcher(categories == null ? "" : categories).find();
            String path = corpus.relativize(file).toString().replace(File.separatorChar, '/');
            RealFile real = new RealFile(path, frontMatter, issue ? split(body) : List.of(new Chunk(Kind.OTHER, body)),
                    issue, title);
            (issue ? issues : posts).add(real);
            if (issue) {
                collect(real);
            }
        }
        if (issues.isEmpty()) {
            throw new IllegalStateException("no SOFA Weekly issue under " + corpus);
        }
    }

    private void collect(RealFile real) {
        for (Chunk chunk : real.chunks()) {
            if (chunk.kind().replaceable()) {
                pool.computeIfAbsent(chunk.kind(), k -> new ArrayList<>()).add(chunk.text());
            }
            if (chunk.kind() == Kind.QUESTION) {
                Matcher m = ASKER.matcher(chunk.text());
                while (m.find()) {
                    askers.add(m.group(1));
                }
            }
        }
        String title = real.title() == null ? "" : real.title();
        int bar = Math.max(title.lastIndexOf('|'), title.lastIndexOf('｜'));
        for (String fragment : title.substring(bar + 1).split("[、，,]")) {
            String f = fragment.strip();
            if (f.length() >= 2) {
                titleFragments.add(f);
            }
        }
    }

    /** Splits a body into sections at headings and at bold-only lines that name a section kind. */
    static List<Chunk> split(String body) {
        List<Chunk> chunks = new ArrayList<>();
        Kind kind = Kind.INTRO;
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            Kind next = sectionStart(line);
            if (next != null && (current.length() > 0 || kind != Kind.INTRO)) {
                chunks.add(new Chunk(kind, current.toString()));
                current.setLength(0);
                kind = next;
            } else if (next != null) {
                kind = next;
            }
            current.append(line).append('\n');
        }
        if (current.length() > 0) {
            // The split added one newline too many at the very end.
            current.setLength(current.length() - 1);
            chunks.add(new Chunk(kind, current.toString()));
        }
        return chunks;
    }

    private static Kind sectionStart(String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            Kind kind = classify(heading.group(1));
            return kind == null ? Kind.OTHER : kind;
        }
        Matcher bold = BOLD_LINE.matcher(line.strip());
        if (bold.matches()) {
            String text = bold.group(1);
            // "**发布 MOSN v1.1.0 版本，主要变更如下：**" is an announcement inside a release section, not a heading.
            if (text.contains("发布") && VERSION.matcher(text).find()) {
                return null;
            }
            return classify(text);
        }
        return null;
    }

    private static Kind classify(String heading) {
        String h = heading.replace("*", "").strip();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.contains("weekly") || h.contains("每周精选") || h.contains("欢迎扫码")) {
            return Kind.INTRO;
        }
        if (lower.contains("issue 精选") || lower.contains("issue精选") || lower.contains("回复 issue")) {
            return Kind.GITHUB_ISSUE;
        }
        if (h.contains("问答") || lower.contains("qa 整理") || lower.contains("qa整理")) {
            return Kind.QUESTION;
        }
        if (h.contains("新手任务")) {
            return Kind.NEWBIE;
        }
        if (lower.contains("contributor") || h.contains("贡献")) {
            return Kind.CONTRIBUTOR;
        }
        if (h.contains("项目进展") || h.contains("本周发布") || h.contains("版本发布") || h.contains("发布详情")) {
            return Kind.RELEASE;
        }
        if (h.contains("阅读") || h.contains("合辑") || h.contains("特辑") || h.contains("开源系列")) {
            return Kind.READING;
        }
        if (h.contains("活动") || h.contains("直播") || h.contains("会议") || lower.contains("meetup")
                || h.contains("大会") || h.contains("开源之夏") || h.contains("报名")) {
            return Kind.EVENT;
        }
        return null;
    }

    private static String field(String frontMatter, String key) {
        String value = null;
        for (String line : frontMatter.split("\n")) {
            if (line.startsWith(key + ":")) {
                value = unquote(line.substring(key.length() + 1).strip()); // a repeated key: the later wins
            }
        }
        return value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    // ---- writing synthetic issues ----

    String issue(OffsetDateTime date) {
        RealFile skeleton = issues.get(random.nextInt(issues.size()));
        StringBuilder body = new StringBuilder();
        for (Chunk chunk : skeleton.chunks()) {
            if (!chunk.kind().replaceable()) {
                body.append(chunk.text());
                continue;
            }
            List<String> candidates = pool.get(chunk.kind());
            String text = candidates.get(random.nextInt(candidates.size()));
            body.append(vary(chunk.kind(), text, date));
        }
        return "---\n" + frontMatter(skeleton, date) + "---\n" + body;
    }

    private String frontMatter(RealFile skeleton, OffsetDateTime date) {
        String oldTitle = skeleton.title() == null ? "SOFA Weekly | " : skeleton.title();
        int bar = Math.max(oldTitle.lastIndexOf('|'), oldTitle.lastIndexOf('｜'));
        String prefix = bar >= 0 ? oldTitle.substring(0, bar + 1) + " " : "SOFA Weekly | ";
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        int wanted = 2 + random.nextInt(3);
        while (parts.size() < wanted) {
            parts.add(titleFragments.get(random.nextInt(titleFragments.size())));
        }
        String title = (prefix + String.join("、", parts)).replace("  ", " ");
        StringBuilder out = new StringBuilder();
        for (String line : skeleton.frontMatter().split("\n")) {
            if (line.startsWith("title:")) {
                out.append("title: ").append(quote(title)).append('\n');
            } else if (line.startsWith("date:")) {
                out.append("date: ").append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
            } else if (line.startsWith("description:") && oldTitle.equals(field(skeleton.frontMatter(), "description"))) {
                out.append("description: ").append(quote(title)).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String vary(Kind kind, String text, OffsetDateTime date) {
        return switch (kind) {
            case RELEASE -> newVersions(text);
            case EVENT -> moveDates(text, date.toLocalDate().plusDays(1 + random.nextInt(10)));
            case QUESTION -> renameAskers(text);
            default -> text;
        };
    }

    /** Announcement lines get the next versions of their project, so each project's releases keep increasing. */
    private String newVersions(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (line.contains("发布") && line.length() < 160 && !line.contains("http")) {
                String project = projectIn(line);
                Matcher m = VERSION.matcher(line);
                StringBuilder replaced = new StringBuilder();
                while (m.find()) {
                    String written = m.group();
                    String next = nextVersion(project);
                    m.appendReplacement(replaced, Matcher.quoteReplacement(written.startsWith("v") ? "v" + next : next));
                }
                m.appendTail(replaced);
                line = replaced.toString();
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private String projectIn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String[] spelling : projectSpellings) {
            if (lower.contains(spelling[0].toLowerCase(Locale.ROOT))) {
                return spelling[1];
            }
        }
        return "?";
    }

    private String nextVersion(String project) {
        int[] v = versions.computeIfAbsent(project, p -> new int[] {1, random.nextInt(5), 0});
        v[2]++;
        if (v[2] > 3 + random.nextInt(6)) {
            v[2] = 0;
            v[1]++;
        }
        if (v[1] > 9) {
            v[1] = 0;
            v[0]++;
        }
        return v[0] + "." + v[1] + "." + v[2];
    }

    /** Chinese dates (月/日, 年) and ISO dates move next to the new issue, keeping their spacing. */
    private static String moveDates(String text, LocalDate when) {
        Matcher m = CN_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = when.getMonthValue() + m.group(2) + "月" + m.group(3) + when.getDayOfMonth() + m.group(5) + "日";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String moved = CN_YEAR.matcher(out).replaceAll(r -> when.getYear() + r.group(2) + "年");
        return ISO_DATE.matcher(moved).replaceAll(when.toString());
    }

    private String renameAskers(String text) {
        if (askers.isEmpty()) {
            return text;
        }
        Matcher m = ASKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("@" + askers.get(random.nextInt(askers.size()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String post(RealFile real, OffsetDateTime date) {
        StringBuilder out = new StringBuilder("---\n");
        for (String line : real.frontMatter().split("\n")) {
            out.append(line.startsWith("date:") ? "date: " + date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : line)
                    .append('\n');
        }
        return out.append("---\n").append(real.chunks().get(0).text()).toString();
    }

    // ---- the repository ----

    void write(Path out, int count, int batch, ArchiveCalendar calendar) throws IOException, InterruptedException {
        long started = System.nanoTime();
        double postRatio = (double) posts.size() / issues.size();
        Map<String, ObjectId> tree = new TreeMap<>();
        long issueBytes = 0;
        long postBytes = 0;
        int postCount = 0;
        int commits = 0;
        List<String[]> sampled = new ArrayList<>(); // [path, text] of generated issues, for the check
        int sampleEvery = Math.max(1, count / 2000);
        try (Repository repo = FileRepositoryBuilder.create(out.toFile())) {
            repo.create(true);
            repo.getConfig().setString("core", null, "bare", "true");
            repo.getConfig().save();
            RefUpdate head = repo.getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link("refs/heads/main");
            ObjectId parent = null;
            try (PackInserter inserter = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter()) {
                inserter.checkExisting(false);
                int inBatch = 0;
                OffsetDateTime newest = calendar.date(0);
                for (int i = 0; i < count; i++) {
                    OffsetDateTime date = calendar.date(i);
                    String slug = calendar.nextSlug(date);
                    String text = issue(date);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    issueBytes += bytes.length;
                    String path = "content/zh/blog/" + slug + "/index.md";
                    tree.put(path, inserter.insert(Constants.OBJ_BLOB, bytes));
                    if (i % sampleEvery == 0) {
                        sampled.add(new String[] {path, text});
                    }
                    if (!posts.isEmpty() && random.nextDouble() < postRatio) {
                        RealFile real = posts.get(random.nextInt(posts.size()));
                        String folder = real.path().substring(0, real.path().lastIndexOf('/'));
                        byte[] post = post(real, date.minusDays(2)).getBytes(StandardCharsets.UTF_8);
                        postBytes += post.length;
                        postCount++;
                        tree.put(folder + "-" + i + "/index.md", inserter.insert(Constants.OBJ_BLOB, post));
                    }
                    newest = date;
                    if (++inBatch == batch || i == count - 1) {
                        parent = commit(inserter, tree, parent, newest, "Add " + inBatch + " issues up to " + slug);
                        commits++;
                        inBatch = 0;
                        if (commits % 10 == 0) {
                            System.out.printf("  %d issues, %d commits, %.1f s%n", i + 1, commits, (System.nanoTime() - started) / 1e9);
                        }
                    }
                }
                inserter.flush();
            }
            RefUpdate main = repo.updateRef("refs/heads/main");
            main.setNewObjectId(parent);
            main.setForceUpdate(true);
            main.update();
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        boolean packed = repack(out);
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d issues + %d ordinary posts in %d commits (batch %d), written in %.1f s%s%n",
                out, count, postCount, commits, batch, writeSeconds,
                packed ? String.format(", repacked by git gc, %.1f s in all", totalSeconds) : " (git not found: not repacked)");
        System.out.printf(Locale.ROOT, "issues dated %s … %s (%.1f a day)%n", calendar.date(0), calendar.date(count - 1),
                count / Math.max(1.0, Duration.between(calendar.date(0), calendar.date(count - 1)).toHours() / 24.0));
        System.out.printf("markdown bytes: issues %d (%.0f per issue), posts %d, all %d; repository on disk %d bytes%n",
                issueBytes, (double) issueBytes / count, postBytes, issueBytes + postBytes, du(out));
        check(sampled);
    }

    private static ObjectId commit(PackInserter inserter, Map<String, ObjectId> files, ObjectId parent,
            OffsetDateTime when, String message) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(file.getValue());
            builder.add(entry);
        }
        builder.finish();
        ObjectId treeId = index.writeTree(inserter);
        PersonIdent bot = new PersonIdent("Content Bot", "content@example.invalid", when.toInstant(), when.getOffset());
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(treeId);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(bot);
        commit.setCommitter(bot);
        commit.setMessage(message + "\n");
        return inserter.insert(commit);
    }

    /** One git gc: deltas between the growing trees and between similar issues, so clones stay small. */
    private static boolean repack(Path out) throws InterruptedException {
        try {
            Process gc = new ProcessBuilder("git", "-C", out.toString(), "gc", "--quiet").inheritIO().start();
            return gc.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static long du(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    // ---- the check: the service's parser on the corpus and on a sample of the output ----

    private void check(List<String[]> sampled) throws IOException {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        Stats real = new Stats();
        for (RealFile file : issues) {
            StringBuilder text = new StringBuilder("---\n").append(file.frontMatter()).append("---\n");
            file.chunks().forEach(c -> text.append(c.text()));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            real.add(parser.parse(file.path(), bytes), bytes);
        }
        Stats synthetic = new Stats();
        long parseStarted = System.nanoTime();
        long parsedBytes = 0;
        for (String[] file : sampled) {
            byte[] bytes = file[1].getBytes(StandardCharsets.UTF_8);
            parsedBytes += bytes.length;
            synthetic.add(parser.parse(file[0], bytes), bytes);
        }
        double parseMillis = (System.nanoTime() - parseStarted) / 1e6;
        Markers realMarkers = new Markers();
        for (RealFile file : issues) {
            realMarkers.add(file.chunks());
        }
        Markers syntheticMarkers = new Markers();
        for (String[] file : sampled) {
            syntheticMarkers.add(split(file[1].substring(file[1].indexOf("\n---\n") + 5)));
        }
        System.out.println("per issue, counted from section markers (threads, announced versions, dated lines, links):");
        System.out.printf("  %-22s %8s %9s %9s %9s %9s %9s%n", "", "issues", "questions", "gh-issues", "releases", "events", "readings");
        realMarkers.print("real corpus");
        syntheticMarkers.print("synthetic (sample)");
        System.out.println("per issue, as the service's parser reads them:");
        System.out.printf("  %-22s %8s %10s %9s %7s %9s %9s %9s%n", "", "issues", "bytes", "questions", "releases", "events", "readings", "problems");
        real.print("real corpus");
        synthetic.print("synthetic (sample)");
        System.out.printf(Locale.ROOT, "parse time, one thread, after the corpus as warm-up: %d synthetic issues in %.0f ms"
                + " (%.2f ms per issue, %.1f MB/s)%n", sampled.size(), parseMillis, parseMillis / sampled.size(),
                parsedBytes / 1e6 / (parseMillis / 1e3));
    }

    /** Counts what the sections hold from their text alone, independent of the service's parser. */
    private static final class Markers {
        private static final Pattern THREAD = Pattern.compile("提问");
        private static final Pattern PICK = Pattern.compile("(?m)^\\**\\s*\\d+\\s*[.、]\\s*@\\S+\\s*#\\d+");
        private static final Pattern DATED = Pattern.compile("(?m)^.*(时间|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日).*$");
        private static final Pattern LINK = Pattern.compile("\\]\\(https?://");
        int issues;
        long questions;
        long picks;
        long releases;
        long events;
        long readings;

        void add(List<Chunk> chunks) {
            issues++;
            for (Chunk chunk : chunks) {
                String text = chunk.text();
                switch (chunk.kind()) {
                    case QUESTION -> questions += count(THREAD, text);
                    case GITHUB_ISSUE -> picks += count(PICK, text);
                    case RELEASE -> {
                        for (String line : text.split("\n")) {
                            if (line.contains("发布") && line.length() < 160 && !line.contains("http")) {
                                releases += count(VERSION, line);
                            }
                        }
                    }
                    case EVENT -> events += count(DATED, text);
                    case READING -> readings += count(LINK, text);
                    default -> { }
                }
            }
        }

        private static long count(Pattern pattern, String text) {
            return pattern.matcher(text).results().count();
        }

        void print(String label) {
            double n = Math.max(1, issues);
            System.out.printf(Locale.ROOT, "  %-22s %8d %9.2f %9.2f %9.2f %9.2f %9.2f%n", label, issues,
                    questions / n, picks / n, releases / n, events / n, readings / n);
        }
    }

    private static final class Stats {
        int files;
        int issues;
        long bytes;
        long questions;
        long releases;
        long events;
        long readings;
        long problems;

        void add(ParsedFile parsed, byte[] file) {
            files++;
            problems += parsed.problems().size();
            Issue issue = parsed.issue();
            if (issue == null) {
                return;
            }
            issues++;
            bytes += MarkdownBody.of(file).getBytes(StandardCharsets.UTF_8).length;
            questions += issue.questions().size();
            releases += issue.releases().size();
            events += issue.events().size();
            readings += issue.readings().size();
        }

        void print(String label) {
            double n = Math.max(1, issues);
            System.out.printf(Locale.ROOT, "  %-22s %8d %10.0f %9.2f %7.2f %9.2f %9.2f %9.2f%n", label, issues,
                    bytes / n, questions / n, releases / n, events / n, readings / n, problems / n);
        }
    }
}
