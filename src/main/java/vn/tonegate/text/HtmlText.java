package vn.tonegate.text;

import java.util.Arrays;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a CMS body, each char mapped back into the HTML it came from. Image
 * alt text and captions count (readers see them); script, style, templates and comments never
 * do. Block elements end a sentence, so a heading never runs into the paragraph below it.
 */
final class HtmlText {

    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "img", "caption");

    private HtmlText() {
    }

    static SourceText extract(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Builder out = new Builder(html.length());
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        out.boundary(e.sourceRange().startPos());
                    }
                    if ("img".equals(e.normalName()) && e.hasAttr("alt")) {
                        Range.AttributeRange range = e.attributes().sourceRange("alt");
                        out.raw(html, range.valueRange());
                        out.boundary(range.valueRange().endPos());
                    }
                } else if (node instanceof TextNode t && !hidden(t)) {
                    out.raw(html, t.sourceRange());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    Range end = e.endSourceRange();
                    out.boundary(end.isTracked() ? end.endPos() : e.sourceRange().endPos());
                }
            }
        });
        return out.build();
    }

    private static boolean hidden(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && HIDDEN.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Collects decoded chars and their source ranges. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[Math.max(16, capacity)];
        }

        void add(char c, int start, int end) {
            int i = text.length();
            if (i == starts.length) {
                starts = Arrays.copyOf(starts, i * 2);
                ends = Arrays.copyOf(ends, i * 2);
            }
            text.append(c);
            starts[i] = start;
            ends[i] = end;
        }

        void boundary(int at) {
            int pos = Math.max(0, at);
            add('\n', pos, pos);
        }

        /** Decodes the raw HTML of a text or attribute value, keeping each char's place in the source. */
        void raw(String html, Range range) {
            if (!range.isTracked()) {
                return;
            }
            int from = range.startPos();
            int to = Math.min(range.endPos(), html.length());
            int i = from;
            while (i < to) {
                char c = html.charAt(i);
                if (c == '&') {
                    int semi = html.indexOf(';', i + 1);
                    if (semi > i + 1 && semi < to && semi - i <= 12) {
                        String entity = html.substring(i, semi + 1);
                        String decoded = Parser.unescapeEntities(entity, false);
                        if (!decoded.equals(entity)) {
                            for (int k = 0; k < decoded.length(); k++) {
                                add(space(decoded.charAt(k)), i, semi + 1);
                            }
                            i = semi + 1;
                            continue;
                        }
                    }
                }
                add(space(c), i, i + 1);
                i++;
            }
        }

        /** In HTML a source line break is just white space; only block boundaries end sentences. */
        private static char space(char c) {
            return c == '\u00A0' || c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
        }

        SourceText build() {
            return SourceText.mapped(text, starts, ends);
        }
    }
}
