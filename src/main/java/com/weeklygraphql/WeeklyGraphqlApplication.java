package com.weeklygraphql;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Serves a Git repository of newsletter issues as a GraphQL API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeeklyGraphqlApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeeklyGraphqlApplication.class, args);
    }
}
