package vn.tonegate.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matching keys of one syllable: NFC, lower case, Đ look-alikes read as Đ, the rhyme "i" after a
 * consonant spelled "i" whether written "i" or "y" ("kỹ thuật" and "kĩ thuật"), and the tone mark
 * put back on the vowel the traditional ("old style") rule chooses, so "hoà" and "hòa",
 * "thuỷ" and "thủy", "khoẻ" and "khỏe", "uỷ" and "ủy" — and their NFD spellings — share a key.
 * The folded key drops every diacritic and reads đ as d.
 *
 * <p>Vietnamese has a few thousand distinct syllables, so keys are memoized: after warm-up a
 * syllable costs one hash lookup.
 */
final class Syllables {

    /**
     * The key and folded key of a syllable, with what the analyzer would otherwise recompute at
     * every occurrence: whether the spelling carries a diacritic, the key's UTF-8 bytes, which
     * the canonical text's hash is taken over, and the key's {@linkplain KeyIds number}, which
     * the lexicon numbers syllables by.
     *
     * <p>The spelling they were made from is kept too, for the cache of {@link #keys(char[], int, int)}:
     * its {@link String#hashCode() hash}, its length and, for the spellings of up to eight chars that
     * nearly every syllable has, its chars packed in two longs. A hit then compares fields of this
     * one object with the text; reading the spelling's own array, a second object somewhere else
     * in the heap, was a fifth of the time of a corpus run.
     */
    record Keys(String key, int keyId, String folded, boolean accented, byte[] keyUtf8,
                char[] spelling, int spellingHash, int spellingLength, long spellingHead, long spellingTail) {

        /** Spellings up to this long are compared through {@link #spellingHead} and {@link #spellingTail} alone. */
        static final int PACKED_CHARS = 8;

        static Keys of(String spelling, String key, String folded, boolean accented) {
            char[] chars = spelling.toCharArray();
            return new Keys(key, KeyIds.of(key), folded, accented, key.getBytes(StandardCharsets.UTF_8), chars, spelling.hashCode(),
                    chars.length, head(chars, 0, chars.length), tail(chars, 0, chars.length));
        }

        boolean spell(int hash, char[] text, int from, int to) {
            int length = to - from;
            if (spellingHash != hash || spellingLength != length) {
                return false;
            }
            if (length <= PACKED_CHARS) {
                return spellingHead == head(text, from, to) && spellingTail == tail(text, from, to);
            }
            return Arrays.equals(spelling, 0, spelling.length, text, from, to);
        }

        /** The first four chars of {@code text[from, to)}, 16 bits each; with the length known, no two spellings share them. */
        private static long head(char[] text, int from, int to) {
            return pack(text, from, Math.min(to, from + 4));
        }

        /** Chars five to eight. */
        private static long tail(char[] text, int from, int to) {
            return pack(text, Math.min(to, from + 4), Math.min(to, from + PACKED_CHARS));
        }

        private static long pack(char[] text, int from, int to) {
            long packed = 0;
            for (int i = from; i < to; i++) {
                packed = packed << 16 | text[i];
            }
            return packed;
        }
    }

    private static final int MEMO_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, Keys> MEMO = new ConcurrentHashMap<>();

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT_BELOW = '\u0323';

    private Syllables() {
    }

    /**
     * A syllable's keys cached by its spelling, looked up without copying it out of the text.
     * Each slot is the keys themselves, which hold their spelling as a char array next to its
     * hash: a hit costs one int compare and one vectorized array compare, not a walk through a
     * String's coder checks, and no object read besides the keys the tokenizer needs anyway.
     * Keys are immutable, so a slot read by another thread is either null or whole.
     */
    private static final int SLOTS = 1 << 16;
    private static final Keys[] CACHE = new Keys[SLOTS];

    /** The keys of the syllable {@code text[from, to)}. */
    static Keys keys(char[] text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        return keys(text, from, to, hash);
    }

    /** The same, with {@code hash}, the {@link String#hashCode()} of the spelling, already taken by the caller. */
    static Keys keys(char[] text, int from, int to, int hash) {
        // two ways per set: a frequent syllable keeps its place when a rare one lands on it
        int index = (hash ^ (hash >>> 16)) & (SLOTS - 2);
        Keys first = CACHE[index];
        if (first != null && first.spell(hash, text, from, to)) {
            return first;
        }
        Keys second = CACHE[index + 1];
        if (second != null && second.spell(hash, text, from, to)) {
            return second;
        }
        Keys k = keys(new String(text, from, to - from));
        CACHE[first == null ? index : index + 1] = k;
        return k;
    }

    static Keys keys(String surface) {
        Keys k = MEMO.get(surface);
        if (k == null) {
            k = compute(surface);
            if (MEMO.size() < MEMO_LIMIT) {
                MEMO.put(surface, k);
            }
        }
        return k;
    }

    static boolean isToneMark(char c) {
        return c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT_BELOW;
    }

