package io.alliancehub.contracts.common;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.alliancehub.contracts.schema.MinLength;
import io.alliancehub.contracts.schema.RequireAnyOf;

/**
 * Bilingual text, e.g. {@code {"zh": "博雅控股集团", "en": "Boya Holding Group"}}. At least one of the two
 * languages is expected; a blank value is stored as {@code null} (and so left out of JSON), so
 * {@code new LocalizedText("", "Boya")} equals {@code new LocalizedText(null, "Boya")}.
 *
 * @param zh Chinese text, or {@code null}
 * @param en English text, or {@code null}
 */
@JsonClassDescription("Bilingual text: Chinese (zh) and/or English (en); at least one of the two is present.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@RequireAnyOf({"zh", "en"})
public record LocalizedText(
        @JsonPropertyDescription("Chinese text.") @MinLength(1)
        String zh,

        @JsonPropertyDescription("English text.") @MinLength(1)
        String en) {

    public LocalizedText {
        zh = blankToNull(zh);
        en = blankToNull(en);
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public static LocalizedText zh(String zh) {
        return new LocalizedText(zh, null);
    }

    public static LocalizedText en(String en) {
        return new LocalizedText(null, en);
    }

    /** Whether at least one language has text (what every contract requires of a LocalizedText). */
    public boolean hasText() {
        return zh != null || en != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
