package io.alliancehub.kit.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bilingual text ({@code {"zh": …, "en": …}}): when present, at least one language, each at most
 * {@link #max()} characters. Combine with {@code @NotNull} for required texts.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BilingualValidator.class)
public @interface Bilingual {

    int max() default 200;

    String message() default "give zh or en (or both), each at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
