package io.alliancehub.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a q search matches: names in both languages, full pinyin with and without spaces, initials. */
class SearchTextTest {

    @Test
    void chineseNamesAreFoundByPinyinAndInitials() {
        String text = SearchText.of("博雅控股集团", "Boya Holding Group");
        assertThat(text)
                .contains("博雅控股集团")
                .contains("boya holding group")
                .contains("boya")
                .contains("bo ya")
                .contains("bykg");
    }

    @Test
    void nullsAreSkippedAndTheResultIsLowerCase() {
        assertThat(SearchText.of(null, "Cell THERAPY", null))
                .contains("cell therapy")
                .doesNotContain("null")
                .isEqualTo(SearchText.of("Cell THERAPY").toLowerCase());
    }
}
