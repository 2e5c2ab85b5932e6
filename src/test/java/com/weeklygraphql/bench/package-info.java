/**
 * Benchmark tools, run by hand (never by the test suite): the synthetic archive generator ({@code SyntheticArchive},
 * dated by {@code ArchiveCalendar}) and the JMH benchmarks; see bench/README.md and docs/benchmarks.md.
 */
package com.weeklygraphql.bench;
