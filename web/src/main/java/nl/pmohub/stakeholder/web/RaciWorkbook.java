package nl.pmohub.stakeholder.web;

import nl.pmohub.stakeholder.application.RaciMatrix;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The RACI matrix as an .xlsx sheet: deliverables down, stakeholders across, a letter in each assigned cell. */
final class RaciWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RaciWorkbook() {
    }

    static byte[] write(RaciMatrix matrix, String deliverableHeader) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("RACI");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            List<RaciMatrix.Column> columns = matrix.stakeholders();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(deliverableHeader);
            header.getCell(0).setCellStyle(bold);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c + 1).setCellValue(columns.get(c).name());
                header.getCell(c + 1).setCellStyle(bold);
            }
            for (int r = 0; r < matrix.rows().size(); r++) {
                RaciMatrix.Row row = matrix.rows().get(r);
                Row line = sheet.createRow(r + 1);
                line.createCell(0).setCellValue(row.deliverable());
                for (int c = 0; c < columns.size(); c++) {
                    var role = row.role(columns.get(c).id());
                    if (role != null) {
                        line.createCell(c + 1).setCellValue(role.name());
                        line.getCell(c + 1).setCellStyle(centred);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            for (int c = 0; c <= columns.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }
}
