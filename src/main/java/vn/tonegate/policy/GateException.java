package vn.tonegate.policy;

/** A request the gate cannot carry out, and why, in both languages; the API maps the kind to a status. */
public class GateException extends RuntimeException {

    /** What went wrong, from the caller's side. */
    public enum Kind { NOT_FOUND, CONFLICT, FORBIDDEN, INVALID }

    private final Kind kind;
    private final String code;
    private final String vi;
    private final String en;
    private final String field;

    public GateException(Kind kind, String code, String field, String vi, String en) {
        super(code + ": " + en);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.vi = vi;
        this.en = en;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    static GateException unknownPortal(String id) {
        return new GateException(Kind.NOT_FOUND, "unknown_portal", null,
                "Không có cổng thông tin '" + id + "'.", "No portal '" + id + "'.");
    }
}
