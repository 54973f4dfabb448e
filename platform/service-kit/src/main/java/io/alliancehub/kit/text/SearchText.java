package io.alliancehub.kit.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Builds the lower-case text a {@code q} search matches: the Chinese and English names, their full
 * pinyin (with and without spaces) and pinyin initials, so {@code boya}, {@code bo ya} and
 * {@code bykg} all find 博雅控股集团. Pinyin comes from pinyin4j; for characters with several
 * readings the first (most common) is used.
 */
public final class SearchText {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private SearchText() {}

    /** Joins the searchable forms of all given texts (nulls skipped) with a separator. */
    public static String of(String... texts) {
        Set<String> parts = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            parts.add(text.toLowerCase(Locale.ROOT));
            if (hasHan(text)) {
                StringBuilder full = new StringBuilder();
                StringBuilder spaced = new StringBuilder();
                StringBuilder initials = new StringBuilder();
                for (char ch : text.toCharArray()) {
                    String syllable = pinyin(ch);
                    if (syllable != null) {
                        full.append(syllable);
                        spaced.append(spaced.isEmpty() ? "" : " ").append(syllable);
                        initials.append(syllable.charAt(0));
                    } else if (Character.isLetterOrDigit(ch)) {
                        char lower = Character.toLowerCase(ch);
                        full.append(lower);
                        spaced.append(lower);
                        initials.append(lower);
                    }
                }
                parts.add(full.toString());
                parts.add(spaced.toString());
                parts.add(initials.toString());
            }
        }
        return String.join(" | ", parts);
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String pinyin(char ch) {
        if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return null;
        }
    }
}
