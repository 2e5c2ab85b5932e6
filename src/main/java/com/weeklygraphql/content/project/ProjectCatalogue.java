package com.weeklygraphql.content.project;

import com.weeklygraphql.content.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The known projects and every spelling of their names. Immutable; a snapshot carries the catalogue it
 * was built with, so a query resolves names the way the parser did.
 */
public final class ProjectCatalogue {

    private final List<Project> projects;
    private final Map<String, Project> byName;

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

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
