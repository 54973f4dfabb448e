package io.alliancehub.members.domain;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, S, V, Z); the last is a check character computed
 * from the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Why the code is invalid, or empty when it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and capitals except I, O, S, V, Z)");
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of("checksum does not match");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
