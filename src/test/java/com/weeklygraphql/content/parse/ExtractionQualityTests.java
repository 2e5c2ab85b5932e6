package com.weeklygraphql.content.parse;

import java.nio.file.Path;

/** The parser against the labels written while it was developed (45 issues, 2019–2023). */
class ExtractionQualityTests extends ExtractionQuality {

    @Override
    Path labels() {
        return Label.DEVELOPMENT;
    }

    @Override
    int minimumIssues() {
        return 30;
    }
}
