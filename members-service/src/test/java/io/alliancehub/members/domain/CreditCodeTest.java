package io.alliancehub.members.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsRealCodes() {
        assertThat(CreditCode.problem("91320200MA149MQEP9")).isEmpty();
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(CreditCode.problem("91320200MA149MQEP8")).contains("checksum does not match");
        assertThat(CreditCode.isValid("91320200MA149MQEP8")).isFalse();
        assertThat(CreditCode.isValid("9132020")).isFalse();
    }

    @Test
    void rejectsLengthAndAlphabet() {
        assertThat(CreditCode.problem("9132020")).contains("must be 18 characters");
        assertThat(CreditCode.problem(null)).contains("must be 18 characters");
        assertThat(CreditCode.problem("91320200MA149MQEPI")).get().asString().contains("character 18 'I'");
        assertThat(CreditCode.problem("91320200ma149mqep9")).isPresent();
    }

    @Test
    void checkCharacterCompletesAnyPrefix() {
        String prefix = "91110108MA01ABCDE";
        assertThat(CreditCode.isValid(prefix + CreditCode.checkCharacter(prefix)))
                .isTrue();
    }
}
