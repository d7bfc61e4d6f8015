package jp.kijun.report;

import jp.kijun.catalog.Measure;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Outcome;
import jp.kijun.report.HtmlTemplate.Html;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report's chart, drawn here as inline SVG so that it needs no script and prints as it shows: one
 * bar per measure, split by outcome in proportion to the measure's controls, with the counts written on the
 * segments that are wide enough and the total at the end. Colours come from the report's style sheet.
 */
final class OutcomeChart {

    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 500;
    private static final int TOTAL_WIDTH = 50;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int MIN_LABELLED = 18;

    private OutcomeChart() {
    }

    static Html render(Map<Measure, List<ControlResult>> byMeasure) {
        int width = LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH;
        int height = ROW * byMeasure.size() + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"outcome-chart\" role=\"img\" aria-labelledby=\"chart-caption\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">\n");
        int row = 0;
        for (Map.Entry<Measure, List<ControlResult>> entry : byMeasure.entrySet()) {
            row(svg, entry.getKey(), counts(entry.getValue()), entry.getValue().size(), row * ROW + 2);
            row++;
        }
        return new Html(svg.append("</svg>\n").toString());
    }

    private static void row(StringBuilder svg, Measure measure, Map<Outcome, Integer> counts, int total, int top) {
        double middle = top + ROW / 2.0;
        svg.append("<g class=\"row\" data-measure=\"").append(esc(measure.id())).append("\">\n");
        svg.append("<title>").append(esc(tooltip(measure, counts))).append("</title>\n");
        svg.append("<text class=\"label\" x=\"0\" y=\"").append(number(middle))
                .append("\" dominant-baseline=\"central\">").append(esc(measure.id() + " " + measure.heading()))
                .append("</text>\n");
        double barTop = middle - BAR / 2.0;
        int cumulative = 0;
        for (Map.Entry<Outcome, Integer> count : counts.entrySet()) {
            double from = LABEL_WIDTH + (double) BAR_WIDTH * cumulative / total;
            cumulative += count.getValue();
            double to = LABEL_WIDTH + (double) BAR_WIDTH * cumulative / total;
            String outcome = count.getKey().code();
            svg.append("<rect class=\"outcome-").append(outcome).append("\" x=\"").append(number(from)).append("\" y=\"")
                    .append(number(barTop)).append("\" width=\"").append(number(to - from)).append("\" height=\"")
                    .append(BAR).append("\"/>\n");
            if (to - from >= MIN_LABELLED) {
                svg.append("<text class=\"count outcome-").append(outcome).append("\" x=\"").append(number((from + to) / 2))
                        .append("\" y=\"").append(number(middle)).append("\" text-anchor=\"middle\" dominant-baseline=\"central\">")
                        .append(count.getValue()).append("</text>\n");
            }
        }
        svg.append("<rect class=\"frame\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(number(barTop))
                .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(BAR).append("\"/>\n");
        svg.append("<text class=\"total\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"").append(number(middle))
                .append("\" dominant-baseline=\"central\">").append(total).append("</text>\n");
        svg.append("</g>\n");
    }

    /** The counts of the outcomes that occur, in the order of {@link Outcome}. */
    private static Map<Outcome, Integer> counts(List<ControlResult> results) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        return counts;
    }

    private static String tooltip(Measure measure, Map<Outcome, Integer> counts) {
        StringBuilder text = new StringBuilder(measure.id()).append(' ').append(measure.title().ja()).append(" / ")
                .append(measure.title().en()).append(':');
        String separator = " ";
        for (Map.Entry<Outcome, Integer> count : counts.entrySet()) {
            text.append(separator).append(count.getKey().label().ja()).append(' ').append(count.getKey().label().en())
                    .append(' ').append(count.getValue());
            separator = ", ";
        }
        return text.toString();
    }

    /** Coordinates with at most one decimal, the same on every platform. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String esc(String text) {
        return HtmlTemplate.escape(text);
    }
}
