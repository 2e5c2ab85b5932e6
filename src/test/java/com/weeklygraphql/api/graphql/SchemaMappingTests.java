package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schema and the resolvers agree: every field has a data fetcher, every controller method a field, every
 * argument a use. Spring logs the same inspection at every start, where a mismatch passes unnoticed; here it fails
 * the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemaMappingTests {

    private static final AtomicReference<SchemaReport> REPORT = new AtomicReference<>();

    @TestConfiguration
    static class InspectTheSchema {
        @Bean
        GraphQlSourceBuilderCustomizer inspectTheSchema() {
            return builder -> builder.inspectSchemaMappings(REPORT::set);
        }
    }

    @DynamicPropertySource
    static void embeddedSample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("schema-mapping").toString());
        registry.add("content.sync.interval", () -> "0");
        // only this test's consumer of the report, not Boot's log line
        registry.add("spring.graphql.schema.inspection.enabled", () -> "false");
    }

    @Test
    void everyFieldOfTheSchemaIsResolvedAndEveryResolverHasItsField() {
        SchemaReport report = REPORT.get();

        assertThat(report).as("the schema was inspected").isNotNull();
        assertThat(report.unmappedFields()).as("fields without a data fetcher").isEmpty();
        assertThat(report.unmappedRegistrations()).as("data fetchers without a field").isEmpty();
        assertThat(report.unmappedArguments()).as("arguments a resolver declares and the schema lacks").isEmpty();
        assertThat(report.fieldNullnessErrors()).as("non-null fields a resolver may answer null").isEmpty();
        assertThat(report.skippedTypes()).as("types the inspection could not follow").isEmpty();
    }
}
