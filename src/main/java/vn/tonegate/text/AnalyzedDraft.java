package vn.tonegate.text;

import java.util.List;

/**
 * A whole draft after text analysis, fields in the order title, sapo, body (empty fields are
 * left out).
 *
 * @param fields   the non-empty fields
 * @param textHash SHA-256 (hex) of the {@linkplain #canonicalText() canonical text}'s UTF-8 bytes
 */
public record AnalyzedDraft(List<AnalyzedField> fields, String textHash) {

    public AnalyzedDraft {
        fields = List.copyOf(fields);
    }

    /**
     * The normalized text of all fields, one per line with its field name; the same for NFC/NFD,
     * old/new tone placement, HTML markup variants, so its hash identifies what was scored. Built
     * from the tokens when asked for: scoring needs only its hash, which the analyzer takes as it goes.
     */
    public String canonicalText() {
        StringBuilder text = new StringBuilder();
        for (AnalyzedField field : fields) {
            text.append(field.field().jsonName()).append(':');
            for (Token token : field.tokens()) {
                text.append(' ').append(token.key());
            }
            text.append('\n');
        }
        return text.toString();
    }
}
