package vn.tonegate.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text typed in the pre-Unicode Vietnamese encodings that state documents still circulate in,
 * pasted into a CMS as if it were Latin-1: TCVN3 (ABC, the ".VnTime" fonts: "Céng hßa X· héi")
 * and VNI-Windows ("Coäng hoøa Xaõ hoäi"). Read as Unicode it is a string of accented Latin
 * letters that matches nothing, so the draft would pass as neutral whatever it says. A field
 * that carries the marks of one of them, and none of Unicode's own Vietnamese letters, is read
 * back into Unicode before it is tokenized; every repaired char keeps the range of the original
 * chars it came from, so matches still point into the text as sent.
 *
 * <p>Detection is by signature, never by guess: TCVN3 puts its tone-marked vowels on Latin-1
 * symbols that no Vietnamese word uses (¸ µ ¶ · ¹ ß …), VNI writes each mark as a second char
 * after the vowel from a set that Unicode Vietnamese never puts there (ø û ï ä å ë ü after a
 * vowel). Each needs to be seen at least twice, so a lone "©" or a Spanish "señor" is left alone.
 */
final class LegacyVietnamese {

    enum Encoding { UNICODE, TCVN3, VNI }

    /** How many signature marks a field must carry before it is read as a legacy encoding. */
    static final int MIN_SIGNS = 2;

    private LegacyVietnamese() {
    }

    // TCVN3 (TCVN 5712:1993 VN3): one byte per letter; the upper-case toned vowels have no code
    // and are written with the lower-case ones in an upper-case font.
    private static final char[] TCVN3 = new char[256];

    static {
        String from = "¡¢£¤¥¦§¨©ª«¬­®"
                + "µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
        String to = "ĂÂÊÔƠƯĐăâêôơưđ"
                + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
        if (from.length() != to.length()) {
            throw new AssertionError("TCVN3 table: " + from.length() + " codes for " + to.length() + " letters");
        }
        for (int i = 0; i < from.length(); i++) {
            TCVN3[from.charAt(i)] = to.charAt(i);
        }
    }

    /** Latin-1 chars TCVN3 uses that neither Unicode Vietnamese text nor VNI contains ("¸", "µ", "ß", "­"). */
    private static boolean tcvn3Sign(char c) {
        // guillemets are quotes in many languages' text before they are TCVN3's ô and ằ
        return c < 256 && TCVN3[c] != 0 && !isVietnameseLatin1Letter(c) && VNI_CHARS.indexOf(c) < 0 && c != '«' && c != '»';
    }

    /** Every Latin-1 char VNI writes. */
    private static final String VNI_CHARS = "áàåãäâéèúüëêùøûõïñôöóòæíìÁÀÅÃÄÂÉÈÚÜËÊÙØÛÕÏÑÔÖÓÒÆÍÌ";

    /** The Latin-1 letters Unicode Vietnamese itself uses: à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals. */
    private static boolean isVietnameseLatin1Letter(char c) {
        return "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".indexOf(c) >= 0;
    }

    // VNI-Windows: a base letter followed by a char for its marks. Tone: ù acute, ø grave, û hook,
    // õ tilde, ï dot below; on â/ê/ô: á à å ã ä; on ă: é è ú ü ë; â ê ô themselves: â; ă: ê.
    private static final String VNI_TONES = "ùøûõï";
    private static final String VNI_HAT_TONES = "áàåãä";
    private static final String VNI_BREVE_TONES = "éèúüë";

