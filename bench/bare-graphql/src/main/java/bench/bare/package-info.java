/**
 * The bare spring-graphql app the benchmarks compare the service with (bench/README.md).
 */
package bench.bare;
