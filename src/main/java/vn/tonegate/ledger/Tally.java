package vn.tonegate.ledger;

/**
 * Items counted over some days: how many, how many negative, how many of those went out by
 * an override of a block.
 */
public record Tally(long total, long negative, long overridden) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally {
        if (total < 0 || negative < 0 || negative > total || overridden < 0) {
            throw new IllegalArgumentException("impossible tally " + total + "/" + negative + "/" + overridden);
        }
    }

    public Tally plus(Tally other) {
        return new Tally(total + other.total, negative + other.negative, overridden + other.overridden);
    }

    public Tally minus(Tally other) {
        return new Tally(total - other.total, negative - other.negative, overridden - other.overridden);
    }

    /** One item: negative or not. */
    public static Tally of(boolean negative, boolean overridden) {
        return new Tally(1, negative ? 1 : 0, overridden ? 1 : 0);
    }
}
