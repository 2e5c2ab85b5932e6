package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ContentProperties;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code diskSpace} in health, in place of Spring Boot's: it measures the disk the clone is written to
 * ({@code content.data-dir}, not the working directory) against {@code management.health.diskspace.threshold},
 * and shows only UP or DOWN: its details (the path, the disk's size) are nobody's business on a public port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEnabledHealthIndicator("diskspace")
class DataDirDiskSpace {

    // Named as Spring Boot's indicator, which then stands back.
    @Bean
    HealthIndicator diskSpaceHealthIndicator(ContentProperties content, DiskSpaceHealthIndicatorProperties disk) {
        DiskSpaceHealthIndicator measured = new DiskSpaceHealthIndicator(content.dataDir().toAbsolutePath().toFile(),
                disk.getThreshold());
        return () -> Health.status(measured.health().getStatus()).build();
    }
}
