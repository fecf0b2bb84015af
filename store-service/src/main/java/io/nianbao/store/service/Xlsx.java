package io.nianbao.store.service;

import io.nianbao.store.domain.Tabular;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes a {@link Tabular} as an XLSX workbook (one sheet, header row frozen; numbers as numeric cells). */
public final class Xlsx {
    private Xlsx() {
    }

    public static byte[] write(Tabular t) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(t.name());
            Row head = sheet.createRow(0);
            for (int i = 0; i < t.header().size(); i++) {
                head.createCell(i).setCellValue(t.header().get(i));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : t.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                    } else if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        c.setCellValue(b);
                    } else {
                        c.setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