    private static Keys compute(String spelled) {
        String surface = latinLookAlikes(spelled);
        boolean ascii = true;
        for (int i = 0; i < surface.length(); i++) {
            if (surface.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            String lower = iForY(surface.toLowerCase(Locale.ROOT));
            return Keys.of(surface, lower, lower, false);
        }
        String decomposed = Normalizer.normalize(surface, Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder toneless = new StringBuilder(decomposed.length());
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isToneMark(c)) {
                if (tone == 0) {
                    tone = c;
                }
                continue;
            }
            c = dLookAlike(c);
            toneless.append(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
            }
        }
        String base = iForY(Normalizer.normalize(toneless, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        String key = tone == 0 ? base : placeTone(base, tone);
        char[] chars = surface.toCharArray();
        return Keys.of(surface, key, iForY(folded.toString().toLowerCase(Locale.ROOT)), accented(chars, 0, chars.length));
    }

    /**
     * Cyrillic letters that look like Latin ones, and their Latin twins. Headlines written to slip past
     * keyword filters swap them in ("Xuất hiệп biếп thể", with Cyrillic п for n); read as what the
     * reader sees, they match like the word they imitate. A syllable is Vietnamese Latin or nothing we
     * match, so an all-Cyrillic word read this way matches no entry either.
     */
    private static final String CYRILLIC = "аеорсухіјѕһԁпмткнвгАЕОРСУХІЈЅҺМТКНВП";
    private static final String LATIN = "aeopcyxijshdnmtkhbrAEOPCYXIJSHMTKHBN";

    private static String latinLookAlikes(String surface) {
        char[] chars = null;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c >= '\u0400' && c <= '\u052F') {
                int at = CYRILLIC.indexOf(c);
                if (at >= 0) {
                    if (chars == null) {
                        chars = surface.toCharArray();
                    }
                    chars[i] = LATIN.charAt(at);
                }
            }
        }
        return chars == null ? surface : new String(chars);
    }

    /** Ð (Icelandic eth) and Ɖ (African D) are typed for Đ; read them as Đ. */
    private static char dLookAlike(char c) {
        return switch (c) {
            case '\u00D0', '\u0189' -> 'Đ';
            case '\u00F0', '\u0256' -> 'đ';
            default -> c;
        };
    }

    /**
     * Onsets after which a rhyme of "i" alone may be written "y": "lý/lí", "kỹ/kĩ", "mỹ/mĩ", "hy/hi",
     * "ty/ti" ("công ty/công ti"), "quy/qui" ("quy định/qui định"), "kỳ/kì", "sỹ/sĩ". Both spellings are
     * in use, in official texts too, for one word; after any other onset a final "y" is no spelling of
     * a word but a given name's ("Vy", "Thy", "Ny", "Vỹ"), and read as "i" the name "Vy Phạm" became
     * "vi phạm" (a violation). Only a consonant onset counts: "y" alone ("y tế", "ý kiến") and "y"
     * after a vowel ("tay" is not "tai", "thủy", "huy", "nguy") are other rhymes.
     */
    private static final Set<String> ONSETS_BEFORE_I = Set.of("h", "k", "l", "m", "qu", "s", "t");

    /** One spelling for the rhyme "i" after a consonant: a lower-case toneless (or folded) syllable ending "y" ends "i". */
    static String iForY(String base) {
        int last = base.length() - 1;
        if (last < 1 || base.charAt(last) != 'y' || !ONSETS_BEFORE_I.contains(base.substring(0, last))) {
            return base;
        }
        return base.substring(0, last) + 'i';
    }

    /** Puts the tone on the vowel the traditional rule chooses, in a lower-case NFC toneless syllable. */
    static String placeTone(String base, char tone) {
        int n = base.length();
        int first = 0;
        // onsets "qu" and "gi" (before another vowel) hold a vowel letter that is not the nucleus
        if (n >= 2 && base.charAt(0) == 'q' && base.charAt(1) == 'u') {
            first = 2;
        } else if (n >= 3 && base.charAt(0) == 'g' && base.charAt(1) == 'i' && isVowel(base.charAt(2))) {
            first = 2;
        }
        int start = -1;
        int end = -1;
        for (int i = first; i < n; i++) {
            if (isVowel(base.charAt(i))) {
                if (start < 0) {
                    start = i;
                }
                end = i;
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0) {
            // no vowel after the onset ("gì" is g + i): the onset vowel carries the tone
            for (int i = 0; i < n; i++) {
                if (isVowel(base.charAt(i))) {
                    start = end = i;
                }
            }
            if (start < 0) {
                return base; // not a Vietnamese syllable: keep the mark off rather than guess
            }
        }
        int target = -1;
        for (int i = start; i <= end; i++) {
            if (hasQualityMark(base.charAt(i))) {
                target = i; // the last marked vowel: ươ takes the tone on ơ
            }
        }
        if (target < 0) {
            int length = end - start + 1;
            boolean closed = end < n - 1;
            if (length == 1) {
                target = start;
            } else if (closed) {
                target = end;
            } else if (length == 2) {
                target = start;
            } else {
                target = start + 1;
            }
        }
        String withTone = base.substring(0, target + 1) + tone + base.substring(target + 1);
        return Normalizer.normalize(withTone, Normalizer.Form.NFC);
    }

    private static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y' -> true;
            default -> false;
        };
    }

    private static boolean hasQualityMark(char c) {
        return switch (c) {
            case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư' -> true;
            default -> false;
        };
    }

    /** Whether a surface carries any Vietnamese diacritic (tone, vowel quality or đ). */
    static boolean accented(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= 0x80 && Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                return true;
            }
        }
        return false;
    }
}
