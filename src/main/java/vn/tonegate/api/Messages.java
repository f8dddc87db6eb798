package vn.tonegate.api;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * User-facing API messages in both languages. Vietnamese is the product's first language:
 * it is chosen unless the caller's Accept-Language prefers English.
 */
public final class Messages {

    /** A message in Vietnamese and English. */
    public record Text(String vi, String en) {
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : vi;
        }
    }

    public static final Text VALIDATION_FAILED = new Text("Dữ liệu gửi lên không hợp lệ.", "The request is invalid.");
    public static final Text INVALID_JSON = new Text("Nội dung không phải JSON hợp lệ.", "The body is not valid JSON.");
    public static final Text WRONG_TYPE = new Text("Sai kiểu dữ liệu.", "Wrong type of value.");
    public static final Text MISSING_BODY = new Text("Thiếu nội dung yêu cầu.", "The request has no body.");
    public static final Text UNAUTHENTICATED = new Text("Cần đăng nhập.", "Authentication is required.");
    public static final Text BAD_CREDENTIALS = new Text("Sai tên đăng nhập hoặc mật khẩu.", "Wrong username or password.");
    public static final Text FORBIDDEN = new Text("Tài khoản không có quyền thực hiện thao tác này.", "Your account may not do this.");
    public static final Text NOT_FOUND = new Text("Không tìm thấy.", "Not found.");
    public static final Text METHOD_NOT_ALLOWED = new Text("Phương thức không được hỗ trợ.", "Method not allowed.");
    public static final Text NOT_ACCEPTABLE = new Text("Không thể trả về định dạng được yêu cầu.", "The requested representation is not available.");
    public static final Text UNSUPPORTED_MEDIA_TYPE = new Text("Kiểu nội dung không được hỗ trợ; hãy gửi application/json.", "Unsupported media type; send application/json.");
    public static final Text TOO_LARGE = new Text("Nội dung quá lớn (tối đa 2 MB).", "The body is too large (2 MB at most).");
    public static final Text INTERNAL = new Text("Lỗi hệ thống; sự cố đã được ghi lại.", "Internal error; it has been logged.");

    private Messages() {
    }

    /** The caller's language: English if Accept-Language prefers it over Vietnamese, else Vietnamese. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            List<Locale> accepted = headers.getAcceptableLanguages();
            for (Locale l : accepted) {
                if ("vi".equals(l.getLanguage())) {
                    return Locale.forLanguageTag("vi");
                }
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.forLanguageTag("vi");
    }
}
