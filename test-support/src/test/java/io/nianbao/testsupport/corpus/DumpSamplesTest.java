package io.nianbao.testsupport.corpus;

import io.nianbao.contract.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a few generated reports in every layout (plus the expected record) to the folder named by
 * -Dcorpus.dump=/some/dir, for looking at them. Skipped unless the property is set.
 */
class DumpSamplesTest {
    @Test
    @EnabledIfSystemProperty(named = "corpus.dump", matches = ".+")
    void dump() throws Exception {
        Path dir = Path.of(System.getProperty("corpus.dump"));
        Files.createDirectories(dir);
        ReportGenerator g = new ReportGenerator(Long.getLong("corpus.seed", 1));
        Renderer r = new Renderer(1);
        String[][] specs = {{"2021", "2022"}, {"2019", "2020"}, {"2008", "2015"}};
        for (int i = 0; i < specs.length; i++) {
            GeneratedReport rep = g.generate(specs[i][0], Integer.parseInt(specs[i][1]));
            String base = String.format("%02d_%s", i, rep.template());
            Files.writeString(dir.resolve(base + "_expected.json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rep.expected()));
            Files.writeString(dir.resolve(base + "_canonical.txt"), rep.text());
            for (Layout l : Layout.values()) {
                RenderedDocument d = r.render(rep, l);
                Files.write(dir.resolve(base + "_" + l.name().toLowerCase() + "." + l.extension()), d.bytes());
            }
        }
    }
}
