package io.nianbao.store.service.view;

/** A section of the report: number 1–6 (一…六), title, text, span in the record's text. */
public record SectionView(int number, String title, String text, Integer start, Integer end) {
}
