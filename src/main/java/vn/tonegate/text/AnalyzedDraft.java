package vn.tonegate.text;

import java.util.List;

/**
 * A whole draft after text analysis, fields in the order title, sapo, body (empty fields are
 * left out).
 *
 * @param fields        the non-empty fields
 * @param canonicalText the normalized text of all fields, one per line with its field name;
 *                      the same for NFC/NFD, old/new tone placement, HTML markup variants, so
 *                      its hash identifies what was scored
 * @param textHash      SHA-256 (hex) of the canonical text's UTF-8 bytes
 */
public record AnalyzedDraft(List<AnalyzedField> fields, String canonicalText, String textHash) {

    public AnalyzedDraft {
        fields = List.copyOf(fields);
    }
}
