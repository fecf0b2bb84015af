package io.nianbao.testsupport.corpus;

import io.nianbao.contract.FigureKeys;
import io.nianbao.contract.ReportRecord;
import io.nianbao.contract.ReportRecord.StatedFigure;
import io.nianbao.contract.TemplateKeys;
import io.nianbao.testsupport.corpus.Doc.Block;
import io.nianbao.testsupport.corpus.Doc.Cell;
import io.nianbao.testsupport.corpus.Doc.Heading;
import io.nianbao.testsupport.corpus.Doc.Para;
import io.nianbao.testsupport.corpus.Doc.Table;
import io.nianbao.testsupport.corpus.Doc.Title;
import io.nianbao.template.Rows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates random but consistent 政府信息公开工作年度报告: tables that satisfy every identity of
 * REPORT_FORMAT.md, and a narrative whose stated figures agree with the tables and whose
 * breakdowns add up. Deterministic for a given seed and call sequence.
 *
 * <p>Deliberate choices: 本年增/减 cells are never negative (a negative count is COUNT_NOT_WHOLE);
 * county-level agencies make no 规章 (always 0); a 2019 totalPublished is never below newlyPublished;
 * the body names no jurisdiction but the agency's own; every quantity is stated at most once.
 */
public final class ReportGenerator {

