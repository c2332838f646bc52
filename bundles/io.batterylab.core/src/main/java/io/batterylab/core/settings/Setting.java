package io.batterylab.core.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one user-editable component of a plugin's settings record. The workbench form and the
 * REST schema are generated from these annotations, so a plugin never writes UI code for settings.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD })
public @interface Setting {
    String label();

    String description() default "";

    /** Inclusive bounds for numbers; ignored for other types. */
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;
}
