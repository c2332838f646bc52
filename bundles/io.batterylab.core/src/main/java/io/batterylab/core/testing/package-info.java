/**
 * Test jobs: a model version evaluated offline on cells it may never have seen, optionally predicting a horizon of
 * h cycles ahead. The horizon is defined once, in {@link io.batterylab.core.testing.TestJobSpec}.
 */
package io.batterylab.core.testing;
