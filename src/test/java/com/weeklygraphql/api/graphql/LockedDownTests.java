package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The limits an operator tightens for a public deployment: no introspection, a very short timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.graphql.schema.introspection.enabled=false", "api.limits.timeout=0ms", "content.sync.interval=0"})
class LockedDownTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri",
                () -> ContentRepositories.sampleRepository(ContentRepositories.tempDir("locked-remote")).toString());
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("locked-data").toString());
    }

    @Test
    void introspectionCanBeTurnedOff() {
        GraphQlClients.graphQl(port).document("{ __schema { types { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .anySatisfy(error -> assertThat(error.getMessage()).containsIgnoringCase("introspection")));
    }

    @Test
    void anExecutionOverTheTimeoutIsStoppedNamingTheTimeout() {
        GraphQlClients.graphQl(port).document("{ issues(first: 5) { edges { node { title } } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().anySatisfy(error ->
                        assertThat(error.getMessage()).contains("execution timeout of 0 ms").contains("api.limits.timeout")));
    }
}
