package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.diagnosis.ChangeView;
import com.salesdiag.service.diagnosis.ContributionView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bridge (waterfall) from the earlier period's revenue to this period's, through the parts of the change: drawn as
 * horizontal steps (server-side SVG, the template {@code console/change}), one row per step, as the shortfall chart
 * draws its causes, so the names read on the left whatever their length.
 *
 * <p>The parts are the scope's contributors (the company's departments, a department's salespeople), because they
 * answer the manager's question, "where did the fall come from", and name what the sentence above names; the split by
 * volume and value and by who joined or left has no more than three parts and reads better as the table beside it.
 * The falls come first, then the rises, never netted: the largest {@value #SHOWN_PER_SIDE} of each side are a step
 * each, the rest of a side one step ("12 other falls"), so a department of 1,000 salespeople still draws a dozen rows.
 *
 * <p>Every amount is held in cents, as the engine computes them, so the steps add up exactly to the change: if the
 * contributors did not (a scope the answer does not split), what is left is one step of its own, shown, not hidden.
 */
record BridgeChart(String id, String against, String earlierPeriod, String period, List<Step> steps,
                   long axisFromCents, long axisToCents, int height) {

    static final int SHOWN_PER_SIDE = 5;
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 210;
    static final int PLOT_WIDTH = 320;
    static final int ROW = 30;
    static final int BAR_HEIGHT = 20;
    static final int TOP = 4;
    /** Below the rows: the axis and its two figures. */
    static final int AXIS = 34;

    enum Kind {
        /** The earlier period's revenue. */
        EARLIER,
        /** One contributor that fell, or rose. */
        FALL, RISE,
        /** The contributors of one side past the largest few, added up. */
        OTHER_FALLS, OTHER_RISES,
        /** Whatever the contributors leave of the change (none when they add up, as the engine's do). */
        NOT_SPLIT,
        /** This period's revenue. */
        CURRENT
    }

    /**
     * One row: a total ({@code EARLIER}, {@code CURRENT}: {@code changeCents} is the revenue) or a part (its change),
     * with the running revenue before and after it, and where it is drawn.
     */
    record Step(Kind kind, String name, String presence, int count, long changeCents, BigDecimal share,
                long fromCents, long toCents, int y, int x, int width) {

        public boolean total() {
            return kind == Kind.EARLIER || kind == Kind.CURRENT;
        }

        public boolean fall() {
            return kind == Kind.FALL || kind == Kind.OTHER_FALLS || kind == Kind.NOT_SPLIT && changeCents < 0;
        }

        public boolean grouped() {
            return kind == Kind.OTHER_FALLS || kind == Kind.OTHER_RISES || kind == Kind.NOT_SPLIT;
        }

        /** The figure written beside the bar, in whole currency with its cents: the revenue, or the signed change. */
        public BigDecimal amount() {
            return BigDecimal.valueOf(changeCents, 2);
        }

        /** The revenue once this step is taken (a total's is itself). */
        public BigDecimal after() {
            return BigDecimal.valueOf(toCents, 2);
        }

        public int textX() {
            return x + width + 6;
        }

        public int textY() {
            return y + 15;
        }

        /** The line from the end of this step to the start of the next, one row down. */
        public int joinX() {
            return total() || changeCents > 0 ? x + width : x;
        }

        public int joinY() {
            return y + BAR_HEIGHT;
        }

        public int nextY() {
            return y + ROW;
        }
    }

    public int axisY() {
        return height - AXIS + 8;
    }

    public int axisEndX() {
        return LABEL_WIDTH + PLOT_WIDTH;
    }

    public BigDecimal axisFrom() {
        return BigDecimal.valueOf(axisFromCents, 2);
    }

    public BigDecimal axisTo() {
        return BigDecimal.valueOf(axisToCents, 2);
    }

    /** True when the axis does not start at zero: the totals' bars are then cut, and the chart says so. */
    public boolean axisCut() {
        return axisFromCents > 0;
    }

    /**
     * Null when the comparison could not be made (the answer says why), and for a scope the answer does not split
     * into parts (a salesperson, a product): a bridge with one step would only repeat the figures.
     */
    static BridgeChart of(String id, ChangeView change, String period) {
        if (change == null || change.notComparable() != null || change.earlier() == null
                || change.current() == null || change.contributors() == null || change.contributors().isEmpty()) {
            return null;
        }
        long earlier = cents(change.earlier());
        long current = cents(change.current());
        List<ContributionView> contributors = change.contributors() == null ? List.of() : change.contributors();
        List<ContributionView> falls = contributors.stream().filter(c -> cents(c.change()) < 0)
                .sorted(Comparator.comparingLong((ContributionView c) -> cents(c.change()))).toList();
        List<ContributionView> rises = contributors.stream().filter(c -> cents(c.change()) > 0)
                .sorted(Comparator.comparingLong((ContributionView c) -> -cents(c.change()))).toList();

        List<Part> parts = new ArrayList<>();
        side(falls, Kind.FALL, Kind.OTHER_FALLS, parts);
        side(rises, Kind.RISE, Kind.OTHER_RISES, parts);
        long split = parts.stream().mapToLong(Part::cents).sum();
        long rest = current - earlier - split;
        if (rest != 0) {
            parts.add(new Part(Kind.NOT_SPLIT, null, null, 0, rest, null));
        }

        long low = Math.min(earlier, current);
        long high = Math.max(earlier, current);
        long running = earlier;
        for (Part p : parts) {
            running += p.cents();
            low = Math.min(low, running);
            high = Math.max(high, running);
        }
        long from = axisFrom(low, high);
        long to = Math.max(high, from + 1);

        List<Step> steps = new ArrayList<>();
        int y = TOP;
        steps.add(total(Kind.EARLIER, earlier, y, from, to));
        running = earlier;
        for (Part p : parts) {
            y += ROW;
            long after = running + p.cents();
            int x1 = x(Math.min(running, after), from, to);
            int x2 = x(Math.max(running, after), from, to);
            steps.add(new Step(p.kind(), p.name(), p.presence(), p.count(), p.cents(), p.share(), running, after, y, x1,
                    Math.max(1, x2 - x1)));
            running = after;
        }
        y += ROW;
        steps.add(total(Kind.CURRENT, current, y, from, to));
        return new BridgeChart(id, change.against(), change.earlierPeriod(), period, steps, from, to,
                y + ROW + AXIS);
    }

    /** A contributor, or a side's rest added up, before it is placed. */
    private record Part(Kind kind, String name, String presence, int count, long cents, BigDecimal share) {
    }

    private static void side(List<ContributionView> ranked, Kind one, Kind others, List<Part> parts) {
        // a single one left over is shown by name: "1 other" would hide it for nothing
        int shown = ranked.size() <= SHOWN_PER_SIDE + 1 ? ranked.size() : SHOWN_PER_SIDE;
        for (ContributionView c : ranked.subList(0, shown)) {
            String name = c.subjectName() == null ? c.subjectId() : c.subjectName();
            parts.add(new Part(one, name, c.presence(), 1, cents(c.change()), c.share()));
        }
        List<ContributionView> rest = ranked.subList(shown, ranked.size());
        if (!rest.isEmpty()) {
            BigDecimal share = rest.stream().map(c -> c.share() == null ? BigDecimal.ZERO : c.share())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(new Part(others, null, null, rest.size(), rest.stream().mapToLong(c -> cents(c.change())).sum(),
                    share));
        }
    }

    private static Step total(Kind kind, long cents, int y, long from, long to) {
        int x = LABEL_WIDTH;
        return new Step(kind, null, null, 0, cents, null, 0, cents, y, x,
                Math.max(1, x(cents, from, to) - x));
    }

    /**
     * Where the axis starts: at zero when the change is large enough to be seen from there; otherwise close below
     * the lowest running revenue, so that a fall of 5 % is not a sliver (the totals' bars are then cut, and the
     * axis's first figure and the chart's note say from where).
     */
    static long axisFrom(long low, long high) {
        long span = high - low;
        long margin = span == 0 ? high / 10 : span / 2;
        long from = low - margin;
        if (from < high * 3 / 10) {
            return Math.min(0, low);
        }
        // a round figure: two significant digits of the margin's order
        long step = roundStep(Math.max(1, margin));
        return Math.floorDiv(from, step) * step;
    }

    private static long roundStep(long margin) {
        long step = 1;
        while (step * 10 <= margin) {
            step *= 10;
        }
        return step;
    }

    private static int x(long cents, long from, long to) {
        long clamped = Math.max(from, Math.min(to, cents));
        return LABEL_WIDTH + (int) Math.round((double) (clamped - from) * PLOT_WIDTH / (to - from));
    }

    static long cents(BigDecimal amount) {
        return amount == null ? 0 : amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
