package io.nianbao.store.it;

import io.nianbao.contract.Json;
import io.nianbao.contract.ReportRecord;
import io.nianbao.store.service.StoreService;
import io.nianbao.testsupport.infra.RealKafkaResource;
import io.nianbao.testsupport.infra.RealPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Per-report cost of the store as the database grows: stores N generated validated records (default 20,000:
 * many agencies with five years each, 5% re-uploads of a report already stored, 5% same-year copies of another
 * agency's narrative) through {@link StoreService#storeBatch} in batches of 200 (the consumer's poll size) into
 * the real PostgreSQL, and prints the cost per report of each window of 1,000 stored reports, so that the first
 * and the last window can be compared. Prints figures, asserts nothing about time. Tag {@code benchmark}, not in
 * the default build: {@code ./mvnw -B -pl store-service verify -Dtest=StoreBenchmark -DexcludedGroups=none
 * -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false} (size: {@code -Dstore.bench.reports=20000}).
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(value = RealPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RealKafkaResource.class, restrictToAnnotatedClass = false)
class StoreBenchmark {
    static final int BATCH = 200;
    static final int WINDOW = 1000;

    @Inject
    StoreService store;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void perReportCostAsTheDatabaseGrows() throws Exception {
        int total = Integer.getInteger("store.bench.reports", 20_000);
        List<StoreService.Incoming> records = generate(total, new Random(2026));
        long before = count("select count(*) from reports");
        long eventsBefore = count("select count(*) from outbox");
        System.out.printf("%n[bench] store: %d records, batches of %d, %d cores, %d reports already stored%n",
                total, BATCH, Runtime.getRuntime().availableProcessors(), before);
        System.out.printf("[bench] %-18s %12s %12s %12s %14s %10s%n", "stored reports", "ms/report", "median", "reports/s", "events/report",
                "load 1m");
        // ms/report: the window's wall time / its reports; median: of its batches (less sensitive to other load)
        long windowStart = System.nanoTime();
        long windowEvents = count("select count(*) from outbox");
        int inWindow = 0;
        List<Double> batchCosts = new ArrayList<>();
        double first = 0;
        double last = 0;
        for (int i = 0; i < records.size(); i += BATCH) {
            List<StoreService.Incoming> batch = records.subList(i, Math.min(records.size(), i + BATCH));
            long t0 = System.nanoTime();
            store.storeBatch(batch);
            batchCosts.add((System.nanoTime() - t0) / 1e6 / batch.size());
            inWindow += batch.size();
            if (inWindow >= WINDOW) {
                long ns = System.nanoTime() - windowStart;
                long events = count("select count(*) from outbox");
                batchCosts.sort(null);
                double median = batchCosts.get(batchCosts.size() / 2);
                batchCosts.clear();
                first = first == 0 ? median : first;
                last = median;
                System.out.printf("[bench] %,8d - %,7d %12.2f %12.2f %12.1f %14.2f %10s%n", before + i + batch.size() - inWindow + 1,
                        before + i + batch.size(), ns / 1e6 / inWindow, median, inWindow / (ns / 1e9),
                        (double) (events - windowEvents) / inWindow, load());
                windowStart = System.nanoTime();
                windowEvents = events;
                inWindow = 0;
            }
        }
        System.out.printf("[bench] median ms/report: first 1,000 stored %.2f, last 1,000 (up to %,d stored) %.2f%n",
                first, before + total, last);
        System.out.printf("[bench] total: %d reports stored, %d change events (%.2f per report); findings by rule: %s%n",
                count("select count(*) from reports") - before, count("select count(*) from outbox") - eventsBefore,
                (double) (count("select count(*) from outbox") - eventsBefore) / total,
                text("select string_agg(rule_id || '=' || n, ', ' order by rule_id) from (select rule_id, count(*) n"
                        + " from findings where origin = 'store-service' group by rule_id) x"));
    }

    static List<StoreService.Incoming> generate(int total, Random random) {
        List<StoreService.Incoming> out = new ArrayList<>(total);
        List<ReportRecord> stored = new ArrayList<>();
        int agencies = Math.max(1, total / 5);
        String run = Long.toString(System.nanoTime(), 36);
        outer:
        for (int a = 0; a < agencies; a++) {
            String agency = "基准" + run + "第" + a + "局";
            String region = String.format("34%02d%02d", a % 17 + 1, a % 23 + 1);
            for (int year = 2019; year <= 2023; year++) {
                if (out.size() >= total) {
                    break outer;
                }
                int dice = random.nextInt(100);
                TestRecords.Builder b;
                if (dice < 5 && !stored.isEmpty()) {
                    // a re-upload: the same report again (another document of it), a little different
                    ReportRecord prev = stored.get(random.nextInt(stored.size()));
                    b = TestRecords.report(prev.report.agencyCanonical, prev.report.reportYear)
                            .narrative(prev.text + "另附说明" + a)
                            .published((prev.report.reportYear + 1) + "-02-0" + (1 + random.nextInt(8)));
                    year--;
                } else if (dice < 10 && !stored.isEmpty()) {
                    // another agency's narrative of the same year, numbers changed
                    ReportRecord src = stored.get(random.nextInt(stored.size()));
                    b = TestRecords.report(agency, src.report.reportYear).narrative(src.text + "全年" + a + "件");
                } else {
                    b = TestRecords.report(agency, year).applications("carriedOver", random.nextInt(3))
                            .applications("carriedForward", random.nextInt(3));
                }
                b.region(region);
                ReportRecord r = b.build();
                stored.add(r);
                out.add(new StoreService.Incoming(r, Json.toString(r)));
            }
        }
        return out;
    }

    /** The machine's 1-minute load average (other builds share the 2 cores): context for each figure. */
    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
