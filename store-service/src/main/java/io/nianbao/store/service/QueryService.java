package io.nianbao.store.service;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.store.domain.FindingLocation;
import io.nianbao.store.domain.HistoryRules;
import io.nianbao.store.domain.ReportFilter;
import io.nianbao.store.domain.SortSpec;
import io.nianbao.store.domain.TableDiff;
import io.nianbao.store.domain.TextDiff;
import io.nianbao.store.entity.CellEntity;
import io.nianbao.store.entity.DocumentEntity;
import io.nianbao.store.entity.FindingEntity;
import io.nianbao.store.entity.ReportEntity;
import io.nianbao.store.entity.SectionEntity;
import io.nianbao.store.repository.CellRepository;
import io.nianbao.store.repository.FindingRepository;
import io.nianbao.store.repository.ReportRepository;
import io.nianbao.store.repository.ReportSummary;
import io.nianbao.store.repository.ReviewRepository;
import io.nianbao.store.repository.SectionRepository;
import io.nianbao.store.service.view.Comparison;
import io.nianbao.store.service.view.RegionYear;
import io.nianbao.template.Divisions;
import io.nianbao.store.service.view.FindingView;
import io.nianbao.store.service.view.HistoryYear;
import io.nianbao.store.service.view.ReportDetail;
import io.nianbao.store.service.view.ReportFields;
import io.nianbao.store.service.view.ReviewView;
import io.nianbao.store.service.view.RuleView;
import io.nianbao.store.service.view.SameReportDoc;
import io.nianbao.store.service.view.SectionView;
import io.nianbao.store.service.view.SourceView;
import io.nianbao.store.service.view.Summary;
import io.nianbao.store.service.view.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read side: the shapes the REST API returns. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueryService {
    @Inject
    ReportRepository reports;
    @Inject
    CellRepository cells;
    @Inject
    SectionRepository sections;
    @Inject
    FindingRepository findings;
    @Inject
    ReviewRepository reviews;

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public Page<ReportSummary> search(ReportFilter filter, SortSpec sort, int page, int size) {
        List<ReportSummary> items = reports.search(filter, sort, page * size, size);
        return new Page<>(items, page, size, reports.count(filter));
    }

    /** At most this many other documents of the same report in a report's view (the count says how many in all). */
    public static final int SAME_REPORT_LIMIT = 10;

    /** The full view of one report, or null when unknown. */
    public ReportDetail detail(String documentId) {
        ReportEntity r = reports.findById(documentId);
        if (r == null) {
            return null;
        }
        DocumentEntity d = DocumentEntity.findById(documentId);
        ReportRecord rec = Json.read(r.record, ReportRecord.class);
        SourceView source = d == null ? new SourceView(null, null, null, null, null, null, null)
                : new SourceView(d.fileName, d.mediaType, d.uri, d.receivedAt, d.sizeBytes, d.agencyHint, d.channel);
        ReportFields report = new ReportFields(r.title, r.agency, r.agencyCanonical, r.regionCode,
                r.regionCode == null ? null : Divisions.get().fullName(r.regionCode), r.agencyKind,
                r.reportYear, r.publishedOn, r.statedPeriod, r.template);
        List<SameReportDoc> same = new ArrayList<>();
        for (ReportEntity g : reports.othersOfSameReport(r, SAME_REPORT_LIMIT)) {
            same.add(new SameReportDoc(g.documentId, g.publishedOn, g.current));
        }
        int sameCount = (int) reports.countOthersOfSameReport(r);
        List<SectionView> secs = new ArrayList<>();
        for (SectionEntity s : sections.ofDocument(documentId)) {
            secs.add(new SectionView(s.number, s.title, s.text, s.spanStart, s.spanEnd));
        }
        Map<String, ReviewRepository.Review> decided = reviews.ofDocuments(List.of(documentId));
        List<FindingView> fs = new ArrayList<>();
        for (FindingEntity f : findings.ofDocument(documentId)) {
            fs.add(finding(f, decided));
        }
        return new ReportDetail(r.documentId, source, report, r.status,
                new Summary(r.errors, r.warnings, r.infos, r.status), r.current, r.supersededBy, same, sameCount,
                r.parserVersion, r.ruleSetVersion, r.storedAt, r.updatedAt, tables(cells.ofDocument(documentId)),
                rec.narrative, rec.parseNotes, secs, fs);
    }

    /** The cells a stored finding names (its JSON column), empty when none. */
    public static List<ReportRecord.CellRef> cellsOf(String cellsJson) {
        return cellsJson == null ? List.of() : List.of(Json.read(cellsJson, ReportRecord.CellRef[].class));
    }

    /** The location of a stored finding: the key of a reviewer's decision. */
    public static String locationOf(Integer section, String cellsJson, Integer spanStart, Integer spanEnd) {
        List<FindingLocation.Cell> cells = new ArrayList<>();
        for (ReportRecord.CellRef c : cellsOf(cellsJson)) {
            cells.add(new FindingLocation.Cell(c.table, c.row, c.column));
        }
        return FindingLocation.of(section, cells, spanStart, spanEnd);
    }

    static FindingView finding(FindingEntity f, Map<String, ReviewRepository.Review> decided) {
        String location = locationOf(f.section, f.cells, f.spanStart, f.spanEnd);
        ReviewRepository.Review v = decided.get(ReviewRepository.Review.key(f.documentId, f.ruleId, location));
        return new FindingView(f.ruleId, f.severity, f.messageZh, f.messageEn, f.section, cellsOf(f.cells),
                f.spanStart, f.spanEnd, f.evidence, f.expected, f.actual, f.origin, f.relatedDocumentId, location,
                v == null ? null : new ReviewView(v.decision(), v.reason(), v.reviewer(), v.decidedAt()));
    }

    /** Rebuilds the three tables from the long-form cells: applications rows as 7-column arrays. */
    static Tables tables(List<CellEntity> all) {
        Map<String, Map<String, BigDecimal>> active = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> apps = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> review = new LinkedHashMap<>();
        all.stream().sorted((a, b) -> a.position - b.position).forEach(c -> {
            switch (c.tableKey) {
                case TemplateKeys.TABLE_ACTIVE -> active.computeIfAbsent(c.rowKey, k -> new LinkedHashMap<>()).put(c.columnKey, c.value);
                case TemplateKeys.TABLE_REVIEW -> review.computeIfAbsent(c.rowKey, k -> new LinkedHashMap<>()).put(c.columnKey, c.value);
                case TemplateKeys.TABLE_APPLICATIONS -> {
                    List<BigDecimal> row = apps.computeIfAbsent(c.rowKey, k -> {
                        List<BigDecimal> l = new ArrayList<>();
                        for (int i = 0; i < TemplateKeys.APPLICANT_COLUMNS.size(); i++) {
                            l.add(null);
                        }
                        return l;
                    });
                    int i = TemplateKeys.APPLICANT_COLUMNS.indexOf(c.columnKey);
                    if (i >= 0) {
                        row.set(i, c.value);
                    }
                }
                default -> {
                }
            }
        });
        return new Tables(active.isEmpty() ? null : active, apps.isEmpty() ? null : apps,
                review.isEmpty() ? null : review);
    }

    /** Year by year: every stored document of the agency (current first within a year). */
    public List<HistoryYear> agencyHistory(String agency) {
        List<HistoryYear> out = new ArrayList<>();
        for (ReportEntity r : reports.byAgency(agency)) {
            BigDecimal received = null;
            BigDecimal carriedOver = null;
            BigDecimal carriedForward = null;
            for (CellEntity c : cells.ofDocument(r.documentId, TemplateKeys.TABLE_APPLICATIONS)) {
                if ("total".equals(c.columnKey)) {
                    switch (c.rowKey) {
                        case "newReceived" -> received = c.value;
                        case "carriedOver" -> carriedOver = c.value;
                        case "carriedForward" -> carriedForward = c.value;
                        default -> {
                        }
                    }
                }
            }
            Map<String, Integer> byRule = new TreeMap<>();
            for (FindingEntity f : findings.ofDocument(r.documentId)) {
                byRule.merge(f.ruleId, 1, Integer::sum);
            }
            out.add(new HistoryYear(r.reportYear, r.documentId, r.title, r.publishedOn, r.template, r.status, r.current,
                    r.supersededBy, received, carriedOver, carriedForward,
                    new HistoryYear.Counts(r.errors, r.warnings, r.infos), byRule));
        }
        return out;
    }

    /** Two reports side by side (cells and narrative), or null when either is unknown. */
    public Comparison compare(String a, String b) {
        ReportEntity ra = reports.findById(a);
        ReportEntity rb = reports.findById(b);
        if (ra == null || rb == null) {
            return null;
        }
        List<TableDiff.Row> rows = TableDiff.diff(cellMap(a), cellMap(b));
        List<TextDiff.Part> text = TextDiff.diff(narrativeText(ra), narrativeText(rb));
        int removed = 0;
        int added = 0;
        for (TextDiff.Part p : text) {
            if (p.op() == TextDiff.Op.REMOVED) {
                removed += TextDiff.sentences(p.text()).size();
            } else if (p.op() == TextDiff.Op.ADDED) {
                added += TextDiff.sentences(p.text()).size();
            }
        }
        return new Comparison(side(ra), side(rb), rows, (int) rows.stream().filter(TableDiff.Row::differs).count(),
                text, removed, added);
    }

    static Comparison.Side side(ReportEntity r) {
        return new Comparison.Side(r.documentId, r.title, r.agency, r.agencyCanonical, r.reportYear, r.template,
                r.publishedOn, r.current, r.status);
    }

    Map<TableDiff.Key, BigDecimal> cellMap(String documentId) {
        Map<TableDiff.Key, BigDecimal> out = new LinkedHashMap<>();
        for (CellEntity c : cells.ofDocument(documentId)) {
            out.put(new TableDiff.Key(c.tableKey, c.rowKey, c.columnKey), c.value);
        }
        return out;
    }

    /** The narrative sections as written (一, 五, 六 on the 2019/2021 templates; all on 2008), else the whole text. */
    String narrativeText(ReportEntity r) {
        boolean tables = "2021".equals(r.template) || "2019".equals(r.template);
        StringBuilder sb = new StringBuilder();
        for (SectionEntity s : sections.ofDocument(r.documentId)) {
            if (tables && s.number >= 2 && s.number <= 4) {
                continue;
            }
            if (s.text != null) {
                sb.append(s.text).append('\n');
            }
        }
        if (sb.isEmpty()) {
            ReportRecord rec = Json.read(r.record, ReportRecord.class);
            return rec.text == null ? "" : rec.text;
        }
        return sb.toString();
    }

    /**
     * Sum of applications.newReceived.total per region (2/4/6-digit code prefix) and year over current reports, with
     * the region's GB/T 2260 name; {@code within}: only regions under this code prefix (the drill-down).
     */
    public List<RegionYear> applicationsByRegion(String level, String within, Integer yearFrom, Integer yearTo) {
        int len = switch (level == null ? "province" : level) {
            case "province" -> 2;
            case "city" -> 4;
            case "county" -> 6;
            default -> throw new IllegalArgumentException("level must be province, city or county: " + level);
        };
        String prefix = within == null || within.isBlank() ? null : within.trim();
        if (prefix != null && !prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("regionCode must be a 2-, 4- or 6-digit code prefix: " + within);
        }
        Divisions divisions = Divisions.get();
        List<RegionYear> out = new ArrayList<>();
        for (CellRepository.RegionYearSum s : cells.applicationsByRegion(len, yearFrom, yearTo)) {
            if (prefix != null && !s.region().startsWith(prefix.length() <= len ? prefix : prefix.substring(0, len))) {
                continue;
            }
            String name = divisions.byCode(s.region()).map(Divisions.Division::name).orElse(null);
            out.add(new RegionYear(s.region(), name, divisions.fullName(s.region()), s.year(), s.newReceived(), s.reports()));
        }
        return out;
    }

    public List<FindingRepository.RuleYearCount> findingsByRuleAndYear(Integer yearFrom, Integer yearTo) {
        return findings.countsByRuleAndYear(yearFrom, yearTo);
    }

    /** The catalogue: the history rules (static) and every rule seen in stored findings. */
    public List<RuleView> rules() {
        Map<String, RuleView> byId = new LinkedHashMap<>();
        HistoryRules.CATALOGUE.forEach((id, severity) ->
                byId.put(id, new RuleView(id, severity, "store-service", HistoryRules.DESCRIPTIONS.get(id), 0L)));
        for (FindingRepository.RuleSeen s : findings.rulesSeen()) {
            RuleView known = byId.get(s.ruleId());
            byId.put(s.ruleId(), known == null ? new RuleView(s.ruleId(), s.severity(), s.origin(), null, s.findings())
                    : new RuleView(known.ruleId(), known.severity(), known.origin(), known.description(),
                    known.findings() + s.findings()));
        }
        return new ArrayList<>(byId.values());
    }

    /** Stored records, for re-validation (POST /api/admin/revalidate). */
    public List<ReportEntity> records(ReportFilter filter, int limit) {
        List<ReportSummary> ids = reports.search(filter, SortSpec.parse("year,documentId"), 0, limit);
        List<ReportEntity> out = new ArrayList<>();
        for (ReportSummary s : ids) {
            out.add(reports.findById(s.documentId()));
        }
        return out;
    }

}
