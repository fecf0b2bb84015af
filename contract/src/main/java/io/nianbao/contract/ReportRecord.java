package io.nianbao.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of ../shared/spec/REPORT_FORMAT.md. parse-service emits it without {@link #findings},
 * {@link #summary} and {@link #ruleSetVersion}; validate-service adds them. Absent tables are null
 * (and absent in JSON); an empty cell is a null value inside a table.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ReportRecord {
    public String documentId;
    public Source source;
    public Report report;
    public List<Section> sections = new ArrayList<>();
    /** Section 二: row key -> column key -> value (see {@link TemplateKeys}). */
    public Map<String, Map<String, BigDecimal>> activeDisclosure;
    /** Section 三: row key -> the seven columns of {@link TemplateKeys#APPLICANT_COLUMNS}. */
    public Map<String, List<BigDecimal>> applications;
    /** Section 四: group key -> column key -> value. */
    public Map<String, Map<String, BigDecimal>> reviewLitigation;
    /** Stated figures by key (activeDisclosedCount, applicationsReceived, ...), the short form of {@link #figures}. */
    public Map<String, BigDecimal> narrative = new LinkedHashMap<>();
    /** Stated figures with where they stand in {@link #text}. */
    public List<StatedFigure> figures = new ArrayList<>();
    public List<ParseNote> parseNotes = new ArrayList<>();
    /** The normalized extracted text all character spans refer to. */
    public String text;
    public String parserVersion;

    // --- added by validate-service
    public List<Finding> findings;
    public Summary summary;
    public String ruleSetVersion;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Source {
        public String fileName;
        public String mediaType;
        public String uri;
        public String receivedAt;
        public Long sizeBytes;
        public String agencyHint;
        public String channel;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Report {
        public String title;
        /** The agency as the report writes it. */
        public String agency;
        public String agencyCanonical;
        /** GB/T 2260 code of the agency's region (6 digits). */
        public String regionCode;
        /** {@code government} (a people's government's own report) or {@code department}; null if unknown. */
        public String agencyKind;
        public Integer reportYear;
        /** ISO date. */
        public String publishedOn;
        /** Stated statistical period (统计期限), as written, if any. */
        public String statedPeriod;
        /** One of {@link TemplateKeys#TEMPLATES}. */
        public String template;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Section {
        public int number;
        public String title;
        public String text;
        /** Span of the section in {@link ReportRecord#text}. */
        public Integer start;
        public Integer end;

        public Section() {
        }

        public Section(int number, String title, String text, Integer start, Integer end) {
            this.number = number;
            this.title = title;
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    /** A number the text states, e.g. 收到政府信息公开申请3件, with its parts where it gives a breakdown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class StatedFigure {
        /** What is stated: applicationsReceived, activeDisclosedCount, reviewCount, litigationCount, reviewNone, feeCollected, a free label... */
        public String key;
        /** A human label of the quantity as written, e.g. 回应关切. */
        public String label;
        public BigDecimal value;
        public String unit;
        public Integer section;
        public int start;
        public int end;
        public String quote;
        /** Breakdown parts (其中A条…B条…), empty when there is none. */
        public List<StatedFigure> parts;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ParseNote {
        /** LAYOUT_IRREGULAR, LABELS_LOST, COLUMNS_SHIFTED, FLATTENED_AMBIGUOUS, CELL_UNREADABLE, TEXT_REPAIRED, ... */
        public String code;
        public String message;
        public Integer section;
        public String table;
        public List<String> candidates;
        /** The cells this note puts in doubt, as {@code table.row.column} (column index for applications). */
        public List<String> cells;

        public ParseNote() {
        }

        public ParseNote(String code, String message, Integer section) {
            this.code = code;
            this.message = message;
            this.section = section;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Finding {
        public String ruleId;
        /** error, warning, info. */
        public String severity;
        public String messageZh;
        public String messageEn;
        public Integer section;
        public List<CellRef> cells;
        public Integer spanStart;
        public Integer spanEnd;
        public String evidence;
        public String expected;
        public String actual;
        /** Who produced it: validate-service or store-service (history rules). */
        public String origin;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CellRef {
        public String table;
        public String row;
        public String column;

        public CellRef() {
        }

        public CellRef(String table, String row, String column) {
            this.table = table;
            this.row = row;
            this.column = column;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Summary {
        public int errors;
        public int warnings;
        public int infos;
        /** clean, warnings, errors, or incomplete (a rule could not run or the parse failed in part: see reasons). */
        public String status;
        /** Why the status is {@code incomplete}: the rules that could not run, the parse errors. */
        public List<String> reasons;
    }
}
