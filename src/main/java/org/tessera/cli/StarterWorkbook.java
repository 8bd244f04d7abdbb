package org.tessera.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The starter's donors as a workbook, made from a CSV at {@code new} time, byte for byte the same on every run: a
 * number is a number cell (formatted 6,000,000), anything else text, as Excel would type them on entry.
 */
final class StarterWorkbook {

    /** The time stamped inside the workbook (its properties and its zip entries) instead of the time it is made. */
    private static final long STAMP = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private StarterWorkbook() {
    }

    static byte[] fromCsv(String csv, String sheetName) throws IOException {
        List<List<String>> rows;
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(csv)) {
            rows = it.readAll();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(STAMP)));
            workbook.getProperties().getCoreProperties().setCreator("Tessera");
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            XSSFSheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (r > 0 && text.matches("-?[0-9]{1,15}")) {
                        row.createCell(c).setCellValue(Long.parseLong(text));
                        row.getCell(c).setCellStyle(amount);
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 24 * 256); // fixed: autoSizeColumn measures with the machine's fonts
            }
            workbook.write(out);
            return stamped(out.toByteArray());
        }
    }

    /** The zip again with every entry dated {@link #STAMP}: POI dates them with the clock. */
    private static byte[] stamped(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(STAMP);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
