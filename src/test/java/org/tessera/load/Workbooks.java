package org.tessera.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written with POI for tests, as Excel would save them. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook whose sheets are filled by {@code fill}. */
    static byte[] of(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSV text as one sheet, each cell typed as Excel would type it on entry: 2020 a number, 94% a number
     * formatted as a percent, 2020-12-31 a date; anything else text.
     */
    public static byte[] fromCsv(String csv, String sheetName) {
        List<List<String>> rows = rows(csv);
        return of(workbook -> {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFSheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    typed(row.createCell(c), rows.get(r).get(c), percent, date);
                }
            }
        });
    }

    private static void typed(Cell cell, String text, CellStyle percent, CellStyle date) {
        if (text.matches("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?") && text.length() < 16) {
            cell.setCellValue(Double.parseDouble(text));
        } else if (text.matches("-?\\d+(\\.\\d+)?%")) {
            cell.setCellValue(new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2).doubleValue());
            cell.setCellStyle(percent);
        } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            cell.setCellValue(LocalDate.parse(text));
            cell.setCellStyle(date);
        } else if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    private static List<List<String>> rows(String csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook encrypted with a password, as Excel's "Encrypt with Password" saves it. */
    static byte[] encrypted(byte[] workbook) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(workbook);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workbook with {@code padding} spaces inside its first sheet: tiny packed, huge unpacked. */
    static byte[] zipBomb(byte[] workbook, int padding) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                        content = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(padding))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
