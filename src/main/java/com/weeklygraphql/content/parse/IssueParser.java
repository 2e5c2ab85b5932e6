package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.commonmark.node.Node;

/**
 * Parses one markdown file of the content repository into an {@link Issue}, or says why it cannot.
 *
 * <p>Thread-safe and stateless apart from the catalogue: the flexmark parser is shared, everything else is
 * created per call. The body is not rendered here: {@link MarkdownBody} renders it when a client asks. Never throws: a file that cannot be read becomes
 * {@link ParsedFile#failed}, a section that cannot be understood becomes a problem next to the issue.
 */
public final class IssueParser {

    /**
     * The one limit on a file's size, in bytes: larger files are reported, never read. The largest sample issue
     * is 35 KB (an inline base64 image adds a few hundred); flexmark needs seconds for 2 MiB of tiny
     * paragraphs. The loader checks a blob's size against it before reading the blob.
     */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final ProjectCatalogue catalogue;
    private final NewsletterProfile profile;

    /** A parser for the built-in newsletter profile. */
    public IssueParser(ProjectCatalogue catalogue) {
        this(catalogue, NewsletterProfile.defaults());
    }

    public IssueParser(ProjectCatalogue catalogue, NewsletterProfile profile) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** Thread-safe; never throws: anything wrong becomes a ContentProblem. */
    public ParsedFile parse(String path, byte[] content) {
        String safePath = path == null ? "" : path;
        try {
            if (content == null || !isMarkdown(safePath)) {
                return ParsedFile.notAnIssue();
            }
            return parseMarkdown(safePath, content);
        } catch (UnreadableContentException e) {
            return ParsedFile.failed(new ContentProblem(safePath, e.line(), e.getMessage()));
        } catch (StackOverflowError e) {
            // Deeply nested markdown (thousands of '>' or list levels) overflows flexmark's recursive
            // renderer; the stack has unwound by now, so this one file is reported and the caller lives on.
            return ParsedFile.failed(ContentProblem.ofFile(safePath, "markdown is nested too deeply to parse"));
        } catch (RuntimeException | AssertionError e) {
            return ParsedFile.failed(ContentProblem.ofFile(safePath,
                    "could not parse the file: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))));
        }
    }

    private ParsedFile parseMarkdown(String path, byte[] content) throws UnreadableContentException {
        String text = SourceDecoder.decode(content);
        MarkdownSource source = MarkdownSource.split(text);
        if (source.format() == MarkdownSource.Format.NONE) {
            return ParsedFile.notAnIssue();
        }
        FrontMatter frontMatter = FrontMatterReader.read(source, profile.timeZone());
        if (!IssueRecognizer.isIssue(frontMatter, profile)) {
            return ParsedFile.notAnIssue();
        }
        if (frontMatter.date() == null) {
            throw new UnreadableContentException("an issue needs a front matter 'date' in ISO-8601 form",
                    source.frontMatterFirstLine());
        }
        String slug = slugOf(path);
        MarkdownLimits.check(source.body(), source.bodyFirstLine());
        Node document = Markdown.parse(source.body());
        List<ContentProblem> problems = new ArrayList<>();
        Extraction extraction = new IssueExtractor(catalogue).extract(new ExtractionContext(path, slug,
                frontMatter.date().toLocalDate(), catalogue, profile, source.bodyFirstLine(),
                problems), document, frontMatter.title(), frontMatter.description());
        String plain = PlainText.of(document);
        Issue issue = new Issue(
                slug,
                path,
                frontMatter.title() == null ? slug : frontMatter.title(),
                frontMatter.description(),
                frontMatter.date(),
                frontMatter.author(),
                frontMatter.tags(),
                frontMatter.categories(),
                frontMatter.cover(),
                Excerpt.of(document, frontMatter.description(), profile),
                ReadingTime.minutes(plain),
                extraction.questions(),
                extraction.releases(),
                extraction.events(),
                extraction.readings(),
                extraction.contributors(),
                extraction.newbieTasks(),
                extraction.projects(),
                HeadingAnchors.list(document));
        return ParsedFile.of(issue, plain, problems);
    }

    private static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** The page-bundle folder for {@code index.md}, otherwise the file name without its extension. */
    static String slugOf(String path) {
        String[] parts = path.replace('\\', '/').split("/");
        String file = parts[parts.length - 1];
        if (file.equalsIgnoreCase("index.md") && parts.length > 1) {
            return parts[parts.length - 2];
        }
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
