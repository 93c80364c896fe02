package nl.pmohub.shared.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A table as an .xlsx download, for registers whose on-screen table is not what the file should hold (a matrix of
 * menus, a register with its import columns): a bold, frozen header row, numbers as numbers, everything else as text.
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheet() {
    }

    /** The workbook of one sheet; {@code firstWidth} and {@code otherWidths} are in characters. */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows, int firstWidth, int otherWidths) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 0 ? firstWidth : otherWidths) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        line.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null && !String.valueOf(value).isEmpty()) {
                        line.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    /** The workbook as a download named {@code fileName}. */
    public static StreamedContent download(String fileName, byte[] xlsx) {
        return DefaultStreamedContent.builder().name(fileName).contentType(MEDIA_TYPE).contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }
}
