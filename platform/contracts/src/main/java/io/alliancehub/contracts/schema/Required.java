package io.alliancehub.contracts.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is always present (JSON Schema {@code required}). The record's constructor must
 * reject {@code null} for it, or replace it (e.g. a {@code null} list by an empty one); a test checks
 * that. Primitive properties are always present and need no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Required {}