    record Dept(String full, List<String> shortForms, String self) {
    }

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept("人力资源和社会保障局", List.of("人社局", "人力社保局"), "我局"),
            new Dept("财政局", List.of(), "我局"),
            new Dept("教育局", List.of(), "我局"),
            new Dept("民政局", List.of(), "我局"),
            new Dept("卫生健康委员会", List.of("卫健委"), "我委"),
            new Dept("市场监督管理局", List.of("市场监管局"), "我局"),
            new Dept("住房和城乡建设局", List.of("住建局"), "我局"),
            new Dept("交通运输局", List.of("交通局"), "我局"),
            new Dept("农业农村局", List.of(), "我局"),
            new Dept("司法局", List.of(), "我局"));
    static final Dept GOVERNMENT = new Dept("人民政府", List.of(), "本机关");

    static final String[] SECTION_TITLES = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
    static final String[] SECTION_TITLES_2008 = {"概述", "主动公开政府信息情况", "依申请公开政府信息情况",
            "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进情况"};
    static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * Section 三 row labels: key -> {group label or null, own label with its printed numbering}, from the
     * template model ({@link Rows}): the group heading a row is printed under, and numbering + statutory label.
     */
    static final Map<String, String[]> APP_LABELS = new LinkedHashMap<>();

    static {
        String group = null;
        List<String> rows = new ArrayList<>(TemplateKeys.APPLICATION_ROWS_2021);
        rows.add(rows.indexOf("total"), "otherHandling");
        for (String key : rows) {
            Rows.Row row = Rows.application(key);
            String heading = Rows.APPLICATION_GROUP_HEADINGS.get(key);
            if (heading != null && !key.equals("granted")) {
                group = heading;
            }
            boolean numbered = row.numbering().matches("\\d+\\.");
            if (!numbered) {
                group = null;
            }
            APP_LABELS.put(key, new String[]{numbered ? group : null, row.numbering() + row.label()});
        }
    }

    static final String APP_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String APP_RESULTS = Rows.APPLICATION_GROUP_HEADINGS.get("granted");
    static final List<String> APPLICANT_LABELS = Rows.APPLICANT_COLUMN_LABELS;
    static final List<String> REVIEW_LABELS = TemplateKeys.REVIEW_COLUMNS.stream()
            .map(Rows.REVIEW_COLUMN_LABELS::get).toList();

    private static final Map<String, Double> OUTCOME_WEIGHTS = new LinkedHashMap<>();

    static {
        OUTCOME_WEIGHTS.put("granted", 35.0);
        OUTCOME_WEIGHTS.put("partiallyGranted", 8.0);
        for (String k : List.of("deniedStateSecret", "deniedProhibitedByLaw", "deniedSafetyStability",
                "deniedThirdPartyRights", "deniedInternalAffairs", "deniedProcessInfo", "deniedEnforcementFiles",
                "deniedQueryMatters")) {
            OUTCOME_WEIGHTS.put(k, 1.0);
        }
        OUTCOME_WEIGHTS.put("unavailableNotHeld", 22.0);
        OUTCOME_WEIGHTS.put("unavailableNeedsCreation", 4.0);
        OUTCOME_WEIGHTS.put("unavailableUnclear", 3.0);
        OUTCOME_WEIGHTS.put("notProcessedComplaint", 6.0);
        OUTCOME_WEIGHTS.put("notProcessedRepeated", 4.0);
        OUTCOME_WEIGHTS.put("notProcessedPublication", 1.0);
        OUTCOME_WEIGHTS.put("notProcessedExcessive", 1.0);
        OUTCOME_WEIGHTS.put("notProcessedConfirmation", 2.0);
        OUTCOME_WEIGHTS.put("otherNoCorrection", 4.0);
        OUTCOME_WEIGHTS.put("otherUnpaidFee", 0.5);
        OUTCOME_WEIGHTS.put("otherOther", 4.0);
        OUTCOME_WEIGHTS.put("otherHandling", 8.0);
    }

    private static final List<String> ACTIVE_CATEGORIES = List.of("政策文件", "政策解读", "工作动态", "通知公告",
            "人事信息", "财政资金信息", "规划计划", "重点领域信息", "建议提案办理结果", "行政执法信息", "公共服务信息");

    private final Random master;
    private boolean realistic = true;
    private double inconsistentShare;

    /**
     * A generator of reports whose truth carries what real reports print ({@link Irregularity}: blank columns,
     * mixed generations, signed 本年增/减) and whose narrative is worded as real reports word it (not in one
     * fixed grammar): see {@link #clean()} for the former, regular reports.
     */
    public ReportGenerator(long seed) {
        this.master = new Random(seed);
    }

    /**
     * Regular reports only: no {@link Irregularity}, the narrative in the generator's own few phrasings (what
     * this generator made before it learnt from real reports). Series ({@link #generateSeries}) are always so.
     */
    public ReportGenerator clean() {
        this.realistic = false;
        this.inconsistentShare = 0;
        return this;
    }

    /**
     * Also publish inconsistent tables, in {@code share} (0..1) of the 2019/2021 reports: one of
     * {@link Irregularity#TOTAL_ROW_PRINTED_ZERO}, {@link Irregularity#BLANK_TOTAL_COLUMN},
     * {@link Irregularity#OUTCOME_EXCEEDS_TOTAL}. The truth keeps the printed numbers;
     * {@link GeneratedReport#expectedFindings()} says which rules they break.
     */
    public ReportGenerator withPublishedInconsistencies(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be in 0..1: " + share);
        }
        this.realistic = true;
        this.inconsistentShare = share;
        return this;
    }

    /** A report of a random template: 2021 (60%, years 2021-2024), 2019 (25%, 2019/2020), 2008 (15%, 2009-2018). */
    public GeneratedReport generate() {
        double p = master.nextDouble();
        if (p < 0.6) {
            return generate(TemplateKeys.T2021, 2021 + master.nextInt(4));
        } else if (p < 0.85) {
            return generate(TemplateKeys.T2019, 2019 + master.nextInt(2));
        }
        return generate(TemplateKeys.T2008, 2009 + master.nextInt(10));
    }

    /** {@code n} reports of random templates. */
    public List<GeneratedReport> generate(int n) {
        List<GeneratedReport> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(generate());
        }
        return out;
    }

    /**
     * One report on {@code template} ("2021", "2019", "2008") for {@code reportYear}. The year is
     * not checked against the template: a 2019-template report of 2022 is a TEMPLATE_OUTDATED case.
     */
    public GeneratedReport generate(String template, int reportYear) {
        if (!List.of(TemplateKeys.T2021, TemplateKeys.T2019, TemplateKeys.T2008).contains(template)) {
            throw new IllegalArgumentException("template must be 2021, 2019 or 2008: " + template);
        }
        long seed = master.nextLong();
        Build b = new Build(new Random(seed), template, reportYear, seed, null);
        if (realistic) {
            b.realism(inconsistentShare);
        }
        return b.run();
    }

    /** The template an agency uses for a report year: 2008 up to 2018, 2019 for 2019/2020, 2021 from 2021. */
    public static String templateFor(int reportYear) {
        return reportYear <= 2018 ? TemplateKeys.T2008 : reportYear <= 2020 ? TemplateKeys.T2019 : TemplateKeys.T2021;
    }

    /**
     * One agency's reports for {@code fromYear..toYear}, each on the template of its year, linked as
     * the history rules expect: carriedOver(Y) = carriedForward(Y-1) in every column, and on the 2021
     * template inForce(Y) = inForce(Y-1) + made(Y) - repealed(Y) (2019 template: totalPublished grows
     * by newlyPublished). For CARRY_OVER_MISMATCH / IN_FORCE_DRIFT tests: mutate one link to break it.
     */
    public List<GeneratedReport> generateSeries(int fromYear, int toYear) {
        return generateSeries(fromYear, toYear, NO_BREAK, null);
    }

    /** For {@link #generateSeries(int, int, int, Place)}: no year breaks the carry-over link. */
    public static final int NO_BREAK = 0;

    /**
     * Like {@link #generateSeries(int, int)}, except that in {@code carryOverBreakYear} the agency starts
     * from a different carried-over row: carriedOver(break year) ≠ carriedForward(break year - 1) in the
     * natural-person and total columns (a CARRY_OVER_MISMATCH across reports), while that report, like every
     * other, stays internally consistent ({@link Identities#violated} is empty). Every other link holds.
     *
     * @param carryOverBreakYear a year in {@code fromYear+1..toYear} whose previous year has an applications
     *                           table (2019 template or later), or {@link #NO_BREAK}
     * @param place              the agency's place, or null for a random one
     */
    public List<GeneratedReport> generateSeries(int fromYear, int toYear, int carryOverBreakYear, Place place) {
        if (carryOverBreakYear != NO_BREAK && (carryOverBreakYear <= fromYear || carryOverBreakYear > toYear
                || TemplateKeys.T2008.equals(templateFor(carryOverBreakYear - 1)))) {
            throw new IllegalArgumentException("break year " + carryOverBreakYear + " must be in " + (fromYear + 1)
                    + ".." + toYear + " and follow a year with an applications table (2019 or later)");
        }
        List<GeneratedReport> out = new ArrayList<>();
        GeneratedReport prev = null;
        for (int y = fromYear; y <= toYear; y++) {
            long seed = master.nextLong();
            prev = new Build(new Random(seed), templateFor(y), y, seed, prev, place, y == carryOverBreakYear).run();
            out.add(prev);
        }
        return out;
    }

    /** One report in the making. */
    private static final class Build {
        final Random r;
        final String template;
        final int year;
        final long seed;
        final Place place;
        final Dept dept;
        final boolean government;
        final String agencyWritten;
        final String canonical;
        final String self;
        final String lvl;
        final List<Block> blocks = new ArrayList<>();
        final ReportRecord rec = new ReportRecord();
        Map<String, long[]> apps;
        Map<String, long[]> review;
        int scale;
        /** Real-report irregularities and wording, drawn from their own random so the base report is unchanged. */
        boolean real;
        double inconsistentShare;
        Random d;
        final java.util.EnumSet<Irregularity> irregularities = java.util.EnumSet.noneOf(Irregularity.class);

        void realism(double inconsistent) {
            this.real = true;
            this.inconsistentShare = inconsistent;
            this.d = new Random(seed * 0x9E3779B97F4A7C15L + 0x1234567L);
        }

        /** The same agency's report of the previous year, when generating a series. */
        final GeneratedReport prev;
        /** In a series: this year's carriedOver deliberately differs from prev's carriedForward. */
        final boolean breakCarryOver;

        Build(Random r, String template, int year, long seed, GeneratedReport prev) {
            this(r, template, year, seed, prev, null, false);
        }

        Build(Random r, String template, int year, long seed, GeneratedReport prev, Place fixedPlace,
              boolean breakCarryOver) {
            this.r = r;
            this.template = template;
            this.year = year;
            this.seed = seed;
            this.prev = prev;
            this.breakCarryOver = breakCarryOver;
            if (prev != null) {
                ReportRecord.Report pr = prev.expected().report;
                this.place = prev.place();
                this.government = "government".equals(pr.agencyKind);
                this.dept = government ? GOVERNMENT : DEPARTMENTS.stream()
                        .filter(d -> pr.agencyCanonical.endsWith(d.full())).findFirst().orElseThrow();
                this.canonical = pr.agencyCanonical;
                this.agencyWritten = pr.agency;
                this.self = government ? "本机关" : dept.self();
                this.lvl = place.level();
                return;
            }
            Place picked = pick(Place.ALL);
            this.place = fixedPlace != null ? fixedPlace : picked;
            this.government = r.nextDouble() < 0.2;
            this.dept = government ? GOVERNMENT : pick(DEPARTMENTS);
            this.canonical = place.cityAndCounty() + dept.full();
            double w = r.nextDouble();
            if (!dept.shortForms().isEmpty() && w < 0.3) {
                agencyWritten = place.county() + pick(dept.shortForms());
            } else if (w < 0.7) {
                agencyWritten = place.county() + dept.full();
            } else {
                agencyWritten = canonical;
            }
            this.self = government ? (r.nextBoolean() ? "本机关" : place.county() + "人民政府")
                    : (r.nextDouble() < 0.8 ? dept.self() : "本机关");
            this.lvl = place.level();
        }

        GeneratedReport run() {
            boolean tables = !TemplateKeys.T2008.equals(template);
            rec.report = new ReportRecord.Report();
            rec.report.title = agencyWritten + year + "年政府信息公开工作年度报告";
            rec.report.agency = agencyWritten;
            rec.report.agencyCanonical = canonical;
            rec.report.regionCode = place.code();
            rec.report.agencyKind = government ? "government" : "department";
            rec.report.reportYear = year;
            rec.report.template = template;
            LocalDate published = tables ? LocalDate.of(year + 1, 1, 5 + r.nextInt(26))
                    : LocalDate.of(year + 1, 1 + r.nextInt(3), 1 + r.nextInt(28));
            rec.report.publishedOn = published.toString();

            scale = pickScale();
            if (tables) {
                makeApplications();
                makeReview();
                rec.activeDisclosure = TemplateKeys.T2021.equals(template) ? active2021() : active2019();
                rec.applications = toDecimal(apps);
                rec.reviewLitigation = new LinkedHashMap<>();
                for (String g : TemplateKeys.REVIEW_GROUPS) {
                    Map<String, BigDecimal> m = new LinkedHashMap<>();
                    long[] v = review.get(g);
                    for (int i = 0; i < 5; i++) {
                        m.put(TemplateKeys.REVIEW_COLUMNS.get(i), BigDecimal.valueOf(v[i]));
                    }
                    rec.reviewLitigation.put(g, m);
                }
                if (real) {
                    irregularTruth();
                }
            } else {
                makeApplications2008();
            }

            blocks.add(new Title(rec.report.title));
            boolean signature = r.nextDouble() < 0.3;
            if (!signature) {
                String label = r.nextBoolean() ? "发布时间：" : "发布日期：";
                String time = r.nextBoolean() ? String.format(" %02d:%02d", 8 + r.nextInt(10), r.nextInt(60)) : "";
                String source = r.nextBoolean() ? "　来源：" + agencyWritten : "";
                blocks.add(new Para(label + published + time + source, List.of(), null, true));
            }
            if (tables) {
                body20xx();
            } else {
                body2008();
            }
            if (signature) {
                blocks.add(new Para(agencyWritten, List.of(), null, false));
                blocks.add(new Para(published.getYear() + "年" + published.getMonthValue() + "月"
                        + published.getDayOfMonth() + "日", List.of(), null, false));
            }
            Doc doc = new Doc(blocks);
            finish(doc);
            return new GeneratedReport(rec, doc, place, seed, irregularities);
        }

        // ------------------------------------------------------------------ irregularities of real reports

        void irregularTruth() {
            Map<String, List<BigDecimal>> a = rec.applications;
            if (TemplateKeys.T2021.equals(template) && d.nextDouble() < 0.12) {
                Map<String, List<BigDecimal>> m = new LinkedHashMap<>();
                List<String> three = List.of("otherNoCorrection", "otherUnpaidFee", "otherOther");
                for (Map.Entry<String, List<BigDecimal>> e : a.entrySet()) {
                    if (e.getKey().equals("otherNoCorrection")) {
                        List<BigDecimal> sum = new ArrayList<>();
                        for (int c = 0; c < 7; c++) {
                            BigDecimal s = BigDecimal.ZERO;
                            for (String k : three) {
                                s = s.add(a.get(k).get(c));
                            }
                            sum.add(s);
                        }
                        m.put("otherHandling", sum);
                    } else if (!three.contains(e.getKey())) {
                        m.put(e.getKey(), e.getValue());
                    }
                }
                rec.applications = a = m;
                irregularities.add(Irregularity.MIXED_GENERATION_OTHER_HANDLING);
            }
            if (d.nextDouble() < 0.15) {
                for (List<BigDecimal> row : a.values()) {
                    BigDecimal natural = row.get(0);
                    for (int c = 1; c <= 5; c++) {
                        natural = natural.add(row.get(c));
                        row.set(c, null);
                    }
                    row.set(0, natural);
                }
                irregularities.add(Irregularity.BLANK_LEGAL_PERSON_COLUMNS);
            }
            if (TemplateKeys.T2019.equals(template)) {
                for (String row : List.of("licensing", "otherServices", "punishment", "coercion", "fees")) {
                    Map<String, BigDecimal> cells = rec.activeDisclosure.get(row);
                    long prevCount = cells.get("previousCount").longValue();
                    if (prevCount > 0 && d.nextDouble() < 0.3) {
                        cells.put("change", BigDecimal.valueOf(-(1 + d.nextInt((int) Math.min(prevCount, 60)))));
                        irregularities.add(Irregularity.SIGNED_CHANGE);
                    }
                }
            }
            if (inconsistentShare > 0 && d.nextDouble() < inconsistentShare) {
                List<BigDecimal> total = a.get("total");
                boolean totalNonZero = total.get(6) != null && total.get(6).signum() > 0;
                int kind = d.nextInt(3);
                if (kind == 0 && totalNonZero) {
                    for (int c = 0; c < 7; c++) {
                        if (total.get(c) != null) {
                            total.set(c, BigDecimal.ZERO);
                        }
                    }
                    irregularities.add(Irregularity.TOTAL_ROW_PRINTED_ZERO);
                } else if (kind == 1) {
                    for (List<BigDecimal> row : a.values()) {
                        row.set(6, null);
                    }
                    irregularities.add(Irregularity.BLANK_TOTAL_COLUMN);
                } else {
                    String row = d.nextBoolean() ? "granted" : "unavailableNotHeld";
                    long k = 1 + d.nextInt(12);
                    List<BigDecimal> v = a.get(row);
                    v.set(0, v.get(0).add(BigDecimal.valueOf(k)));
                    if (v.get(6) != null) {
                        v.set(6, v.get(6).add(BigDecimal.valueOf(k)));
                    }
                    irregularities.add(Irregularity.OUTCOME_EXCEEDS_TOTAL);
                }
            }
        }

        // ------------------------------------------------------------------ numbers

        int pickScale() {
            double p = r.nextDouble();
            if (TemplateKeys.T2008.equals(template)) {
                return p < 0.4 ? 0 : p < 0.8 ? 1 : 2;
            }
            return p < 0.25 ? 0 : p < 0.6 ? 1 : p < 0.85 ? 2 : 3;
        }

        long newTotal() {
            return switch (scale) {
                case 0 -> 0;
                case 1 -> 1 + r.nextInt(9);
                case 2 -> 10 + r.nextInt(90);
                default -> 100 + r.nextInt(700);
            };
        }

        void makeApplications() {
            List<String> outcomes = TemplateKeys.outcomeRows(template);
            apps = new LinkedHashMap<>();
            for (String row : TemplateKeys.applicationRows(template)) {
                apps.put(row, new long[7]);
            }
            long n = newTotal();
            double[] colW = {60 + r.nextInt(40), r.nextInt(3) == 0 ? 0 : r.nextInt(15), r.nextInt(6) == 0 ? 3 : 0,
                    r.nextInt(6) == 0 ? 3 : 0, r.nextInt(4) == 0 ? 5 : 0, r.nextInt(3) == 0 ? 6 : 0};
            long[] newCols = multinomial(n, colW);
            long[] carried = new long[6];
            long[] forward = new long[6];
            boolean hasCarried = scale > 0 && r.nextDouble() < 0.35;
            boolean hasForward = scale > 0 && r.nextDouble() < 0.4;
            List<BigDecimal> prevForward = prev == null || prev.expected().applications == null ? null
                    : prev.expected().applications.get("carriedForward");
            if (breakCarryOver && prevForward == null) {
                throw new IllegalStateException("no previous carriedForward to break from in " + year);
            }
            for (int c = 0; c < 6; c++) {
                if (prevForward != null) {
                    carried[c] = prevForward.get(c).longValue();
                    if (breakCarryOver && c == 0) {
                        // a different starting row: more natural-person applications carried over than last
                        // year's report carried forward (the totals differ by the same amount)
                        carried[c] += 1 + r.nextInt(Math.max(3, (int) Math.min(40, newCols[c] / 4 + 1)));
                    }
                } else if (hasCarried && newCols[c] > 0) {
                    carried[c] = r.nextInt((int) Math.max(1, newCols[c] / 8) + 1);
                }
                if (hasForward) {
                    long avail = newCols[c] + carried[c];
                    forward[c] = avail == 0 ? 0 : r.nextInt((int) Math.max(1, avail / 6) + 1);
                }
            }
            double[] ow = new double[outcomes.size()];
            for (int i = 0; i < ow.length; i++) {
                double base = OUTCOME_WEIGHTS.get(outcomes.get(i));
                ow[i] = r.nextDouble() < 0.25 ? 0 : base * (0.3 + 1.7 * r.nextDouble());
            }
            if (Arrays.stream(ow).sum() == 0) {
                ow[0] = 1;
            }
            for (int c = 0; c < 6; c++) {
                long handled = newCols[c] + carried[c] - forward[c];
                long[] split = multinomial(handled, ow);
                for (int i = 0; i < outcomes.size(); i++) {
                    apps.get(outcomes.get(i))[c] = split[i];
                }
                apps.get("newReceived")[c] = newCols[c];
                apps.get("carriedOver")[c] = carried[c];
                apps.get("carriedForward")[c] = forward[c];
                apps.get("total")[c] = handled;
            }
            for (long[] row : apps.values()) {
                long s = 0;
                for (int c = 0; c < 6; c++) {
                    s += row[c];
                }
                row[6] = s;
            }
        }

        void makeReview() {
            review = new LinkedHashMap<>();
            long appsN = apps.get("newReceived")[6];
            boolean none = scale == 0 ? r.nextDouble() < 0.9 : r.nextDouble() < 0.45;
            for (String g : TemplateKeys.REVIEW_GROUPS) {
                long[] v = new long[5];
                if (!none) {
                    int max = (int) Math.max(1, appsN / (g.equals("review") ? 12 : 30));
                    long n = r.nextDouble() < (g.equals("review") ? 0.75 : 0.35) ? r.nextInt(max + 1) : 0;
                    long[] s = multinomial(n, new double[]{50, 10, 10, 15});
                    System.arraycopy(s, 0, v, 0, 4);
                    v[4] = s[0] + s[1] + s[2] + s[3];
                }
                review.put(g, v);
            }
        }

        void makeApplications2008() {
            apps = new LinkedHashMap<>();
            long[] v = new long[7];
            v[0] = scale == 0 ? 0 : scale == 1 ? 1 + r.nextInt(9) : 10 + r.nextInt(50);
            v[6] = v[0];
            apps.put("newReceived", v);
            review = new LinkedHashMap<>();
            boolean none = r.nextDouble() < 0.85;
            for (String g : TemplateKeys.REVIEW_GROUPS) {
                long[] g5 = new long[5];
                if (!none && !g.equals("litigationAfterReview")) {
                    g5[4] = r.nextInt(3);
                }
                review.put(g, g5);
            }
        }

        long count(int p0, int max) {
            // 0 with probability p0 percent, else log-uniform in 1..max
            if (r.nextInt(100) < p0) {
                return 0;
            }
            return Math.max(1, Math.round(Math.exp(r.nextDouble() * Math.log(max))));
        }

        Map<String, Map<String, BigDecimal>> active2021() {
            Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
            m.put("regulations", cells("made", 0, "repealed", 0, "inForce", 0));
            long made = count(50, 6);
            long repealed = count(70, 4);
            long inForce = made + count(30, 40);
            Map<String, Map<String, BigDecimal>> before = prev == null ? null : prev.expected().activeDisclosure;
            if (before != null && TemplateKeys.T2021.equals(prev.template())) {
                long prevInForce = before.get("normativeDocuments").get("inForce").longValue();
                repealed = Math.min(repealed, prevInForce + made);
                inForce = prevInForce + made - repealed;
            }
            m.put("normativeDocuments", cells("made", made, "repealed", repealed, "inForce", inForce));
            m.put("licensing", cells("decisions", count(30, 5000)));
            m.put("punishment", cells("decisions", count(50, 300)));
            m.put("coercion", cells("decisions", count(75, 20)));
            Map<String, BigDecimal> fees = new LinkedHashMap<>();
            fees.put("amount", feeAmount());
            m.put("fees", fees);
            return m;
        }

        Map<String, Map<String, BigDecimal>> active2019() {
            Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
            m.put("regulations", cells("newlyMade", 0, "newlyPublished", 0, "totalPublished", 0));
            long made = count(50, 6);
            long published = r.nextDouble() < 0.85 ? made : Math.max(0, made - 1);
            long total = published + count(30, 40);
            Map<String, Map<String, BigDecimal>> before = prev == null ? null : prev.expected().activeDisclosure;
            if (before != null && TemplateKeys.T2019.equals(prev.template())) {
                total = before.get("normativeDocuments").get("totalPublished").longValue() + published;
            }
            m.put("normativeDocuments", cells("newlyMade", made, "newlyPublished", published,
                    "totalPublished", total));
            for (String row : List.of("licensing", "otherServices", "punishment", "coercion")) {
                int max = row.equals("coercion") ? 15 : 300;
                m.put(row, cells("previousCount", count(40, max), "change", count(80, 10),
                        "decisions", count(40, row.equals("licensing") ? 5000 : max)));
            }
            m.put("fees", cells("previousCount", count(60, 20), "change", count(90, 3)));
            long projects = count(70, 30);
            Map<String, BigDecimal> proc = new LinkedHashMap<>();
            proc.put("projects", BigDecimal.valueOf(projects));
            proc.put("totalAmount", projects == 0 ? BigDecimal.ZERO
                    : plain(BigDecimal.valueOf(1 + r.nextInt(500000), 2 + r.nextInt(2))));
            m.put("procurement", proc);
            return m;
        }

        BigDecimal feeAmount() {
            if (r.nextDouble() < 0.7) {
                return BigDecimal.ZERO;
            }
            int scaleDigits = 1 + r.nextInt(4);
            BigDecimal v = BigDecimal.valueOf(Math.exp(r.nextDouble() * Math.log(500)))
                    .setScale(scaleDigits, RoundingMode.HALF_UP);
            if (v.signum() == 0) {
                v = new BigDecimal("0.01");
            }
            return plain(v);
        }

        static BigDecimal plain(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
        }

        Map<String, BigDecimal> cells(Object... kv) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], BigDecimal.valueOf(((Number) kv[i + 1]).longValue()));
            }
            return m;
        }

        static Map<String, List<BigDecimal>> toDecimal(Map<String, long[]> apps) {
            Map<String, List<BigDecimal>> m = new LinkedHashMap<>();
            apps.forEach((k, v) -> {
                List<BigDecimal> l = new ArrayList<>();
                for (long x : v) {
                    l.add(BigDecimal.valueOf(x));
                }
                m.put(k, l);
            });
            return m;
        }

        long[] multinomial(long n, double[] w) {
            double sum = Arrays.stream(w).sum();
            long[] out = new long[w.length];
            if (n <= 0) {
                return out;
            }
            for (long i = 0; i < n; i++) {
                double x = r.nextDouble() * sum;
                int k = 0;
                while (k < w.length - 1 && (x -= w[k]) >= 0) {
                    k++;
                }
                // skip zero-weight slots the subtraction may have landed on
                while (w[k] == 0) {
                    k = (k + 1) % w.length;
                }
                out[k]++;
            }
            return out;
        }

        /** n split into k parts, each at least 1 (n >= k). */
        long[] parts(long n, int k) {
            long[] out = new long[k];
            Arrays.fill(out, 1);
            double[] w = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = 0.2 + r.nextDouble() * r.nextDouble() * 5;
            }
            long[] extra = multinomial(n - k, w);
            for (int i = 0; i < k; i++) {
                out[i] += extra[i];
            }
            return out;
        }

        /** One or two distinct sentences of a pool, run together. */
        String some(List<String> pool) {
            String a = pick(pool);
            if (r.nextBoolean()) {
                String b = pick(pool);
                if (!b.equals(a)) {
                    return a + b;
                }
            }
            return a;
        }

        <T> T pick(List<T> l) {
            return l.get(r.nextInt(l.size()));
        }

        String fill(String s) {
            return s.replace("{S}", self).replace("{L}", lvl).replace("{C}", place.county())
                    .replace("{Y}", String.valueOf(year)).replace("{A}", agencyWritten);
        }

        // ------------------------------------------------------------------ text

        final class PB {
            final StringBuilder sb = new StringBuilder();
            final List<StatedFigure> figs = new ArrayList<>();
            final int section;

            PB(int section) {
                this.section = section;
            }

            PB t(String s) {
                sb.append(fill(s));
                return this;
            }

            int mark() {
                return sb.length();
            }

            StatedFigure fig(String key, String label, long value, String unit, int start) {
                return fig(key, label, BigDecimal.valueOf(value), unit, start, sb.length());
            }

            StatedFigure fig(String key, String label, BigDecimal value, String unit, int start, int end) {
                StatedFigure f = new StatedFigure();
                f.key = key;
                f.label = label;
                f.value = value;
                f.unit = unit;
                f.section = section;
                f.start = start;
                f.end = end;
                f.quote = sb.substring(start, end);
                f.parts = new ArrayList<>();
                return f;
            }

            PB add(StatedFigure f) {
                figs.add(f);
                return this;
            }

            void emit() {
                blocks.add(new Para(sb.toString(), figs, section, false));
            }
        }

        void heading(int n) {
            String[] titles = TemplateKeys.T2008.equals(template) ? SECTION_TITLES_2008 : SECTION_TITLES;
            String t = titles[n - 1];
            if (!TemplateKeys.T2008.equals(template)) {
                if (n == 5 && r.nextDouble() < 0.2) {
                    t = "存在问题及改进情况";
                } else if (n == 4 && r.nextDouble() < 0.15) {
                    t = "因政府信息公开工作被申请行政复议、提起行政诉讼情况";
                }
            }
            blocks.add(new Heading(1, CN[n - 1] + "、" + t, n));
        }

        /** Starts a sub-part: a heading line, or a lead-in at the start of the paragraph. */
        PB sub(int section, int i, String name, boolean asHeading) {
            String h = "（" + CN[i] + "）" + name;
            if (asHeading) {
                blocks.add(new Heading(2, h, section));
                return new PB(section);
            }
            return new PB(section).t(h + "。");
        }

        void body20xx() {
            String notice = TemplateKeys.T2021.equals(template) ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
            PB pre = new PB(0);
            pre.t("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（"
                    + notice + "）要求编制。");
            if (r.nextDouble() < 0.6) {
                String period = year + "年1月1日至" + year + "年12月31日";
                rec.report.statedPeriod = period;
                pre.t("本报告中所列数据的统计期限为" + period + "。");
            }
            if (r.nextBoolean()) {
                pre.t("本报告电子版可在{C}人民政府门户网站查阅。");
            }
            blocks.add(new Para(pre.sb.toString(), List.of(), null, false));

            boolean asHeadings = r.nextBoolean();
            boolean reviewInSection4 = r.nextDouble() < 0.3;
            // 一
            heading(1);
            if (r.nextBoolean()) {
                new PB(1).t(some(INTRO)).emit();
            }
            PB p = sub(1, 0, pick(List.of("主动公开", "主动公开情况", "主动公开方面")), asHeadings);
            p.t(pick(ACTIVE_FILLER));
            boolean interpretation = r.nextDouble() < 0.3;
            interpretationStated = interpretation;
            activeStatement(p, 1, true);
            if (r.nextDouble() < 0.4) {
                quantity(p, 1, "召开新闻发布会", "新闻发布会", "场", 1, 12);
            }
            p.emit();
            if (interpretation) {
                PB q = new PB(1);
                interpretationBreakdown(q, 1);
                q.emit();
            }
            p = sub(1, 1, pick(List.of("依申请公开", "依申请公开情况", "依申请公开方面")), asHeadings);
            p.t(pick(REQUEST_FILLER));
            applicationStatement(p);
            if (!reviewInSection4) {
                p.t(pick(List.of("", "同时，")));
                reviewStatement(p);
            }
            p.emit();
            p = sub(1, 2, pick(List.of("政府信息管理", "政府信息管理情况", "政府信息管理方面")), asHeadings);
            p.t(some(MANAGEMENT_FILLER));
            p.emit();
            p = sub(1, 3, pick(List.of("平台建设", "政府信息公开平台建设", "平台建设情况")), asHeadings);
            p.t(some(PLATFORM_FILLER));
            if (r.nextDouble() < 0.4) {
                quantity(p, 1, "全年通过政务新媒体推送信息", "政务新媒体推送信息", "条", 10, 900);
            }
            p.emit();
            p = sub(1, 4, pick(List.of("监督保障", "监督保障情况", "监督保障方面")), asHeadings);
            p.t(some(SUPERVISION_FILLER));
            if (r.nextDouble() < 0.4) {
                quantity(p, 1, "全年组织政务公开业务培训", "业务培训", "次", 1, 8);
            }
            p.emit();
            // 二
            heading(2);
            blocks.add(TemplateKeys.T2021.equals(template) ? activeTable2021() : activeTable2019());
            // 三
            heading(3);
            blocks.add(applicationsTable());
            // 四
            heading(4);
            if (reviewInSection4) {
                PB q = new PB(4);
                q.t("{Y}年，");
                reviewStatement(q);
                q.emit();
            }
            blocks.add(reviewTable());
            // 五
            heading(5);
            new PB(5).t(some(PROBLEMS)).emit();
            new PB(5).t(pick(IMPROVEMENTS)).emit();
            // 六
            heading(6);
            PB six = new PB(6);
            if (TemplateKeys.T2021.equals(template)) {
                feeStatement(six);
                if (r.nextBoolean()) {
                    six.t("无其他需要报告的事项。");
                }
            } else {
                six.t(pick(List.of("无。", "无其他需要报告的事项。", "本年度无其他需要报告的事项。")));
            }
            six.emit();
        }

        void body2008() {
            heading(1);
            new PB(1).t(some(INTRO)).t(some(SUPERVISION_FILLER)).emit();
            heading(2);
            PB p = new PB(2);
            p.t(pick(ACTIVE_FILLER));
            activeStatement(p, 2, false);
            p.emit();
            heading(3);
            p = new PB(3);
            p.t(pick(REQUEST_FILLER));
            applicationStatement2008(p);
            p.emit();
            heading(4);
            p = new PB(4);
            int s = p.mark();
            String phrase = pick(List.of("未收取任何费用", "未收取政府信息公开相关费用", "没有收取检索、复制、邮寄等费用"));
            p.t("{Y}年，{S}在政府信息公开工作中");
            s = p.mark();
            p.t(phrase);
            p.add(p.fig(FigureKeys.FEE_COLLECTED, "政府信息公开收费", BigDecimal.ZERO, "元", s, p.mark()));
            p.t("，也未发生减免收费情况。");
            p.emit();
            heading(5);
            p = new PB(5);
            p.t("{Y}年，");
            reviewStatement(p);
            p.emit();
            heading(6);
            new PB(6).t(some(PROBLEMS)).emit();
            new PB(6).t(pick(IMPROVEMENTS)).emit();
        }

        /** 共主动公开政府信息N条，其中A条、B条… */
        void activeStatement(PB p, int section, boolean maybeNoBreakdown) {
            long n = switch (r.nextInt(4)) {
                case 0 -> 8 + r.nextInt(40);
                case 1, 2 -> 40 + r.nextInt(400);
                default -> 400 + r.nextInt(1500);
            };
            boolean breakdown = !maybeNoBreakdown || r.nextDouble() < 0.8;
            String[][] leads = {{"{Y}年，{S}", "共主动公开政府信息"}, {"", "全年共发布信息"},
                    {"{Y}年，通过{C}人民政府门户网站", "主动公开政府信息"}, {"", "全年共主动公开政府信息"},
                    {"{Y}年，{S}", "累计主动公开政府信息"}};
            String[] lead = leads[r.nextInt(leads.length)];
            p.t(lead[0]);
            int s = p.mark();
            p.t(lead[1] + n + "条");
            StatedFigure f = p.fig(FigureKeys.ACTIVE_DISCLOSED_COUNT, "主动公开政府信息", n, "条", s);
            if (breakdown) {
                int k = Math.min((int) n, 2 + r.nextInt(5));
                List<String> cats = new ArrayList<>(ACTIVE_CATEGORIES);
                if (interpretationStated) {
                    cats.remove("政策解读");
                }
                java.util.Collections.shuffle(cats, r);
                long[] parts = parts(n, k);
                p.t(pick(List.of("，其中", "。其中", "，其中包括")));
                for (int i = 0; i < k; i++) {
                    if (i > 0) {
                        p.t("、");
                    }
                    int ps = p.mark();
                    p.t(cats.get(i) + parts[i] + "条");
                    f.parts.add(p.fig(FigureKeys.QUANTITY, cats.get(i), parts[i], "条", ps));
                }
                f.end = p.mark();
                f.quote = p.sb.substring(f.start, f.end);
            }
            p.add(f);
            p.t("。");
        }

        boolean interpretationStated;

        /** 发布政策解读M篇，其中文字解读A篇、图文解读B篇、视频解读C篇 (a BREAKDOWN figure). */
        void interpretationBreakdown(PB p, int section) {
            interpretationStated = true;
            long m = 3 + r.nextInt(40);
            List<String> kinds = new ArrayList<>(List.of("文字解读", "图文解读", "视频解读", "新闻发布会解读", "专家解读"));
            java.util.Collections.shuffle(kinds, r);
            int k = 2 + r.nextInt(2);
            long[] parts = parts(m, k);
            p.t("加强政策解读，");
            int s = p.mark();
            p.t("全年发布政策解读材料" + m + "篇，其中");
            StatedFigure f = p.fig(FigureKeys.BREAKDOWN, "政策解读", m, "篇", s);
            for (int i = 0; i < k; i++) {
                if (i > 0) {
                    p.t("、");
                }
                int ps = p.mark();
                p.t(kinds.get(i) + parts[i] + "篇");
                f.parts.add(p.fig(FigureKeys.QUANTITY, kinds.get(i), parts[i], "篇", ps));
            }
            f.end = p.mark();
            f.quote = p.sb.substring(f.start, f.end);
            p.add(f);
            p.t("。");
        }

        void quantity(PB p, int section, String lead, String label, String unit, int lo, int hi) {
            long v = lo + r.nextInt(hi - lo + 1);
            int s = p.mark();
            p.t(lead + v + unit);
            p.add(p.fig(FigureKeys.QUANTITY, label, v, unit, s));
            p.t("。");
        }

        void applicationStatement(PB p) {
            if (real && d.nextDouble() < 0.35) {
                unrelatedCount(p);
            }
            if (real && d.nextDouble() < 0.6) {
                realApplicationStatement(p);
                return;
            }
            long n = apps.get("newReceived")[6];
            int s;
            if (n == 0) {
                p.t(pick(List.of("{Y}年，{S}", "{Y}年度，", "全年")));
                s = p.mark();
                p.t(pick(List.of("未收到政府信息公开申请", "未收到依申请公开政府信息申请", "未收到政府信息公开申请事项")));
                p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", 0, "件", s));
                p.t("。");
                return;
            }
            p.t(pick(List.of("{Y}年，{S}", "{Y}年度，", "全年")));
            s = p.mark();
            p.t(pick(List.of("共收到政府信息公开申请", "收到政府信息公开申请", "收到各类政府信息公开申请", "共收到依申请公开申请"))
                    + n + "件");
            p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s));
            long forward = apps.get("carriedForward")[6];
            p.t(forward == 0 ? pick(List.of("，均已按期答复。", "，已全部依法依规办结。", "，均在法定期限内予以答复。"))
                    : "，部分申请因尚在办理期限内结转下年度继续办理。");
        }

        /** A count next to the applications that is not one (网络问政, 12345 热线), as real reports put it there. */
        void unrelatedCount(PB p) {
            long m = 3 + d.nextInt(400);
            String[][] kinds = {{"全年受理网络问政", "网络问政", "件"}, {"办理12345政务服务便民热线工单", "12345热线工单", "件"},
                    {"答复网民留言", "网民留言", "条"}};
            String[] k = kinds[d.nextInt(kinds.length)];
            int s = p.mark();
            p.t(k[0] + m + k[2]);
            p.add(p.fig(FigureKeys.QUANTITY, k[1], m, k[2], s));
            p.t("。");
        }

        /** Applications received, in the wordings of real reports (淮安市, 平潭, 沭阳县 …), not in one grammar. */
        void realApplicationStatement(PB p) {
            long n = apps.get("newReceived")[6];
            long carried = apps.get("carriedOver")[6];
            long done = apps.get("total")[6];
            long forward = apps.get("carriedForward")[6];
            int s;
            if (n == 0) {
                p.t(d.nextBoolean() ? "{Y}年，{S}" : "本年度");
                s = p.mark();
                p.t(d.nextBoolean() ? "未收到公民、法人或其他组织提出的政府信息公开申请" : "未受理政府信息公开申请");
                p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", 0, "件", s));
                p.t("。");
                return;
            }
            switch (d.nextInt(5)) {
                case 0 -> {
                    p.t("{Y}年，");
                    s = p.mark();
                    p.t("共收到政府信息公开申请" + n + "条");
                    p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "条", s));
                    p.t("。");
                }
                case 1 -> {
                    p.t("{Y}年");
                    s = p.mark();
                    p.t("接收通过邮寄、网络提交的各类政府信息公开申请" + n + "件");
                    p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s));
                    p.t("，主要涉及" + pick(d, List.of("征地拆迁、统计信息", "社会保险、劳动关系", "项目审批、规划许可", "财政资金、政策文件"))
                            + "等方面，" + n + "件公开申请均在法定时限内办理。");
                }
                case 2 -> {
                    p.t("全年共");
                    s = p.mark();
                    p.t("受理政府信息公开申请" + n + "件");
                    p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s));
                    p.t("，");
                    s = p.mark();
                    p.t("答复" + done + "件");
                    p.add(p.fig(FigureKeys.QUANTITY, "答复", done, "件", s));
                    if (carried > 0) {
                        p.t("（");
                        s = p.mark();
                        p.t("含上年度结转申请" + carried + "件");
                        p.add(p.fig(FigureKeys.QUANTITY, "上年度结转申请", carried, "件", s));
                        p.t("）");
                    }
                    if (forward > 0) {
                        p.t("，");
                        s = p.mark();
                        p.t("顺延到下年度答复" + forward + "件");
                        p.add(p.fig(FigureKeys.QUANTITY, "顺延到下年度答复", forward, "件", s));
                    }
                    p.t("。");
                }
                case 3 -> {
                    p.t("{Y}年，{S}");
                    s = p.mark();
                    p.t("共收到依申请信息公开" + n + "件");
                    p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s));
                    p.t(forward == 0 ? "，均已在法定期限内办结。" : "，其余申请结转下年度继续办理。");
                }
                default -> {
                    p.t("本年度");
                    s = p.mark();
                    p.t("受理公民、法人和其他组织提出的政府信息公开申请" + n + "件");
                    p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s));
                    p.t("，");
                    s = p.mark();
                    p.t("办结" + done + "件");
                    p.add(p.fig(FigureKeys.QUANTITY, "办结", done, "件", s));
                    p.t("。");
                }
            }
        }

        /** Review and litigation, worded as 淮安市 2024 / 平潭经发局 2022 word it. */
        void realReviewStatement(PB p) {
            long[] rv = review.get("review");
            long[] a = review.get("litigationDirect");
            long[] b = review.get("litigationAfterReview");
            long lit = a[4] + b[4];
            if (rv[4] == 0 && lit == 0) {
                int s = p.mark();
                p.t(d.nextBoolean() ? "未有政府信息公开行政复议及行政诉讼有关情况" : "未发生涉及政府信息公开的行政复议和行政诉讼案件");
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", 0, "件", s));
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", 0, "件", s));
                p.t("。");
                return;
            }
            int s = p.mark();
            if (rv[4] > 0) {
                p.t("政府信息公开行政复议" + rv[4] + "件");
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", rv[4], "件", s));
                p.t("（维持" + rv[0] + "、纠正" + rv[1] + "、其他" + rv[2] + "、尚未审结" + rv[3] + "）");
            } else {
                p.t("未发生政府信息公开行政复议");
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", 0, "件", s));
            }
            p.t("，");
            s = p.mark();
            if (lit > 0) {
                p.t("政府信息公开行政诉讼" + lit + "件");
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", lit, "件", s));
                p.t("（维持" + (a[0] + b[0]) + "、纠正" + (a[1] + b[1]) + "、其他" + (a[2] + b[2]) + "、尚未审结"
                        + (a[3] + b[3]) + "）");
            } else {
                p.t("未发生政府信息公开行政诉讼");
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", 0, "件", s));
            }
            p.t("。");
        }

        static <T> T pick(Random rnd, List<T> l) {
            return l.get(rnd.nextInt(l.size()));
        }

        void applicationStatement2008(PB p) {
            long n = apps.get("newReceived")[6];
            p.t("{Y}年，{S}");
            int s = p.mark();
            if (n == 0) {
                p.t("未收到政府信息公开申请");
                p.add(p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", 0, "件", s));
                p.t("。");
                return;
            }
            p.t("共收到政府信息公开申请" + n + "件");
            StatedFigure f = p.fig(FigureKeys.APPLICATIONS_RECEIVED, "收到政府信息公开申请", n, "件", s);
            if (r.nextDouble() < 0.7) {
                List<String> labels = new ArrayList<>(List.of("同意公开", "部分公开", "不予公开", "信息不存在", "非本机关掌握"));
                int k = Math.min((int) n, 2 + r.nextInt(3));
                long[] parts = parts(n, k);
                p.t("，其中");
                for (int i = 0; i < k; i++) {
                    if (i > 0) {
                        p.t("、");
                    }
                    int ps = p.mark();
                    p.t(labels.get(i) + parts[i] + "件");
                    f.parts.add(p.fig(FigureKeys.QUANTITY, labels.get(i), parts[i], "件", ps));
                }
                f.end = p.mark();
                f.quote = p.sb.substring(f.start, f.end);
            }
            p.add(f);
            p.t("，均已按规定时限答复。");
        }

        void reviewStatement(PB p) {
            if (real && d.nextDouble() < 0.5) {
                realReviewStatement(p);
                return;
            }
            long rv = review.get("review")[4];
            long lit = review.get("litigationDirect")[4] + review.get("litigationAfterReview")[4];
            if (rv == 0 && lit == 0) {
                int s = p.mark();
                p.t(pick(List.of("未发生因政府信息公开引起的行政复议、行政诉讼", "未发生政府信息公开行政复议、行政诉讼案件",
                        "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况")));
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", 0, "件", s));
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", 0, "件", s));
                p.t("。");
                return;
            }
            p.t("因政府信息公开");
            int s = p.mark();
            if (rv > 0) {
                p.t("被申请行政复议" + rv + "件");
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", rv, "件", s));
            } else {
                p.t("未发生行政复议");
                p.add(p.fig(FigureKeys.REVIEW_COUNT, "行政复议", 0, "件", s));
            }
            p.t("，");
            s = p.mark();
            if (lit > 0) {
                p.t("被提起行政诉讼" + lit + "件");
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", lit, "件", s));
            } else {
                p.t("未发生行政诉讼");
                p.add(p.fig(FigureKeys.LITIGATION_COUNT, "行政诉讼", 0, "件", s));
            }
            p.t("。");
        }

        void feeStatement(PB p) {
            boolean charged = apps.get("newReceived")[6] >= 10 && r.nextDouble() < 0.15;
            if (charged) {
                long fee = 20 + r.nextInt(480);
                p.t("{Y}年，{S}依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）");
                int s = p.mark();
                p.t("收取信息处理费" + fee + "元");
                p.add(p.fig(FigureKeys.FEE_COLLECTED, "信息处理费", fee, "元", s));
                p.t("。");
                return;
            }
            int variant = r.nextInt(3);
            if (variant == 0) {
                p.t("本年度");
            } else if (variant == 1) {
                p.t("按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，{S}{Y}年度");
            } else {
                p.t("{Y}年，{S}");
            }
            int s = p.mark();
            p.t(pick(List.of("未收取信息处理费", "未产生信息处理费", "没有收取政府信息公开信息处理费")));
            p.add(p.fig(FigureKeys.FEE_COLLECTED, "信息处理费", 0, "元", s));
            p.t("。");
        }

        // ------------------------------------------------------------------ tables

        Table activeTable2021() {
            return ReportTables.active2021(rec.activeDisclosure);
        }

        Table activeTable2019() {
            return ReportTables.active2019(rec.activeDisclosure);
        }

        Table applicationsTable() {
            return ReportTables.applications(template, rec.applications);
        }

        Table reviewTable() {
            return ReportTables.review(rec.reviewLitigation);
        }

        // ------------------------------------------------------------------ assembly

        void finish(Doc doc) {
            String text = doc.canonicalText();
            rec.text = text;
            List<Block> bs = doc.blocks();
            int[] secStart = new int[7];
            int[] secEnd = new int[7];
            Arrays.fill(secStart, -1);
            for (int i = 0; i < bs.size(); i++) {
                Block b = bs.get(i);
                int off = doc.start(i);
                if (b instanceof Para p) {
                    for (StatedFigure f : p.figures()) {
                        shift(f, off, text);
                        rec.figures.add(f);
                    }
                }
                Integer s = b.section();
                if (s != null && s >= 1 && s <= 6) {
                    if (secStart[s] < 0) {
                        secStart[s] = off;
                    }
                    secEnd[s] = doc.end(i);
                }
            }
            rec.figures.sort((a, b) -> Integer.compare(a.start, b.start));
            String[] titles = TemplateKeys.T2008.equals(template) ? SECTION_TITLES_2008 : SECTION_TITLES;
            for (int s = 1; s <= 6; s++) {
                if (secStart[s] >= 0) {
                    String heading = text.substring(secStart[s], text.indexOf('\n', secStart[s]));
                    String title = heading.substring(heading.indexOf('、') + 1);
                    rec.sections.add(new ReportRecord.Section(s, title, text.substring(secStart[s], secEnd[s]),
                            secStart[s], secEnd[s]));
                }
            }
            for (StatedFigure f : rec.figures) {
                if (!f.key.equals(FigureKeys.QUANTITY) && !f.key.equals(FigureKeys.BREAKDOWN)) {
                    rec.narrative.putIfAbsent(f.key, f.value);
                }
            }
        }

        static void shift(StatedFigure f, int off, String text) {
            f.start += off;
            f.end += off;
            f.quote = text.substring(f.start, f.end);
            if (f.parts != null) {
                for (StatedFigure p : f.parts) {
                    shift(p, off, text);
                }
            }
        }

        // ------------------------------------------------------------------ filler (no numbers, no other places)

        static final List<String> INTRO = List.of(
                "{Y}年，{S}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，按照上级关于政务公开工作的部署要求，扎实推进政府信息公开工作。",
                "{Y}年，{S}深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，围绕中心工作，不断提升政务公开质量和实效。",
                "{Y}年，在{L}委、{L}政府的正确领导下，{S}认真落实政府信息公开各项工作要求，持续加大公开力度，政府信息公开工作取得了新成效。",
                "{Y}年，{S}以提升政务公开质量为目标，健全工作机制，规范公开流程，推动政府信息公开工作规范化、标准化。",
                "{Y}年，{S}紧紧围绕全{L}中心工作，坚持以公开促落实、以公开促规范、以公开促服务。");
        static final List<String> ACTIVE_FILLER = List.of(
                "{S}严格落实“以公开为常态、不公开为例外”原则，及时公开各类政府信息。",
                "围绕重点领域和群众关切，{S}不断加大主动公开力度。",
                "{S}依托{C}人民政府门户网站政府信息公开专栏，及时准确发布各类信息。",
                "");
        static final List<String> REQUEST_FILLER = List.of(
                "{S}严格按照《条例》规定办理依申请公开事项，规范受理、审查、答复等各环节。",
                "{S}进一步规范依申请公开办理流程，做到依法依规、按时答复。",
                "");
        static final List<String> MANAGEMENT_FILLER = List.of(
                "{S}严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，确保公开信息准确规范。",
                "{S}建立健全政府信息发布审核机制，定期对已公开信息进行清理，及时更新政策文件的有效性标注。",
                "加强规范性文件管理，对行政规范性文件进行动态更新，确保公开的政策文件准确有效。",
                "严格执行政府信息公开前审查制度，在制发文件前对信息内容预先分类、脱敏处置。",
                "{S}指定专人负责政府信息的收集、审核和发布，做到信息更新及时、内容准确。",
                "按照政务公开标准目录要求，对公开事项逐项梳理，动态调整公开内容。");
        static final List<String> PLATFORM_FILLER = List.of(
                "{S}充分发挥政府网站第一平台作用，持续优化政府信息公开专栏栏目设置。",
                "加强政务新媒体建设管理，通过微信公众号等渠道同步发布政策信息，拓宽信息公开渠道。",
                "依托{C}人民政府门户网站，规范设置政府信息公开指南、目录和年度报告等栏目。",
                "{S}持续加强政府信息公开专栏建设，做好栏目内容保障，确保栏目信息及时更新。",
                "积极推进政务公开线上线下融合，在办事大厅设置政务公开专区，方便群众查阅。",
                "做好政府网站与政务新媒体同源发布工作，提升信息传播效果。");
        static final List<String> SUPERVISION_FILLER = List.of(
                "{S}成立政务公开工作领导小组，由主要负责同志任组长，明确专人负责政务公开日常工作。",
                "将政务公开工作纳入年度目标考核，主动接受社会监督，{Y}年未发生政务公开责任追究情况。",
                "{S}不断完善政务公开监督机制，畅通群众意见反馈渠道，自觉接受社会监督。",
                "{S}定期开展政务公开工作自查，对发现的问题及时整改。",
                "对外公布监督电话，引入社会评议机制，广泛听取群众意见建议。",
                "认真对照上级政务公开考核评估指标，逐项查漏补缺，推动工作提质增效。");
        static final List<String> PROBLEMS = List.of(
                "{S}政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是政策解读形式还不够丰富；二是信息公开的及时性还有待提高；三是工作人员业务能力有待进一步提升。",
                "存在的主要问题：主动公开的深度和广度还不够，部分栏目更新不够及时，回应社会关切的针对性有待加强。",
                "对照新形势新要求，{S}政务公开工作还存在公开内容不够全面、公开形式较为单一等问题。",
                "{S}政务公开工作仍存在一些薄弱环节，如政策解读的针对性和可读性不强，主动回应关切的时效性不够等。",
                "一是信息发布审核把关还需进一步加强；二是依申请公开办理的规范化水平仍需提升。");
        static final List<String> IMPROVEMENTS = List.of(
                "下一步，{S}将进一步加强组织领导，提升信息发布质量；丰富政策解读形式，更多运用图表、视频等方式解读政策；加强业务培训，提升政务公开工作人员业务水平。",
                "改进措施：健全信息公开工作机制，明确各科室职责，确保信息及时准确公开；加强监督检查，推动政务公开工作规范化、标准化。",
                "下一步，{S}将持续深化政务公开，围绕群众关切加大公开力度，不断提升政府信息公开工作水平。",
                "针对上述问题，{S}将进一步完善政务公开制度体系，强化信息发布审核，提高政府信息公开的规范化水平。",
                "下一步，{S}将加强政务公开队伍建设，定期组织业务学习，切实提升工作人员的业务能力和服务水平。");
    }
}
