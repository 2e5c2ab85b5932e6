package com.weeklygraphql.config;

import com.weeklygraphql.content.sync.ContentStartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed first sync into Boot's start-up report: one line naming the setting, and what to do. */
class ContentStartupFailureAnalyzer extends AbstractFailureAnalyzer<ContentStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentStartupException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check " + cause.property() + " (environment variable "
                        + cause.property().toUpperCase().replace('.', '_').replace('-', '_') + ").", cause);
    }
}
