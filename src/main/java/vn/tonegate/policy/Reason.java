package vn.tonegate.policy;

/** Why the gate decided as it did, said to the editor in Vietnamese and English. */
public record Reason(String code, String vi, String en) {
}
