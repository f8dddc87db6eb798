package vn.tonegate.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON already written as UTF-8, for a {@link com.fasterxml.jackson.databind.util.RawValue} that an
 * answer's writer copies into its own buffer byte for byte. Kept as a String instead, the same
 * JSON cost twice its size in UTF-16 (Vietnamese is not Latin-1), and encoding it again. The
 * quoted forms, never asked of a raw value, are those of its text as a JSON string.
 */
final class WrittenJson implements SerializableString {

    private final byte[] utf8;
    private String text;

    WrittenJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    @Override
    public String getValue() {
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
        }
        return text;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    /**
     * The bytes themselves, not a copy, as Jackson's own {@link SerializedString} hands out its
     * cache: a writer asks for them when the score is longer than its buffer has room for, which
     * a long article's score often is, and only reads them.
     */
    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (utf8.length > buffer.length - offset) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String s = getValue();
        if (s.length() > buffer.length - offset) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, offset);
        return s.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    private SerializableString quoted() {
        return new SerializedString(getValue());
    }

    @Override
    public char[] asQuotedChars() {
        return quoted().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return quoted().putQuotedUTF8(buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }
}
