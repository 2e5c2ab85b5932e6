package com.weeklygraphql.content.search;

import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every spelling of every catalogue project, as the query analysis sees it, so that a query naming a project
 * one way finds the items that name it another ("jraft" finds "SOFAJRaft", "BabaSSL" finds "Tongsuo" and
 * "铜锁", and back). Expansion happens at query time: the index holds the text as written, and a new
 * catalogue takes effect without re-indexing.
 */
final class ProjectSpellings {

    /** Longest spelling, in query segments ("SOFA" "Boot" is two). */
    static final int MAX_SEGMENTS = 3;

    private final Map<String, List<List<String>>> spellingsByKey;

    ProjectSpellings(ProjectCatalogue catalogue, Analyzer queryAnalyzer) {
        Map<String, List<List<String>>> byKey = new HashMap<>();
        for (Project project : catalogue.projects()) {
            Set<List<String>> spellings = new LinkedHashSet<>();
            List<String> written = new ArrayList<>();
            written.add(project.name());
            written.addAll(project.aliases());
            for (String spelling : written) {
                List<String> terms = AnalyzedToken.analyse(queryAnalyzer, TextAnalysis.TEXT, spelling).stream()
                        .map(AnalyzedToken::term).toList();
                if (!terms.isEmpty()) {
                    spellings.add(terms);
                }
            }
            List<List<String>> all = List.copyOf(spellings);
            for (List<String> terms : all) {
                byKey.putIfAbsent(key(terms), all);
            }
        }
        this.spellingsByKey = Map.copyOf(byKey);
    }

    /** Every spelling (as analysed terms) of the project these terms spell, if they spell one. */
    Optional<List<List<String>>> spellingsOf(List<String> terms) {
        return Optional.ofNullable(spellingsByKey.get(key(terms)));
    }

    private static String key(List<String> terms) {
        return String.join(" ", terms);
    }
}
