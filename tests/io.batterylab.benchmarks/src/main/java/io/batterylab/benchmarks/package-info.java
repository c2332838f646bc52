/** The benchmarks are tests in src/test/java; this bundle has no product code. */
package io.batterylab.benchmarks;
