package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Contributor;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.NewbieTask;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import java.util.List;

/** Everything extracted from one issue's body, in document order. */
record Extraction(
        List<Question> questions,
        List<Release> releases,
        List<Event> events,
        List<Reading> readings,
        List<Contributor> contributors,
        List<NewbieTask> newbieTasks,
        List<String> projects) {
}
