package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.*;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.IssueHistory;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.ItemText;
import com.weeklygraphql.content.search.SearchFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene documents of the content index: a file with its parse result, a path's history, and the items of
 * a served issue with everything filters, ordering and the text filter need.
 */
final class ItemDocuments {

    private final ProjectCatalogue catalogue;
    private final SearchFields text;

    ItemDocuments(ProjectCatalogue catalogue, SearchFields text) {
        this.catalogue = catalogue;
        this.text = text;
    }

    /** A file of the served tree and what its parse gave. */
    static Document file(FileState state) {
        Document doc = new Document();
        doc.add(new StringField(FILE, state.path(), Field.Store.NO));
        doc.add(new SortedDocValuesField(FILE, new BytesRef(state.path())));
        doc.add(new StoredField(STORED_BLOB, state.blob()));
        ServedIssue issue = state.issue();
        if (issue != null) {
            doc.add(new StringField(CLAIM, issue.slug(), Field.Store.NO));
            doc.add(new StoredField(STORED_ISSUE, issue.encoded()));
            doc.add(new StoredField(STORED_TEXT, issue.bodyText() == null ? "" : issue.bodyText()));
            doc.add(new StoredField(SOURCE_BLOB, issue.blob()));
        }
        if (state.fallback()) {
            doc.add(new StringField(FALLBACK, "1", Field.Store.YES));
        }
        if (!state.problems().isEmpty()) {
            doc.add(new BinaryDocValuesField(PROBLEMS, new BytesRef(IssueCodec.problems(state.problems()))));
        }
        return doc;
    }

    static Document history(String path, IssueHistory history) {
        Document doc = new Document();
        doc.add(new StringField(HISTORY, path, Field.Store.NO));
        doc.add(new NumericDocValuesField(PUBLISHED, history.publishedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(UPDATED, history.updatedAt().toEpochMilli()));
        return doc;
    }

    /** The issue and each of its questions, releases, events and readings, one document each. */
    List<Document> items(ServedIssue served) {
        Issue issue = served.issue();
        LocalDate day = issue.date().toLocalDate();
        Instant instant = issue.date().toInstant();
        Set<String> tags = lowered(issue.tags().stream());
        List<Document> docs = new ArrayList<>();
        Document issueDoc = item(served, ItemKind.ISSUE, issue.slug(), 0, day, instant, tags, issueProjects(issue),
                ItemText.of(issue, served.bodyText()));
        otherProjects(issue).forEach(name -> issueDoc.add(new StringField(OTHER_PROJECT, name, Field.Store.NO)));
        docs.add(issueDoc);
        List<Release> releases = issue.releases();
        for (int i = 0; i < releases.size(); i++) {
            Release release = releases.get(i);
            Document doc = item(served, ItemKind.RELEASE, release.id(), i, release.date(), instant, tags,
                    lowered(Stream.of(release.project())), ItemText.of(release));
            doc.add(new SortedDocValuesField(RELEASE_PROJECT, new BytesRef(release.project())));
            docs.add(doc);
        }
        List<Question> questions = issue.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            docs.add(item(served, ItemKind.QUESTION, question.id(), i, day, instant, tags,
                    lowered(Stream.ofNullable(question.project())), ItemText.of(question)));
        }
        List<Event> events = issue.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            LocalDate eventDay = event.date() != null ? event.date() : day;
            Instant eventInstant = event.startsAt() != null ? event.startsAt().toInstant() : instant;
            docs.add(item(served, ItemKind.EVENT, event.id(), i, eventDay, eventInstant, tags,
                    lowered(event.projects().stream()), ItemText.of(event)));
        }
        List<Reading> readings = issue.readings();
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            docs.add(item(served, ItemKind.READING, reading.id(), i, day, instant, tags, Set.of(), ItemText.of(reading)));
        }
        return docs;
    }

    private Document item(ServedIssue served, ItemKind kind, String id, int ordinal, LocalDate day,
            Instant instant, Set<String> tags, Set<String> projects, ItemText itemText) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(kind.name())));
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StringField(OF, served.path(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(SOURCE, ItemSource.encode(served.path(), served.blob())));
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        tags.forEach(tag -> doc.add(new StringField(TAG, tag, Field.Store.NO)));
        projects.forEach(project -> doc.add(new StringField(PROJECT, project, Field.Store.NO)));
        doc.add(new LongPoint(DAY, day.toEpochDay()));
        doc.add(new NumericDocValuesField(DAY, day.toEpochDay()));
        doc.add(new LongPoint(INSTANT, instant.toEpochMilli()));
        doc.add(new NumericDocValuesField(INSTANT, instant.toEpochMilli()));
        text.addTo(doc, itemText);
        return doc;
    }

    // What the issue is about, plus any tag that names a project: editors tag issues by project.
    private Set<String> issueProjects(Issue issue) {
        Stream<String> tagged = issue.tags().stream().flatMap(tag -> catalogue.find(tag).stream()).map(Project::name);
        return lowered(Stream.concat(issue.projects().stream(), tagged));
    }

    // Projects the content names that the catalogue does not know: listed by 'projects' after the catalogue's.
    private Collection<String> otherProjects(Issue issue) {
        Set<String> names = new LinkedHashSet<>();
        Stream.of(issue.projects().stream(),
                        issue.releases().stream().map(Release::project),
                        issue.questions().stream().map(Question::project),
                        issue.events().stream().flatMap(event -> event.projects().stream()))
                .flatMap(s -> s)
                .filter(name -> name != null && !name.isBlank() && catalogue.find(name).isEmpty())
                .forEach(name -> names.add(name.strip()));
        return names;
    }

    static Set<String> lowered(Stream<String> values) {
        Set<String> lowered = new LinkedHashSet<>();
        values.filter(value -> value != null && !value.isBlank()).forEach(value -> lowered.add(lower(value)));
        return lowered;
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

}
