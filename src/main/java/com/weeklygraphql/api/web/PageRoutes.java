package com.weeklygraphql.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The addresses of the page for people: an issue, the projects, a project and a search ({@code /search?q=…})
 * each have their own URL, all served by the same static page ({@code static/index.html}), which reads the
 * GraphQL API for the rest.
 * {@code /} is the archive, served as Spring Boot's welcome page.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes implements WebMvcConfigurer {

    private static final String PAGE = "forward:/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/issues/{slug}").setViewName(PAGE);
        registry.addViewController("/projects").setViewName(PAGE);
        registry.addViewController("/projects/{name}").setViewName(PAGE);
        registry.addViewController("/search").setViewName(PAGE);
    }
}
