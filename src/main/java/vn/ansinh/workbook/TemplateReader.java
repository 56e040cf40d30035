package vn.ansinh.workbook;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Reads an uploaded values template ({@link ValuesTemplate}) into its identity and its lines of text. Text cells
 * are taken as typed ("75,5" stays "75,5" for the entry form's parser); numeric cells are numbers, written in vi-VN
 * notation with at most 15 significant digits as Excel shows them (75.5 becomes "75,5", 4000 becomes "4.000");
 * formula cells give their cached result.
 */
final class TemplateReader {

    /** The most data lines one file may have (the plan has 39 targets). */
    static final int MAX_LINES = 1000;

    private TemplateReader() {
    }

    /**
     * What the file says it is for, and its lines.
     *
     * @param planCode the plan's code
     * @param unitId   the unit's id
     * @param unitCode the unit's GSO code
     * @param year     the year
     * @param lines    the non-blank data lines, in sheet order
     */
    record Content(String planCode, String unitId, String unitCode, String year, List<SheetLine> lines) {
    }

    /**
     * @param bytes the uploaded file
     * @return its identity and lines
     * @throws WorkbookFileException {@code workbook.error.empty}, {@code workbook.error.oldExcel} (an .xls file),
     *                               {@code workbook.error.notWorkbook}, {@code workbook.error.notTemplate},
     *                               {@code workbook.error.tooManyLines}
     */
    static Content read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new WorkbookFileException("workbook.error.empty");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && bytes[2] == 0x11
                && (bytes[3] & 0xff) == 0xE0) {
            throw new WorkbookFileException("workbook.error.oldExcel");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new WorkbookFileException("workbook.error.notWorkbook");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            try {
                // a file written by a program that stores formulas without their results (=75+0.9 with no cached value)
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            } catch (RuntimeException e) {
                // a function POI cannot evaluate: keep the results the file stored
            }
            Sheet id = book.getSheet(ValuesTemplate.ID_SHEET);
            if (id == null || !ValuesTemplate.MARKER.equals(text(cell(id, 0, 0))) || book.getNumberOfSheets() < 2) {
                throw new WorkbookFileException("workbook.error.notTemplate");
            }
            Sheet data = book.getSheetAt(0);
            List<SheetLine> lines = new ArrayList<>();
            for (int r = ValuesTemplate.FIRST_LINE; r <= data.getLastRowNum(); r++) {
                Row row = data.getRow(r);
                if (row == null) {
                    continue;
                }
                SheetLine line = new SheetLine(r + 1, text(row.getCell(ValuesTemplate.CODE)),
                        text(row.getCell(ValuesTemplate.VALUE)), text(row.getCell(ValuesTemplate.NUMERATOR)),
                        text(row.getCell(ValuesTemplate.DENOMINATOR)), text(row.getCell(ValuesTemplate.SOURCE)));
                if (line.code() == null && line.nothingToImport() && line.source() == null) {
                    continue;
                }
                if (lines.size() == MAX_LINES) {
                    throw new WorkbookFileException("workbook.error.tooManyLines", VietnameseNumbers.format(BigDecimal.valueOf(MAX_LINES), 0));
                }
                lines.add(line);
            }
            return new Content(text(cell(id, 1, 1)), text(cell(id, 2, 1)), text(cell(id, 3, 1)), text(cell(id, 4, 1)), lines);
        } catch (WorkbookFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // a zip that is not a workbook, a damaged workbook, or one POI refuses (zip bomb protection)
            throw new WorkbookFileException("workbook.error.notWorkbook");
        }
    }

    private static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** @return the cell as text (see the class comment), trimmed, or null when blank */
    static String text(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String s = switch (type) {
            case NUMERIC -> VietnameseNumbers.formatCompact(
                    new BigDecimal(c.getNumericCellValue(), MathContext.DECIMAL64).round(new MathContext(15)).stripTrailingZeros());
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> null;
        };
        return s == null || s.isBlank() ? null : s.strip();
    }
}
