package io.alliancehub.members.service.model;

import io.alliancehub.members.domain.CreditCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unified social credit code with a valid GB 32100-2015 checksum (null allowed: foreign members). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCodeFormat.Validator.class)
public @interface CreditCodeFormat {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCodeFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return CreditCode.problem(value)
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
