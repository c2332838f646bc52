/**
 * Nothing here: the bundle exists for its plain JUnit test, which trains each built-in algorithm, saves the models
 * and loads them in JVMs that run libtorch on different instruction sets (see {@code CpuPortabilityTest}).
 */
package io.batterylab.ml.portability;
