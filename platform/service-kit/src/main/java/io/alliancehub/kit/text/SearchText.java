package io.alliancehub.kit.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the lower-case text a {@code q} search matches: the Chinese and English names, their full
 * pinyin (with and without spaces) and pinyin initials, so {@code boya}, {@code bo ya} and
 * {@code bykg} all find 博雅控股集团.
 *
 * <p>Pinyin comes from houbb/pinyin's dictionaries, which read a character in the context of the phrase it
 * stands in (银行 yinhang, 重庆 chongqing, 六安 luan, 会计 kuaiji) rather than by its first reading. What the
 * dictionaries do not know stays wrong (surnames such as 曾 zeng, 单 shan, 朴 piao read alone; 行长 hangzhang);
 * SearchTextTest lists the names checked. {@link PinyinReader} reads them as the library does, in a fraction of
 * its memory. It is fed only runs of Han characters: letters and digits are kept as they are.
 */
public final class SearchText {

    /** Bump when the text this class builds changes: services reindex rows built by an older one. */
    public static final int VERSION = 2;

    private static final PinyinReader PINYIN = PinyinReader.load();

    private SearchText() {}

    /** Joins the searchable forms of all given texts (nulls skipped) with a separator. */
    public static String of(String... texts) {
        Set<String> parts = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
            parts.add(normalized.toLowerCase(Locale.ROOT));
            if (hasHan(normalized)) {
                StringBuilder full = new StringBuilder();
                StringBuilder spaced = new StringBuilder();
                StringBuilder initials = new StringBuilder();
                for (Token token : tokens(normalized)) {
                    full.append(token.text());
                    spaced.append(spaced.isEmpty() ? "" : " ").append(token.text());
                    // a syllable gives its initial; a run of letters or digits (CAR, T, 2027) is kept whole
                    initials.append(token.syllable() ? token.text().substring(0, 1) : token.text());
                }
                parts.add(full.toString());
                parts.add(spaced.toString());
                parts.add(initials.toString());
            }
        }
        return String.join(" | ", parts);
    }

    /**
     * Whether {@code q} (any case; zh, en, pinyin with or without spaces, initials) finds the texts: for the
     * short lists of one parent (an event's sessions and exhibitors, an organisation's contacts), matched in
     * memory rather than through an indexed column. A null or blank {@code q} finds everything.
     */
    public static boolean matches(String q, String... texts) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String wanted = Normalizer.normalize(q.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String text = of(texts);
        // "zhongguo yinhang": pinyin typed with spaces in other places than between every syllable
        return text.contains(wanted) || text.contains(wanted.replaceAll("\\s+", ""));
    }

    /** A pinyin syllable of a Han character, or a run of other letters and digits, lower case. */
    record Token(String text, boolean syllable) {}

    /** The text as tokens: each run of Han characters read as phrases, each run of letters and digits kept whole. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (isHan && Character.isBmpCodePoint(cp)) {
                flushOther(other, out);
                han.appendCodePoint(cp);
            } else {
                flushHan(han, out);
                if (Character.isLetterOrDigit(cp)) {
                    other.appendCodePoint(Character.toLowerCase(cp));
                } else {
                    flushOther(other, out);
                }
            }
            i += Character.charCount(cp);
        }
        flushHan(han, out);
        flushOther(other, out);
        return out;
    }

    private static void flushHan(StringBuilder han, List<Token> out) {
        if (han.isEmpty()) {
            return;
        }
        for (String syllable : PINYIN.read(han.toString()).split(" ")) {
            String s = syllable.strip().toLowerCase(Locale.ROOT);
            // a character the library cannot read comes back as itself: it stays searchable as written
            if (!s.isEmpty()) {
                out.add(new Token(s, true));
            }
        }
        han.setLength(0);
    }

    private static void flushOther(StringBuilder other, List<Token> out) {
        if (!other.isEmpty()) {
            out.add(new Token(other.toString(), false));
            other.setLength(0);
        }
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