    /** Chars that, right after a vowel, only VNI writes. */
    private static boolean vniSign(char c) {
        return "øûïäåëü".indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static boolean isVowel(char c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0 || c == 'ô' || c == 'ö' || c == 'Ô' || c == 'Ö';
    }

    /** Which encoding a field is written in. */
    static Encoding detect(CharSequence s) {
        int tcvn3 = 0;
        int vni = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0102' && c <= '\u01B0' || c >= '\u1EA0' && c <= '\u1EF9') {
                return Encoding.UNICODE; // Unicode's own Vietnamese letters: this text is already Unicode
            }
            if (tcvn3Sign(c)) {
                tcvn3++;
            }
            if (i > 0 && vniSign(c) && isVowel(s.charAt(i - 1))) {
                vni++;
            }
        }
        if (tcvn3 < MIN_SIGNS && vni < MIN_SIGNS) {
            return Encoding.UNICODE;
        }
        return vni > tcvn3 ? Encoding.VNI : Encoding.TCVN3;
    }

    /** The field read back into Unicode if it is in a legacy encoding, else the field itself. */
    static SourceText repair(SourceText source) {
        return switch (detect(source.text)) {
            case UNICODE -> source;
            case TCVN3 -> fromTcvn3(source);
            case VNI -> fromVni(source);
        };
    }

    private static SourceText fromTcvn3(SourceText source) {
        CharSequence s = source.text;
        StringBuilder text = new StringBuilder(s.length());
        int[] starts = new int[s.length()];
        int[] ends = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            text.append(c < 256 && TCVN3[c] != 0 ? TCVN3[c] : c);
            starts[i] = source.start(i);
            ends[i] = source.end(i);
        }
        return SourceText.mapped(text, starts, ends);
    }

    private static SourceText fromVni(SourceText source) {
        CharSequence s = source.text;
        StringBuilder text = new StringBuilder(s.length());
        int[] starts = new int[s.length()];
        int[] ends = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            String composed = vniLetter(c, next);
            starts[n] = source.start(i);
            if (composed != null) {
                text.append(composed);
                ends[n] = source.end(i + 1);
                i++;
            } else {
                text.append(vniSingle(c));
                ends[n] = source.end(i);
            }
            n++;
        }
        return SourceText.mapped(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** The letter a VNI base and mark pair spells, or null when {@code mark} is not its mark. */
    private static String vniLetter(char base, char mark) {
        if (mark == 0) {
            return null;
        }
        boolean upper = Character.isUpperCase(base);
        char b = Character.toLowerCase(base);
        char m = Character.toLowerCase(mark);
        String letter = null;
        // ơ and ư are single chars in VNI (ô, ö), and take a tone as any vowel does
        char vowel = b == 'ô' ? 'ơ' : b == 'ö' ? 'ư' : b;
        if ("aeo".indexOf(vowel) >= 0 && m == 'â') {
            letter = String.valueOf(vowel == 'a' ? 'â' : vowel == 'e' ? 'ê' : 'ô');
        } else if ("aeo".indexOf(vowel) >= 0 && VNI_HAT_TONES.indexOf(m) >= 0) {
            letter = tone(vowel == 'a' ? 'â' : vowel == 'e' ? 'ê' : 'ô', VNI_HAT_TONES.indexOf(m));
        } else if (vowel == 'a' && m == 'ê') {
            letter = "ă";
        } else if (vowel == 'a' && VNI_BREVE_TONES.indexOf(m) >= 0) {
            letter = tone('ă', VNI_BREVE_TONES.indexOf(m));
        } else if ("aeiouyơư".indexOf(vowel) >= 0 && VNI_TONES.indexOf(m) >= 0) {
            letter = tone(vowel, VNI_TONES.indexOf(m));
        }
        return letter == null ? null : upper ? letter.toUpperCase(Locale.ROOT) : letter;
    }

    /** VNI's letters written with one char: đ, ơ, ư and the i with its tone. */
    private static String vniSingle(char c) {
        return switch (c) {
            case 'ñ' -> "đ";
            case 'Ñ' -> "Đ";
            case 'ô' -> "ơ";
            case 'Ô' -> "Ơ";
            case 'ö' -> "ư";
            case 'Ö' -> "Ư";
            case 'ó' -> "ĩ";
            case 'Ó' -> "Ĩ";
            case 'ò' -> "ị";
            case 'Ò' -> "Ị";
            case 'æ' -> "ỉ";
            case 'Æ' -> "Ỉ";
            default -> String.valueOf(c);
        };
    }

    /** The vowel with a tone: 0 acute, 1 grave, 2 hook, 3 tilde, 4 dot below. */
    private static String tone(char vowel, int tone) {
        char mark = "\u0301\u0300\u0309\u0303\u0323".charAt(tone);
        return Normalizer.normalize(vowel + String.valueOf(mark), Normalizer.Form.NFC);
    }
}
