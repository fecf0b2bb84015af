package io.nianbao.validate.domain;

import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the parts the parser attached to a stated total are a breakdown of that total, read from the text: the
 * parts follow a marker (其中 / 分别为 / 包括 …) that stands right after the total (in its clause, with no other number
 * between, or opening the next sentence), or they are the four quarters (第一季度…第四季度). The list ends where a
 * sentence ends or where a part is itself a new total (…行政诉讼46件，其中…). All parts count in the total's unit
 * (classifier). A sentence with a total and unrelated counts after it (受理3119件，答复3050件（含上年结转34件）…) is
 * not a breakdown.
 */
public final class Breakdowns {
    private static final Pattern MARKER = Pattern.compile("其中|分别为|分别是|分别有|包括|包含|具体为|具体是|具体有|具体包括");
    private static final Pattern EXHAUSTIVE = Pattern.compile("分别");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern PART_END = Pattern.compile("[。！？!?]");
    private static final Pattern NEW_TOTAL = Pattern.compile("^[\\s,，、:：]{0,2}(?:其中|分别)");
    private static final Pattern QUARTER = Pattern.compile("第[一二三四1-4]季度");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A breakdown: the total, its parts, and whether the wording says the parts are all of it (分别为, quarters). */
    public record Breakdown(StatedFigure total, List<StatedFigure> parts, boolean exhaustive) {
        public BigDecimal sum() {
            return parts.stream().map(p -> p.value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private Breakdowns() {
    }

    public static Optional<Breakdown> of(ReportRecord record, StatedFigure total) {
        String text = record.text;
        if (text == null || total == null || total.value == null) {
            return Optional.empty();
        }
        List<StatedFigure> parts = new ArrayList<>(Figures.countedParts(total));
        parts.removeIf(p -> p.start < 0 || p.end > text.length() || p.end <= p.start);
        parts.sort(Comparator.comparingInt((StatedFigure p) -> p.start));
        if (parts.size() < 2) {
            return Optional.empty();
        }
        if (parts.size() == 4 && parts.stream().allMatch(p -> p.label != null && QUARTER.matcher(p.label).find())) {
            return Figures.isPartition(total, parts) ? Optional.of(new Breakdown(total, parts, true)) : Optional.empty();
        }
        int totalNumberEnd = firstNumberEnd(text, Math.max(0, total.start), parts.get(0).start);
        int firstPartNumber = lastNumberStart(text, parts.get(0));
        if (totalNumberEnd < 0 || firstPartNumber <= totalNumberEnd) {
            return Optional.empty();
        }
        String between = text.substring(totalNumberEnd, firstPartNumber);
        Matcher m = MARKER.matcher(between);
        if (!m.find()) {
            return Optional.empty();
        }
        String beforeMarker = between.substring(0, m.start());
        Matcher end = SENTENCE_END.matcher(beforeMarker);
        int breaks = 0;
        int lastBreak = -1;
        while (end.find()) {
            breaks++;
            lastBreak = end.end();
        }
        if (breaks == 0) {
            if (NUMBER.matcher(beforeMarker).find()) {
                return Optional.empty(); // another count stands between the total and the list: the list is its
            }
        } else if (breaks > 1 || !beforeMarker.substring(lastBreak).isBlank()) {
            return Optional.empty(); // the marker does not open the sentence right after the total's
        }
        List<StatedFigure> kept = new ArrayList<>();
        kept.add(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            StatedFigure prev = parts.get(i - 1);
            StatedFigure p = parts.get(i);
            int from = Math.min(prev.end, lastNumberStart(text, p));
            String gap = text.substring(from, Math.max(from, lastNumberStart(text, p)));
            if (PART_END.matcher(gap).find()) {
                break;
            }
            String afterPart = text.substring(p.end, Math.min(text.length(), p.end + 6));
            if (NEW_TOTAL.matcher(afterPart).find()) {
                break; // this part heads a list of its own: a new total, not a part
            }
            kept.add(p);
        }
        if (!Figures.isPartition(total, kept)) {
            return Optional.empty();
        }
        return Optional.of(new Breakdown(total, kept, EXHAUSTIVE.matcher(m.group()).find()));
    }

    private static int firstNumberEnd(String text, int from, int to) {
        if (to <= from) {
            return -1;
        }
        Matcher m = NUMBER.matcher(text.substring(from, to));
        return m.find() ? from + m.end() : -1;
    }

    private static int lastNumberStart(String text, StatedFigure p) {
        Matcher m = NUMBER.matcher(text.substring(p.start, p.end));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last < 0 ? p.end : p.start + last;
    }
}
