package io.nianbao.parse.extract;

import io.nianbao.contract.ReportRecord;

import java.util.List;

/**
 * What {@link DocumentExtractor} read from a document: the text with its structure kept (one line per paragraph,
 * one line per table row with the cells joined by {@code '\t'}), the media type detected from the bytes, and notes
 * on what the extraction had to do (truncation, a guessed charset...).
 */
public record ExtractedDocument(String text, String mediaType, List<ReportRecord.ParseNote> notes) {
    public ExtractedDocument {
        notes = List.copyOf(notes);
    }
}
