package com.weeklygraphql.content.project;

import com.weeklygraphql.content.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The known projects and every spelling of their names. Immutable; a snapshot carries the catalogue it
 * was built with, so a query resolves names the way the parser did.
 */
public final class ProjectCatalogue {

    private static final Pattern URL_PREFIX = Pattern.compile("(?i)(https?://)?(www\\.)?");
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[/?#]");
    private static final Pattern GIT_SUFFIX = Pattern.compile("(?i)\\.git$");

    private final List<Project> projects;
    private final Map<String, Project> byName;
    /** Projects whose repository is a whole organisation. */
    private final Set<String> umbrellas;
    /** "github.com/owner/repo" (lower case) of every project that has a repository. */
    private final Map<String, Project> byRepository;
    /** Every spelling, longest first, so that "SOFA RPC" wins over "SOFA" where both match. */
    private final List<Spelling> spellings;

    private ProjectCatalogue(List<Project> projects) {
        this.projects = List.copyOf(projects);
        Map<String, Project> index = new HashMap<>();
        for (Project project : projects) {
            index.put(key(project.name()), project);
            for (String alias : project.aliases()) {
                index.putIfAbsent(key(alias), project);
            }
        }
        this.byName = Map.copyOf(index);
        Map<String, Project> repositories = new HashMap<>();
        List<Spelling> allSpellings = new ArrayList<>();
        for (Project project : projects) {
            if (project.repository() != null) {
                repositoryKey(project.repository()).ifPresent(k -> repositories.putIfAbsent(k, project));
            }
            allSpellings.add(new Spelling(key(project.name()), project));
            project.aliases().forEach(alias -> allSpellings.add(new Spelling(key(alias), project)));
        }
        allSpellings.removeIf(spelling -> spelling.text().isEmpty());
        allSpellings.sort(Comparator.comparingInt((Spelling spelling) -> spelling.text().length()).reversed());
        this.byRepository = Map.copyOf(repositories);
        Set<String> organisationWide = new HashSet<>();
        for (Project project : projects) {
            if (project.repository() != null
                    && githubPath(project.repository()).map(parts -> parts[1] == null).orElse(false)) {
                organisationWide.add(project.name());
            }
        }
        this.umbrellas = Set.copyOf(organisationWide);
        this.spellings = List.copyOf(allSpellings);
    }

    /** The catalogue shipped with the service (SOFAStack and its neighbours). */
    public static ProjectCatalogue defaults() {
        try (InputStream in = ProjectCatalogue.class.getResourceAsStream("/projects.yaml")) {
            if (in == null) {
                throw new IllegalStateException("projects.yaml is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue: a {@code projects} list of {@code name}, {@code aliases}, {@code repository}. */
    public static ProjectCatalogue load(InputStream yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("projects") instanceof List<?> entries)) {
            throw new IllegalArgumentException("a project catalogue needs a top-level 'projects' list");
        }
        List<Project> projects = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields) || fields.get("name") == null) {
                throw new IllegalArgumentException("every catalogue entry needs a 'name': " + entry);
            }
            List<String> aliases = new ArrayList<>();
            if (fields.get("aliases") instanceof List<?> list) {
                list.forEach(alias -> aliases.add(String.valueOf(alias)));
            }
            Object repository = fields.get("repository");
            projects.add(new Project(String.valueOf(fields.get("name")), aliases,
                    repository == null ? null : String.valueOf(repository)));
        }
        return new ProjectCatalogue(projects);
    }

    public List<Project> projects() {
        return projects;
    }

    /** The project with this canonical name or alias, compared case-insensitively. */
    public Optional<Project> find(String nameOrAlias) {
        return nameOrAlias == null ? Optional.empty() : Optional.ofNullable(byName.get(key(nameOrAlias)));
    }

    /** The canonical name for a written name; a name the catalogue does not know is kept as written. */
    public String canonicalName(String written) {
        return find(written).map(Project::name).orElse(written.strip());
    }

