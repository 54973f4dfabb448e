package io.alliancehub.kit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a run of Han characters as pinyin syllables without tones, separated by spaces, exactly as houbb/pinyin
 * does with the settings {@link SearchText} used (the input tone style, a space between syllables):
 *
 * <ul>
 *   <li>at each position, the longest phrase of the library's phrase dictionary that starts there (forward
 *   maximum matching), read as the dictionary says;
 *   <li>else the character's first reading in its character dictionary;
 *   <li>else the character itself.
 * </ul>
 *
 * <p>The dictionaries are the library's own files, read from its jar. Written by hand for memory: the library
 * keeps its phrase trie as a {@code HashMap} per node, keyed by boxed characters, which took 31 MB of the heap of
 * every service that builds search text (bench/findings/2026-12-04-night.md). Here the same dictionaries are two
 * immutable maps of toneless readings. PinyinReaderTest compares this reader with the library on every entry of
 * both dictionaries and on random runs made of them.
 */
final class PinyinReader {

    private static final String PHRASE_DICTIONARY = "/pinyin_dict_phrase.txt";
    private static final String CHARACTER_DICTIONARY = "/pinyin_dict_char.txt";
    private static final String TONE_MARKS = "/pinyin_dict_tone.txt";

    /** A phrase and its syllables, toneless, separated by spaces. */
    private final Map<String, String> phrases;

    /** A character (one UTF-16 unit, as the library looks them up) and its first reading, toneless. */
    private final Map<Character, String> characters;

    private final int longestPhrase;

    private PinyinReader(Map<String, String> phrases, Map<Character, String> characters) {
        this.phrases = Map.copyOf(phrases);
        this.characters = Map.copyOf(characters);
        this.longestPhrase =
                phrases.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** Reads the library's dictionaries from the class path. */
    static PinyinReader load() {
        Map<Character, Character> toneless = new HashMap<>();
        for (String line : lines(TONE_MARKS)) {
            // "a 1 ā": the letter, the tone, the marked letter; a later line for the same mark wins, as in the library
            String[] parts = line.split(" ");
            toneless.put(parts[2].charAt(0), parts[0].charAt(0));
        }
        // one String per distinct reading: 26,000 characters share about 1,500 of them
        Map<String, String> distinct = new HashMap<>();
        Map<String, String> phrases = new HashMap<>();
        for (String line : lines(PHRASE_DICTIONARY)) {
            String[] parts = line.split(":");
            List<String> syllables = new ArrayList<>();
            for (String syllable : parts[1].split(" ")) {
                syllables.add(withoutTone(syllable, toneless));
            }
            phrases.put(parts[0], String.join(" ", syllables));
        }
        Map<Character, String> characters = new HashMap<>();
        for (String line : lines(CHARACTER_DICTIONARY)) {
            String[] parts = line.split(":");
            if (parts[0].length() != 1) {
                // characters outside the BMP: the library looks up single UTF-16 units, so it never finds them
                continue;
            }
            String first = withoutTone(parts[1].split(",")[0], toneless);
            characters.put(parts[0].charAt(0), distinct.computeIfAbsent(first, s -> s));
        }
        return new PinyinReader(phrases, characters);
    }

    /** The syllables of {@code han}, separated by single spaces. */
    String read(String han) {
        StringBuilder out = new StringBuilder(han.length() * 4);
        int i = 0;
        while (i < han.length()) {
            int matched = Math.min(longestPhrase, han.length() - i);
            String reading;
            while ((reading = phrases.get(han.substring(i, i + matched))) == null && matched > 1) {
                matched--;
            }
            if (reading == null) {
                char c = han.charAt(i);
                reading = characters.getOrDefault(c, String.valueOf(c));
            }
            i += matched;
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(reading);
        }
        return out.toString();
    }

    /**
     * The library's input style: the first tone-marked letter of the syllable becomes its plain letter, and ü is
     * written v.
     */
    private static String withoutTone(String syllable, Map<Character, Character> toneless) {
        for (int i = 0; i < syllable.length(); i++) {
            Character plain = toneless.get(syllable.charAt(i));
            if (plain != null) {
                syllable = syllable.substring(0, i) + plain + syllable.substring(i + 1);
                break;
            }
        }
        return syllable.replace('ü', 'v');
    }

    private static List<String> lines(String resource) {
        InputStream in = PinyinReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("houbb/pinyin's dictionary " + resource + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
