package io.nianbao.testsupport.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the data of {@code data/series}: one agency's synthetic reports 2019-2024 (2019/2020 on the 2019
 * template, 2021+ on the 2021 template), one file per year in a different layout, with exactly one deliberate
 * carry-over break (carriedOver of {@link #BREAK_YEAR} ≠ carriedForward of the year before) and every report
 * internally consistent. Also writes {@code expected.json} (the generated numbers of each file, machine-readable)
 * and {@code README.md}. The agency is in 南京市玄武区 (320102), a region none of the five samples is in.
 *
 * <pre>
 * java -cp ... io.nianbao.testsupport.corpus.SeriesDemo OUTPUT_DIR SEED
 * </pre>
 * Deterministic for a given seed.
 */
public final class SeriesDemo {
    public static final int FROM_YEAR = 2019;
    public static final int TO_YEAR = 2024;
    public static final int BREAK_YEAR = 2022;
    public static final String REGION_CODE = "320102";
    /** One layout per year, FROM_YEAR first. */
    public static final List<Layout> LAYOUTS = List.of(Layout.HTML_TABLE, Layout.DOCX_TABLE, Layout.PDF,
            Layout.HTML_GBK, Layout.MARKDOWN_PIPES, Layout.TXT_FLATTENED);

    static final Map<String, String> DEPT_PINYIN = Map.ofEntries(
            Map.entry("人力资源和社会保障局", "renshe"), Map.entry("财政局", "caizheng"),
            Map.entry("教育局", "jiaoyu"), Map.entry("民政局", "minzheng"),
            Map.entry("卫生健康委员会", "weijian"), Map.entry("市场监督管理局", "shichangjianguan"),
            Map.entry("住房和城乡建设局", "zhujian"), Map.entry("交通运输局", "jiaotong"),
            Map.entry("农业农村局", "nongye"), Map.entry("司法局", "sifa"), Map.entry("人民政府", "zhengfu"));

    private SeriesDemo() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SeriesDemo OUTPUT_DIR SEED");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        List<Path> written = write(dir, seed);
        written.forEach(p -> System.out.println("wrote " + p));
    }

    /** Writes the series, expected.json and README.md into {@code dir}; returns the paths written. */
    public static List<Path> write(Path dir, long seed) throws IOException {
        Place place = Place.ALL.stream().filter(p -> p.code().equals(REGION_CODE)).findFirst().orElseThrow();
        List<GeneratedReport> series = new ReportGenerator(seed).generateSeries(FROM_YEAR, TO_YEAR, BREAK_YEAR, place);
        for (GeneratedReport g : series) {
            if (!Identities.violated(g.expected()).isEmpty()) {
                throw new IllegalStateException(g + " violates " + Identities.violated(g.expected()));
            }
        }
        Renderer renderer = new Renderer(seed);
        ReportRecord.Report first = series.get(0).expected().report;
        String dept = first.agencyCanonical.substring(place.cityAndCounty().length());
        String slug = "xuanwu-" + DEPT_PINYIN.getOrDefault(dept, REGION_CODE);

        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        Map<Integer, String> fileOfYear = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            GeneratedReport g = series.get(i);
            Layout layout = LAYOUTS.get(i);
            RenderedDocument d = renderer.render(g, layout);
            String name = g.reportYear() + "_" + slug + "." + layout.extension();
            Path p = dir.resolve(name);
            Files.write(p, d.bytes());
            out.add(p);
            fileOfYear.put(g.reportYear(), name);
            ReportRecord r = g.expected();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", name);
            f.put("layout", layout.name());
            f.put("mediaType", d.mediaType());
            f.put("title", r.report.title);
            f.put("agency", r.report.agency);
            f.put("agencyCanonical", r.report.agencyCanonical);
            f.put("regionCode", r.report.regionCode);
            f.put("reportYear", r.report.reportYear);
            f.put("template", r.report.template);
            f.put("newReceivedTotal", total(r, "newReceived"));
            f.put("carriedOverTotal", total(r, "carriedOver"));
            f.put("carriedForwardTotal", total(r, "carriedForward"));
            f.put("carriedOver", r.applications.get("carriedOver"));
            f.put("carriedForward", r.applications.get("carriedForward"));
            files.add(f);
        }

        int bi = BREAK_YEAR - FROM_YEAR;
        ReportRecord brk = series.get(bi).expected();
        ReportRecord before = series.get(bi - 1).expected();
        BigDecimal expectedTotal = total(before, "carriedForward");
        BigDecimal actualTotal = total(brk, "carriedOver");
        if (expectedTotal.compareTo(actualTotal) == 0) {
            throw new IllegalStateException("no carry-over break in " + BREAK_YEAR);
        }
        Map<String, Object> mismatch = new LinkedHashMap<>();
        mismatch.put("ruleId", "CARRY_OVER_MISMATCH");
        mismatch.put("agencyCanonical", brk.report.agencyCanonical);
        mismatch.put("reportYear", BREAK_YEAR);
        mismatch.put("file", fileOfYear.get(BREAK_YEAR));
        mismatch.put("previousFile", fileOfYear.get(BREAK_YEAR - 1));
        mismatch.put("expected", expectedTotal);
        mismatch.put("actual", actualTotal);
        mismatch.put("expectedIs", "applications.carriedForward total of " + (BREAK_YEAR - 1));
        mismatch.put("actualIs", "applications.carriedOver total of " + BREAK_YEAR);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("synthetic", true);
        json.put("generatedBy", SeriesDemo.class.getName());
        json.put("seed", seed);
        json.put("agencyCanonical", first.agencyCanonical);
        json.put("regionCode", first.regionCode);
        json.put("region", place.fullName());
        json.put("carryOverBreakYear", BREAK_YEAR);
        json.put("carryOverMismatch", mismatch);
        json.put("files", files);
        ObjectMapper m = Json.mapper();
        Path jp = dir.resolve("expected.json");
        Files.writeString(jp, m.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        out.add(jp);

        Path rp = dir.resolve("README.md");
        Files.writeString(rp, readme(seed, place, series, fileOfYear, expectedTotal, actualTotal), StandardCharsets.UTF_8);
        out.add(rp);
        return out;
    }

    static BigDecimal total(ReportRecord r, String row) {
        return r.applications.get(row).get(6);
    }

    static String readme(long seed, Place place, List<GeneratedReport> series, Map<Integer, String> fileOfYear,
                         BigDecimal expectedTotal, BigDecimal actualTotal) {
        ReportRecord.Report first = series.get(0).expected().report;
        StringBuilder sb = new StringBuilder();
        sb.append("# data/series — a synthetic year series of one agency\n\n");
        sb.append("**These files are synthetic.** They were generated by `io.nianbao.testsupport.corpus.SeriesDemo` "
                + "(test-support) with seed ").append(seed).append(" from `ReportGenerator.generateSeries(")
                .append(FROM_YEAR).append(", ").append(TO_YEAR).append(", ").append(BREAK_YEAR)
                .append(", place)`. No real agency published them; the numbers and the narrative are random.\n\n");
        sb.append("- agency: ").append(first.agencyCanonical).append(" (written in the reports as “")
                .append(first.agency).append("”)\n");
        sb.append("- region: ").append(place.fullName()).append(", GB/T 2260 code ").append(place.code())
                .append(" — a region (and province) none of the five samples in `data/samples` is in, so the "
                        + "per-region statistics show it as a region of its own\n");
        sb.append("- years: ").append(FROM_YEAR).append("–").append(TO_YEAR)
                .append("; 2019 and 2020 on the 2019 template, 2021 onward on the 2021 template\n");
        sb.append("- every report is internally consistent: no in-report rule (APP_BALANCE, APP_TOTAL_ROW, "
                + "APP_TOTAL_COLUMN, REVIEW_TOTAL, TEXT_*, …) should fire on any of them\n\n");
        sb.append("## Files\n\n");
        sb.append("| file | year | template | layout | newReceived total | carriedOver total | carriedForward total |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < series.size(); i++) {
            ReportRecord r = series.get(i).expected();
            sb.append("| `").append(fileOfYear.get(r.report.reportYear)).append("` | ").append(r.report.reportYear)
                    .append(" | ").append(r.report.template).append(" | ").append(LAYOUTS.get(i)).append(" | ")
                    .append(total(r, "newReceived").toPlainString()).append(" | ")
                    .append(total(r, "carriedOver").toPlainString()).append(" | ")
                    .append(total(r, "carriedForward").toPlainString()).append(" |\n");
        }
        sb.append("\n`expected.json` lists the same numbers (and the full carriedOver / carriedForward rows) "
                + "machine-readably; `parse-service`'s `SeriesDataTest` checks that each file parses back to them. "
                + "The pipeline (`deploy/local/run.sh`) feeds the documents of this folder, not README.md or JSON files.\n\n");
        sb.append("## The deliberate carry-over break\n\n");
        sb.append("In every year but one, applications.carriedOver equals the previous year's "
                + "applications.carriedForward, column by column. In **").append(BREAK_YEAR)
                .append("** the agency starts from a different carried-over row (more natural-person applications "
                        + "carried over than the ").append(BREAK_YEAR - 1).append(" report carried forward). "
                        + "Expected finding, from store-service once both years are stored:\n\n");
        sb.append("- rule: `CARRY_OVER_MISMATCH` (warning)\n");
        sb.append("- agency: ").append(first.agencyCanonical).append("\n");
        sb.append("- report: ").append(BREAK_YEAR).append(" (`").append(fileOfYear.get(BREAK_YEAR)).append("`), "
                + "compared with ").append(BREAK_YEAR - 1).append(" (`").append(fileOfYear.get(BREAK_YEAR - 1))
                .append("`)\n");
        sb.append("- total column: expected ").append(expectedTotal.toPlainString()).append(" (carriedForward of ")
                .append(BREAK_YEAR - 1).append("), actual ").append(actualTotal.toPlainString())
                .append(" (carriedOver of ").append(BREAK_YEAR).append(")\n");
        sb.append("- no other year of this agency should get a CARRY_OVER_MISMATCH\n\n");
        sb.append("## Regenerate\n\n");
        sb.append("```\ncd /work/main && ./mvnw -o -q -pl test-support install -DskipTests && \\\n"
                + "  java -cp \"test-support/target/classes:$(./mvnw -o -q -pl test-support dependency:build-classpath "
                + "-Dmdep.outputFile=/dev/stdout)\" io.nianbao.testsupport.corpus.SeriesDemo data/series ")
                .append(seed).append("\n```\n\n");
        sb.append("The same seed gives the same reports and numbers. The HTML, Markdown and text files come out "
                + "byte-identical; the DOCX and PDF files carry their writing time, so their bytes (and hence their "
                + "documentIds) change on each run.\n");
        return sb.toString();
    }
}
