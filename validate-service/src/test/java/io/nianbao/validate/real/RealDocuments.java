package io.nianbao.validate.real;

import io.nianbao.contract.ReportRecord;
import io.nianbao.parse.domain.ReportParser;
import io.nianbao.parse.extract.DocumentExtractor;
import io.nianbao.parse.extract.ExtractedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The real documents of the project (data/real, data/samples, the shared samples and corpus) and the real parser
 * (parse-service's extraction and domain parser, as ParseService runs them), so that the rules are measured on what
 * the parser really reads.
 */
public final class RealDocuments {
    /** Folders searched, relative to the module; a document's stem (file name without extension) is its id. */
    static final List<String> FOLDERS = List.of("../data/real", "../data/samples", "../../shared/samples",
            "../../shared/corpus");

    private static final ReportParser PARSER = new ReportParser();

    private RealDocuments() {
    }

    /** stem -> file, the first folder that holds a stem wins. */
    public static Map<String, Path> all() {
        Map<String, Path> out = new TreeMap<>();
        String extra = System.getProperty("nianbao.real.dirs");
        List<String> folders = new ArrayList<>();
        if (extra != null && !extra.isBlank()) {
            folders.addAll(List.of(extra.split(",")));
        }
        folders.addAll(FOLDERS);
        for (String folder : folders) {
            Path dir = Path.of(folder.strip());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                        .filter(p -> p.getFileName().toString().matches("(?i).+\\.(txt|html?|pdf|docx?|md|ofd)$"))
                        .forEach(p -> out.putIfAbsent(stem(p), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The extracted text of a document, as parse-service extracts it. */
    public static ExtractedDocument extract(Path file) {
        try (DocumentExtractor extractor = new DocumentExtractor()) {
            return extractor.extract(Files.readAllBytes(file), file.getFileName().toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracted text -> record, with the extraction's notes first (as ParseService does). */
    public static ReportRecord parse(ExtractedDocument doc, String fileName) {
        return parseText(doc.text(), doc.notes(), fileName);
    }

    public static ReportRecord parseText(String text, List<ReportRecord.ParseNote> extractionNotes, String fileName) {
        ReportRecord record = PARSER.parse(text);
        record.documentId = fileName;
        List<ReportRecord.ParseNote> notes = new ArrayList<>(extractionNotes);
        notes.addAll(record.parseNotes);
        record.parseNotes = notes;
        ReportRecord.Source s = new ReportRecord.Source();
        s.fileName = fileName;
        record.source = s;
        return record;
    }
}
