package io.alliancehub.kit.validation;

import io.alliancehub.contracts.common.LocalizedText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class BilingualValidator implements ConstraintValidator<Bilingual, LocalizedText> {

    private int max;

    @Override
    public void initialize(Bilingual annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return value.hasText()
                && (value.zh() == null || value.zh().length() <= max)
                && (value.en() == null || value.en().length() <= max);
    }
}
