/**
 * JMH benchmarks, run by hand (never by the test suite); see docs/benchmarks.md for the command.
 */
package com.weeklygraphql.bench;
