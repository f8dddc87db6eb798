// Every user-facing string of the pages, Vietnamese first, English second.
export const STRINGS = {
  vi: {
    tagline: 'Chấm điểm sắc thái tin bài trước khi đăng', signOut: 'Đăng xuất', signInTitle: 'Đăng nhập',
    username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập', draftTitle: 'Bản nháp',
    title: 'Tiêu đề', sapo: 'Sa-pô (tóm tắt)', body: 'Nội dung', format: 'Định dạng nội dung',
    formatText: 'Văn bản thường', formatHtml: 'HTML từ CMS', score: 'Chấm điểm', shortcut: 'hoặc Ctrl+Enter',
    resultTitle: 'Kết quả', resultEmpty: 'Dán tiêu đề, sa-pô và nội dung rồi bấm Chấm điểm.',
    scoreValue: 'Điểm', confidence: 'Độ tin cậy', flags: 'Cảnh báo', lexicon: 'Phiên bản từ điển',
    whereTitle: 'Những từ quyết định điểm', matchesCaption: 'Các cụm từ khớp từ điển',
    colField: 'Phần', colText: 'Cụm từ', colCategory: 'Loại', colContribution: 'Đóng góp', colRule: 'Quy tắc',
    negative: 'Tiêu cực', neutral: 'Trung tính', positive: 'Tích cực', none: 'Không có',
    sensational: 'Giật gân', unaccented: 'Viết không dấu', legacy_encoding: 'Gõ bằng bảng mã cũ (TCVN3/VNI), đã đọc sang Unicode để chấm', too_short: 'Quá ngắn để kết luận chắc chắn',
    fieldTitle: 'Tiêu đề', fieldSapo: 'Sa-pô', fieldBody: 'Nội dung',
    cat_negative: 'tiêu cực', cat_positive: 'tích cực', cat_sensational: 'giật gân', cat_negator: 'phủ định',
    cat_booster: 'nhấn mạnh', cat_dampener: 'giảm nhẹ', cat_contrast: 'đối lập', cat_remedial: 'khắc phục', cat_decline: 'chiều giảm', cat_improvement: 'cải thiện', cat_deterioration: 'xấu đi',
    cat_neutral: 'trung tính', cat_procedural: 'thủ tục',
    scoring: 'Đang chấm điểm…', announced: 'Kết quả: {label}, điểm {score}.',
    needSignIn: 'Vui lòng đăng nhập.', badCredentials: 'Sai tên đăng nhập hoặc mật khẩu.',
    network: 'Không kết nối được máy chủ tonegate. Kiểm tra mạng rồi thử lại.', status: 'mã lỗi',
    switchTo: 'English', navDashboard: 'Giám sát', navConsole: 'Quản trị', signedInAs: 'Đã đăng nhập: {user}', matchTip: '{category}, đóng góp {contribution}',
  },
  en: {
    tagline: 'Tone scoring for news drafts before they are published', signOut: 'Sign out', signInTitle: 'Sign in',
    username: 'Username', password: 'Password', signIn: 'Sign in', draftTitle: 'Draft',
    title: 'Title', sapo: 'Sapo (lead)', body: 'Body', format: 'Body format',
    formatText: 'Plain text', formatHtml: 'HTML from the CMS', score: 'Score', shortcut: 'or Ctrl+Enter',
    resultTitle: 'Result', resultEmpty: 'Paste a title, sapo and body, then press Score.',
    scoreValue: 'Score', confidence: 'Confidence', flags: 'Flags', lexicon: 'Lexicon version',
    whereTitle: 'The words behind the score', matchesCaption: 'Phrases matched in the lexicon',
    colField: 'Field', colText: 'Phrase', colCategory: 'Category', colContribution: 'Contribution', colRule: 'Rule',
    negative: 'Negative', neutral: 'Neutral', positive: 'Positive', none: 'None',
    sensational: 'Sensational', unaccented: 'Written without diacritics', legacy_encoding: 'Typed in an old encoding (TCVN3/VNI), read as Unicode to score', too_short: 'Too short to judge with confidence',
    fieldTitle: 'Title', fieldSapo: 'Sapo', fieldBody: 'Body',
    cat_negative: 'negative', cat_positive: 'positive', cat_sensational: 'sensational', cat_negator: 'negator',
    cat_booster: 'booster', cat_dampener: 'dampener', cat_contrast: 'contrast', cat_remedial: 'remedial', cat_decline: 'decline', cat_improvement: 'improvement', cat_deterioration: 'deterioration',
    cat_neutral: 'neutral', cat_procedural: 'procedural',
    scoring: 'Scoring…', announced: 'Result: {label}, score {score}.',
    needSignIn: 'Please sign in.', badCredentials: 'Wrong username or password.',
    network: 'Cannot reach the tonegate server. Check the network and try again.', status: 'status',
    switchTo: 'Tiếng Việt', navDashboard: 'Supervision', navConsole: 'Administration', signedInAs: 'Signed in as {user}', matchTip: '{category}, contribution {contribution}',
  },
};

let lang = localStorage.getItem('tonegate.lang') === 'en' ? 'en' : 'vi';

export function language() { return lang; }

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'vi';
  localStorage.setItem('tonegate.lang', lang);
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
}

export function t(key, params = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}
