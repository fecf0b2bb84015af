package io.nianbao.ingest.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDetectorTest {
    private final DocumentDetector detector = new DocumentDetector();
    private final AcceptancePolicy policy = new AcceptancePolicy(1024 * 1024);

    private Detection detect(byte[] b, String name) {
        return detector.detect(b, name);
    }

    @Test
    void acceptedKindsAreRecognisedFromTheBytes() {
        assertThat(detect(Samples.html("x"), null)).isEqualTo(new Detection(DocumentDetector.HTML, Detection.Kind.HTML));
        assertThat(detect(Samples.gbkHtmlWithLeadingComment(), "a.txt").kind()).isEqualTo(Detection.Kind.HTML);
        assertThat(detect(Samples.text("x"), null)).isEqualTo(new Detection(DocumentDetector.TEXT, Detection.Kind.TEXT));
        assertThat(detect(Samples.text("# 标题"), "report.md").mediaType()).isEqualTo(DocumentDetector.MARKDOWN);
        assertThat(detect(Samples.pdf(), "x.bin").mediaType()).isEqualTo(DocumentDetector.PDF);
        assertThat(detect(Samples.rtf(), null).mediaType()).isEqualTo(DocumentDetector.RTF);
        assertThat(detect(Samples.docx("x"), null).mediaType()).isEqualTo(DocumentDetector.DOCX);
        assertThat(detect(Samples.ofd("x"), "report.zip").mediaType()).isEqualTo(DocumentDetector.OFD);
        assertThat(detect(Samples.ole2("WordDocument"), null).mediaType()).isEqualTo(DocumentDetector.DOC);
        assertThat(detect(Samples.ole2("WordDocument"), "报告.wps").mediaType()).isEqualTo(DocumentDetector.WPS);
        assertThat(detect(Samples.ole2("MatOST"), null).kind()).isEqualTo(Detection.Kind.WPS);
    }

    @Test
    void xhtmlIsAccepted() {
        byte[] xhtml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head><body>报告</body></html>").getBytes(StandardCharsets.UTF_8);
        Detection d = detect(xhtml, null);
        assertThat(d.kind()).isIn(Detection.Kind.XHTML, Detection.Kind.HTML);
        assertThat(policy.decide(xhtml.length, d).isAccepted()).isTrue();
    }

    @Test
    void textInNoOneEncodingIsTextAndBinaryIsNot() throws Exception {
        // a crawled page put together from UTF-8 and GBK sources, with stray bytes: Tika's magic names no type
        java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
        mixed.write("一、总体情况\n".getBytes(StandardCharsets.UTF_8));
        mixed.write("本年新收政府信息公开申请94件。\n".getBytes("GBK"));
        mixed.write(new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF, '\n'});
        mixed.write("二、主动公开政府信息情况\n".getBytes(StandardCharsets.UTF_8));
        Detection d = detect(mixed.toByteArray(), "page.txt");
        assertThat(d).isEqualTo(new Detection(DocumentDetector.TEXT, Detection.Kind.TEXT));
        assertThat(policy.decide(mixed.size(), d).isAccepted()).isTrue();

        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        random[0] = (byte) 0xFE; // no magic of any type at the start
        assertThat(policy.decide(random.length, detect(random, "x.txt")).refusal()).isEqualTo(Refusal.NOT_A_DOCUMENT);
    }

    @Test
    void theFileNameNeverOverrulesTheBytes() {
        assertThat(detect(Samples.png(), "report.pdf").kind()).isEqualTo(Detection.Kind.IMAGE);
        assertThat(detect(Samples.elf(), "report.docx").kind()).isEqualTo(Detection.Kind.EXECUTABLE);
        assertThat(detect(Samples.plainZip(), "report.docx").kind()).isEqualTo(Detection.Kind.ARCHIVE);
    }

    @Test
    void refusalsNameTheReason() {
        var img = policy.decide(10, detect(Samples.jpeg(), null));
        assertThat(img.refusal()).isEqualTo(Refusal.IMAGE_NEEDS_OCR);
        assertThat(img.detail()).contains("image/jpeg").contains("need OCR, which is not configured");
        assertThat(policy.decide(10, detect(Samples.png(), null)).refusal()).isEqualTo(Refusal.IMAGE_NEEDS_OCR);
        assertThat(policy.decide(10, detect(Samples.elf(), null)).refusal()).isEqualTo(Refusal.EXECUTABLE);
        assertThat(policy.decide(10, detect(Samples.windowsExe(), null)).refusal()).isEqualTo(Refusal.EXECUTABLE);
        assertThat(policy.decide(10, detect("#!/bin/sh\nrm -rf /\n".getBytes(), null)).refusal()).isEqualTo(Refusal.EXECUTABLE);
        assertThat(policy.decide(10, detect(Samples.gzip(), null)).refusal()).isEqualTo(Refusal.ARCHIVE);
        assertThat(policy.decide(10, detect(Samples.plainZip(), null)).refusal()).isEqualTo(Refusal.ARCHIVE);
        var xlsx = policy.decide(10, detect(Samples.xlsx(), null));
        assertThat(xlsx.refusal()).isEqualTo(Refusal.NOT_A_DOCUMENT);
        assertThat(xlsx.detail()).contains("spreadsheetml");
        assertThat(policy.decide(10, detect(Samples.ole2("Workbook"), null)).refusal()).isEqualTo(Refusal.NOT_A_DOCUMENT);
        assertThat(policy.decide(10, detect(new byte[]{0, 1, 2, 3, 4, 5, (byte) 0xFE, 0}, null)).refusal())
                .isEqualTo(Refusal.NOT_A_DOCUMENT);
    }

    @Test
    void sizeLimitsComeFirst() {
        assertThat(policy.decide(0, detect(new byte[0], null)).refusal()).isEqualTo(Refusal.EMPTY);
        var big = policy.decide(1024 * 1024 + 1, detect(Samples.pdf(), null));
        assertThat(big.refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(big.detail()).contains("1048576");
        assertThat(Refusal.TOO_LARGE.status()).isEqualTo(413);
        assertThat(Refusal.IMAGE_NEEDS_OCR.status()).isEqualTo(415);
        assertThat(Refusal.EMPTY.status()).isEqualTo(400);
    }
}
