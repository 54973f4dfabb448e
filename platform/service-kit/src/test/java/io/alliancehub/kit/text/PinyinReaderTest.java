package io.alliancehub.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.pinyin.bs.PinyinBs;
import com.github.houbb.pinyin.support.style.PinyinToneStyles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PinyinReader} reads as houbb/pinyin does with the settings SearchText used before it, on every entry of
 * the library's dictionaries and on runs made of them.
 */
class PinyinReaderTest {

    private static final PinyinBs LIBRARY = PinyinBs.newInstance()
            .style(PinyinToneStyles.input())
            .connector(" ")
            .init();

    private static final PinyinReader READER = PinyinReader.load();

    /** The Han characters SearchText feeds the reader: BMP characters of the Han script. */
    private static boolean han(String text) {
        return text.chars()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && !Character.isSurrogate((char) c));
    }

    private static List<String> keys(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(PinyinReaderTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            in.lines()
                    .map(line -> line.split(":")[0])
                    .filter(PinyinReaderTest::han)
                    .forEach(keys::add);
        }
        return keys;
    }

    private static void assertReadsAsTheLibrary(List<String> texts) {
        List<String> differing = texts.stream()
                .filter(t -> !READER.read(t).equals(LIBRARY.toPinyin(t)))
                .map(t -> t + ": " + READER.read(t) + " (library: " + LIBRARY.toPinyin(t) + ")")
                .limit(20)
                .toList();
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPhraseOfTheDictionaryReadsAsInTheLibrary() throws IOException {
        List<String> phrases = keys("/pinyin_dict_phrase.txt");
        assertThat(phrases).hasSizeGreaterThan(40_000);
        assertReadsAsTheLibrary(phrases);
    }

    @Test
    void everyCharacterOfTheDictionaryReadsAsInTheLibrary() throws IOException {
        List<String> characters = keys("/pinyin_dict_char.txt");
        assertThat(characters).hasSizeGreaterThan(20_000);
        assertReadsAsTheLibrary(characters);
    }

    @Test
    void runsOfPhrasesAndCharactersSplitAsInTheLibrary() throws IOException {
        // phrases run together overlap at their edges (银行长 …): the longest match at each position decides
        List<String> phrases = keys("/pinyin_dict_phrase.txt");
        List<String> characters = keys("/pinyin_dict_char.txt");
        Random random = new Random(20261204);
        List<String> runs = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder run = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                List<String> from = random.nextInt(3) == 0 ? characters : phrases;
                String part = from.get(random.nextInt(from.size()));
                // a phrase cut short or from its middle starts or ends inside another phrase
                int start = random.nextInt(4) == 0 ? random.nextInt(part.length()) : 0;
                run.append(part, start, part.length());
            }
            runs.add(run.toString());
        }
        assertReadsAsTheLibrary(runs);
    }

    @Test
    void namesOfTheAllianceReadWithTheirPhrases() {
        assertThat(READER.read("博雅控股集团")).isEqualTo("bo ya kong gu ji tuan");
        assertThat(READER.read("重庆银行")).isEqualTo("chong qing yin hang");
        assertThat(READER.read("绿")).isEqualTo("lv");
    }
}
