package io.nianbao.localinfra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One corpus document in memory: file name, format class (html, docx, pdf, txt), bytes. */
record Doc(String fileName, String format, byte[] bytes) {
    static List<Doc> load(Path dir) {
        List<Doc> out = new ArrayList<>();
        for (String[] row : Corpus.readIndex(dir)) {
            try {
                out.add(new Doc(row[0], row[1], Files.readAllBytes(dir.resolve(row[0]))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
