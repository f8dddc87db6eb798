package vn.tonegate.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import vn.tonegate.text.TextAnalyzer;

/**
 * Accuracy of predicted labels against gold labels: per-class precision, recall and F1,
 * macro-F1, accuracy, the confusion matrix, and the negative share — the quantity the 15 %
 * rule is about — gold and predicted.
 */
public final class Evaluation {

    /** One scored item of an evaluation set. */
    public record Item(String id, Label gold, Score predicted, String text) {
    }

    private final List<Item> items;
    private final int[][] confusion = new int[3][3]; // [gold][predicted]

    public Evaluation(List<Item> items) {
        this.items = List.copyOf(items);
        for (Item i : items) {
            confusion[i.gold().ordinal()][i.predicted().label().ordinal()]++;
        }
    }

    public int size() {
        return items.size();
    }

    public List<Item> items() {
        return items;
    }

    public int count(Label gold, Label predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    public double precision(Label label) {
        int predicted = 0;
        for (Label g : Label.values()) {
            predicted += count(g, label);
        }
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(Label label) {
        int gold = 0;
        for (Label p : Label.values()) {
            gold += count(label, p);
        }
        return gold == 0 ? 0 : (double) count(label, label) / gold;
    }

    public double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (Label l : Label.values()) {
            sum += f1(l);
        }
        return sum / Label.values().length;
    }

    public double accuracy() {
        int right = 0;
        for (Label l : Label.values()) {
            right += count(l, l);
        }
        return items.isEmpty() ? 0 : (double) right / items.size();
    }

    public double goldNegativeShare() {
        return share(i -> i.gold() == Label.NEGATIVE);
    }

    public double predictedNegativeShare() {
        return share(i -> i.predicted().label() == Label.NEGATIVE);
    }

    private double share(Predicate<Item> negative) {
        return items.isEmpty() ? 0 : (double) items.stream().filter(negative).count() / items.size();
    }

    /** The evaluation of a subset, e.g. the items about enforcement. */
    public Evaluation subset(Predicate<Item> keep) {
        return new Evaluation(items.stream().filter(keep).toList());
    }

    /**
     * Items whose text contains one of {@code words} as whole syllables (so "bắt" finds "bắt giữ"
     * but not "bắt đầu" when "bắt đầu" is among {@code except}), compared on the analyzer's keys:
     * case, tone placement and Unicode form do not matter.
     */
    public static Predicate<Item> mentioning(TextAnalyzer analyzer, List<String> words, List<String> except) {
        List<String> wanted = words.stream().map(w -> " " + String.join(" ", analyzer.keys(w)) + " ").toList();
        List<String> unwanted = except.stream().map(w -> " " + String.join(" ", analyzer.keys(w)) + " ").toList();
        return item -> {
            String keys = " " + String.join(" ", analyzer.keys(item.text())) + " ";
            for (String u : unwanted) {
                keys = keys.replace(u, " ");
            }
            for (String w : wanted) {
                if (keys.contains(w)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Items whose score carries {@code flag}, e.g. {@link Score#FLAG_SENSATIONAL}: clickbait framing
     * that our rules read negative on any topic and other label sets often do not.
     */
    public static Predicate<Item> flagged(String flag) {
        return item -> item.predicted().flags().contains(flag);
    }

    /**
     * A subset reported on its own, for an evaluation set that labels it by another rule than ours
     * (DANeS often marks arrests positive): its size, its confusion matrix, and the negative share of
     * the rest, gold and predicted, with their difference in points.
     */
    public String subsetReport(String name, Predicate<Item> in) {
        Evaluation subset = subset(in);
        Evaluation rest = subset(in.negate());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d items, gold negative %.1f %%, predicted negative %.1f %%%n", name, subset.size(),
                100 * subset.goldNegativeShare(), 100 * subset.predictedNegativeShare()));
        sb.append(subset.confusionTable());
        sb.append(String.format(Locale.ROOT, "negative share without them: gold %.1f %%, predicted %.1f %% (%d items), %+.1f points%n",
                100 * rest.goldNegativeShare(), 100 * rest.predictedNegativeShare(), rest.size(),
                100 * (rest.predictedNegativeShare() - rest.goldNegativeShare())));
        sb.append(String.format(Locale.ROOT, "without them: macro-F1 %.3f, negative precision %.3f, recall %.3f%n",
                rest.macroF1(), rest.precision(Label.NEGATIVE), rest.recall(Label.NEGATIVE)));
        return sb.toString();
    }

    /** Wrong items, those the scorer was most sure about first: what to read before changing the lexicon. */
    public List<Item> worstDisagreements(int limit) {
        List<Item> wrong = new ArrayList<>(items.stream().filter(i -> i.gold() != i.predicted().label()).toList());
        wrong.sort(Comparator.comparingDouble((Item i) -> distance(i)).reversed().thenComparing(Item::id));
        return wrong.subList(0, Math.min(limit, wrong.size()));
    }

    private static double distance(Item i) {
        double v = i.predicted().value();
        return switch (i.gold()) {
            case NEGATIVE -> v;
            case POSITIVE -> -v;
            case NEUTRAL -> Math.abs(v);
        } + (i.predicted().flags().contains(Score.FLAG_SENSATIONAL) && i.gold() != Label.NEGATIVE ? 1 : 0);
    }

    /** A plain-text report, the same every run for the same input. */
    public String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(" — ").append(size()).append(" items\n");
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s%n", "class", "precision", "recall", "f1", "gold"));
        for (Label l : Label.values()) {
            int gold = 0;
            for (Label p : Label.values()) {
                gold += count(l, p);
            }
            sb.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %7d%n", l.jsonName(), precision(l), recall(l), f1(l), gold));
        }
        // five decimals beside the three: a floor such as UIT-VSFC's 0.55 is kept by margins smaller than the third
        sb.append(String.format(Locale.ROOT, "macro-F1 %.3f (%.5f)   accuracy %.3f%n", macroF1(), macroF1(), accuracy()));
        sb.append(String.format(Locale.ROOT, "negative share: gold %.1f %%, predicted %.1f %%%n",
                100 * goldNegativeShare(), 100 * predictedNegativeShare()));
        sb.append(confusionTable());
        return sb.toString();
    }

    public String confusionTable() {
        StringBuilder sb = new StringBuilder("confusion (rows gold, columns predicted)\n");
        sb.append(String.format(Locale.ROOT, "%-10s", ""));
        for (Label p : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%10s", p.jsonName()));
        }
        sb.append('\n');
        for (Label g : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%-10s", g.jsonName()));
            for (Label p : Label.values()) {
                sb.append(String.format(Locale.ROOT, "%10d", count(g, p)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Label counts of the gold set, for a quick sanity line. */
    public Map<Label, Integer> goldCounts() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Item i : items) {
            counts.merge(i.gold(), 1, Integer::sum);
        }
        return counts;
    }
}
