/**
 * Thermal-runaway detectors: the {@link io.batterylab.core.detection.Detector} plugin kind, the window of
 * samples it reads, the assessment it gives and the model file that holds a trained detector.
 */
package io.batterylab.core.detection;
