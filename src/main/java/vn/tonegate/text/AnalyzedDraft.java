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
 */
public record AnalyzedDraft(List<AnalyzedField> fields, String canonicalText) {

    public AnalyzedDraft {
        fields = List.copyOf(fields);
    }
}
