package com.weeklygraphql.api.export;

import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The CSV downloads answer the same pages as {@code /graphql}: an analyst's notebook on another site reads a
 * download from the browser under the very setting ({@code spring.graphql.cors.*}) that lets it query, so one
 * setting says who may call the API.
 */
@Configuration(proxyBeanMethods = false)
class ExportCrossOrigin implements WebMvcConfigurer {

    private final GraphQlCorsProperties cors;

    ExportCrossOrigin(GraphQlCorsProperties cors) {
        this.cors = cors;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        CorsConfiguration configuration = cors.toCorsConfiguration();
        if (configuration != null) {
            configuration.setAllowedMethods(List.of("GET", "HEAD"));
            registry.addMapping("/export/**").combine(configuration);
        }
    }
}