    /**
     * The canonical name for a name as an editor wrote it, forgiving one slip of the keyboard in a long
     * name ("SOFARegistery" is SOFARegistry); a name the catalogue does not know is kept as written.
     * Unlike {@link #canonicalName}, meant for reading content, not for looking up what a user typed.
     */
    public String resolve(String written) {
        Optional<Project> exact = find(written);
        if (exact.isPresent()) {
            return exact.get().name();
        }
        String key = key(written);
        if (key.length() < 6) {
            return written.strip();
        }
        int allowed = key.length() >= 10 ? 2 : 1;
        Project best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Spelling spelling : spellings) {
            int distance = distance(key, spelling.text(), allowed);
            if (distance < bestDistance) {
                best = spelling.project();
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && best != spelling.project()) {
                tie = true;
            }
        }
        return best != null && bestDistance <= allowed && !tie ? best.name() : written.strip();
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Whether the project is an umbrella over the others (its repository is a whole organisation, such as
     * SOFAStack's {@code github.com/sofastack}): "SOFA 项目进展" introduces releases of other projects.
     */
    public boolean isUmbrella(String nameOrAlias) {
        return find(nameOrAlias).map(project -> umbrellas.contains(project.name())).orElse(false);
    }

    /**
     * The project a repository URL points to: a catalogue project whose repository it is (or lies under,
     * such as an issue URL), or whose name or alias is the repository's or the owner's name
     * ({@code github.com/sofastack/sofa-mosn}, {@code github.com/BabaSSL}); otherwise a project named
     * after the repository as written ({@code github.com/occlum/occlum} gives "occlum"). Empty for URLs
     * that are not GitHub repository URLs.
     */
    public Optional<String> nameFromRepositoryUrl(String url) {
        Optional<String[]> parts = githubPath(url);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String owner = parts.get()[0];
        String repo = parts.get()[1];
        if (repo != null) {
            Project known = byRepository.get(("github.com/" + owner + "/" + repo).toLowerCase(Locale.ROOT));
            if (known != null) {
                return Optional.of(known.name());
            }
            Optional<Project> byRepoName = find(repo);
            if (byRepoName.isPresent()) {
                return Optional.of(byRepoName.get().name());
            }
            return Optional.of(repo);
        }
        Project knownOwner = byRepository.get(("github.com/" + owner).toLowerCase(Locale.ROOT));
        if (knownOwner != null) {
            return Optional.of(knownOwner.name());
        }
        return Optional.of(find(owner).map(Project::name).orElse(owner));
    }

    /**
     * Canonical names of the catalogue projects named in free text, in order of first mention, without
     * duplicates. Names are matched case-insensitively and only as whole words: "Bolt" is not found inside
     * "SOFABolt", and where spellings overlap the longest wins ("SOFA RPC" rather than "SOFA").
     */
    public List<String> mentionsIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        BitSet taken = new BitSet(lower.length());
        List<Map.Entry<Integer, String>> found = new ArrayList<>();
        for (Spelling spelling : spellings) {
            int from = 0;
            while (true) {
                int at = lower.indexOf(spelling.text(), from);
                if (at < 0) {
                    break;
                }
                int end = at + spelling.text().length();
                from = at + 1;
                if (!isWordBoundary(lower, at - 1) || !isWordBoundary(lower, end) || overlaps(taken, at, end)) {
                    continue;
                }
                taken.set(at, end);
                found.add(Map.entry(at, spelling.project().name()));
            }
        }
        found.sort(Map.Entry.comparingByKey());
        Set<String> names = new LinkedHashSet<>();
        found.forEach(entry -> names.add(entry.getValue()));
        return List.copyOf(names);
    }

    private static boolean overlaps(BitSet taken, int start, int end) {
        int set = taken.nextSetBit(start);
        return set >= 0 && set < end;
    }

    /** Letters and digits of Latin script glue words together; CJK text and punctuation do not. */
    private static boolean isWordBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(c < 128 && Character.isLetterOrDigit(c));
    }

    private static Optional<String> repositoryKey(String url) {
        return githubPath(url).map(parts -> parts[1] == null
                ? ("github.com/" + parts[0]).toLowerCase(Locale.ROOT)
                : ("github.com/" + parts[0] + "/" + parts[1]).toLowerCase(Locale.ROOT));
    }

    /** Owner and repository (null when the URL names only an owner) of a github.com URL. */
    private static Optional<String[]> githubPath(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        int host = text.toLowerCase(Locale.ROOT).indexOf("github.com/");
        if (host < 0 || (host > 0 && !URL_PREFIX.matcher(text.substring(0, host)).matches())) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : PATH_SEPARATORS.split(text.substring(host + "github.com/".length()))) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
            if (segments.size() == 2) {
                break;
            }
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String repo = segments.size() > 1 ? GIT_SUFFIX.matcher(segments.get(1)).replaceFirst("") : null;
        return Optional.of(new String[] {segments.get(0), repo});
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private record Spelling(String text, Project project) {
    }
}
