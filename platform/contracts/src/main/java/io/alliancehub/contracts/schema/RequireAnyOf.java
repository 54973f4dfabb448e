package io.alliancehub.contracts.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At least one of the named properties of the record is present (JSON Schema {@code anyOf} of
 * {@code required}), e.g. a party is named by its organisation id or its name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequireAnyOf {

    /** Names of the properties, at least one of which is present. */
    String[] value();
}
