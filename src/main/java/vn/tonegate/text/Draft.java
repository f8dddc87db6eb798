package vn.tonegate.text;

/**
 * What an editor is about to publish. Any field may be null or blank, but not all three.
 *
 * @param title  plain text
 * @param sapo   the lead paragraph, plain text
 * @param body   plain text or HTML according to {@code format}
 * @param format how the body is written; never null
 */
public record Draft(String title, String sapo, String body, Format format) {

    public Draft {
        title = title == null ? "" : title;
        sapo = sapo == null ? "" : sapo;
        body = body == null ? "" : body;
        format = format == null ? Format.TEXT : format;
        if (title.isBlank() && sapo.isBlank() && body.isBlank()) {
            throw new IllegalArgumentException("a draft needs a title, a sapo or a body");
        }
    }

    /** The field's text exactly as sent (for the body in HTML, the HTML source). */
    public String source(Field field) {
        return switch (field) {
            case TITLE -> title;
            case SAPO -> sapo;
            case BODY -> body;
        };
    }

    /** The format a field is written in: only the body may be HTML. */
    public Format format(Field field) {
        return field == Field.BODY ? format : Format.TEXT;
    }
}
