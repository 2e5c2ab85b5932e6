/** Configuration: one tree of {@code @ConfigurationProperties} records under the {@code content} prefix. */
package com.weeklygraphql.config;
