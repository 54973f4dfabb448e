package io.alliancehub.contracts.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Regular expression (ECMA 262, anchored with {@code ^…$}) that a string property, or each string of a
 * list property, matches (JSON Schema {@code pattern}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Pattern {

    String value();
}
