package vn.tonegate.text;

/**
 * Text to tokenize together with, for each char, the range of the original string it came
 * from. For plain text the range of char i is simply [i, i+1); for HTML an entity such as
 * "&amp;agrave;" yields one char spanning the whole entity, and a block boundary is a line break
 * spanning nothing.
 */
final class SourceText {

    final CharSequence text;
    private final int[] starts;
    private final int[] ends;

    private SourceText(CharSequence text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static SourceText plain(String text) {
        return new SourceText(text, null, null);
    }

    static SourceText mapped(CharSequence text, int[] starts, int[] ends) {
        return new SourceText(text, starts, ends);
    }

    int start(int i) {
        return starts == null ? i : starts[i];
    }

    int end(int i) {
        return ends == null ? i + 1 : ends[i];
    }
}
