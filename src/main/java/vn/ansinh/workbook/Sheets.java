package vn.ansinh.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * One workbook being written, with the styles every sheet of the app uses: a bold grey header, wrapped text, and
 * numbers stored as numeric cells with a number format per count of decimals ({@code #,##0.0}), so that Excel and
 * LibreOffice sum them and show them in the reader's own notation (75,5 in a Vietnamese Excel). Texts come from
 * the message bundle (keys {@code workbook.*}).
 */
final class Sheets {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final MessageSource messages;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle year;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    Sheets(MessageSource messages) {
        this.messages = messages;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = book.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText = book.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        year = book.createCellStyle();
        year.setDataFormat(book.createDataFormat().getFormat("0"));
        year.setVerticalAlignment(VerticalAlignment.TOP);
    }

    XSSFWorkbook book() {
        return book;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }

    /** The number format for a count of decimals: {@code #,##0} for 0, {@code #,##0.0} for 1, and so on. */
    static String numberFormat(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    CellStyle numberStyle(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = book.createCellStyle();
            s.setDataFormat(book.createDataFormat().getFormat(numberFormat(d)));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    CellStyle textStyle() {
        return text;
    }

    /** Writes a header row with the given texts, sets the column widths (in characters) and freezes the rows above. */
    void header(Sheet sheet, int rowIndex, List<String> titles, int[] widths, int frozenColumns) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(titles.get(i));
            c.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, i < widths.length ? widths[i] : 14) * 256);
        }
        sheet.createFreezePane(frozenColumns, rowIndex + 1);
    }

    /**
     * A text cell: always a string cell, never a formula. A text that a spreadsheet would take for a formula when
     * retyped or saved as CSV ({@code =}, {@code +}, {@code -}, {@code @} first, OWASP "CSV injection") also gets the
     * quote-prefix style, Excel's own apostrophe: shown and copied as the text it is, the text itself unchanged.
     */
    void text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(value != null && FORMULA_START.matcher(value).lookingAt() ? quotedText : text);
    }

    private static final java.util.regex.Pattern FORMULA_START = java.util.regex.Pattern.compile("[=+\\-@\\t\\r]");

    /** A numeric cell; blank (still formatted) when {@code value} is null. */
    void number(Row row, int col, BigDecimal value, int decimals) {
        Cell c = row.createCell(col);
        c.setCellStyle(numberStyle(decimals));
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
    }

    void year(Row row, int col, Integer value) {
        Cell c = row.createCell(col);
        c.setCellStyle(year);
        if (value != null) {
            c.setCellValue(value);
        }
    }

    /**
     * Adds the "Giải thích" sheet: a title, one line per column (name, meaning), then notes.
     *
     * @param title   the first line, e.g. what the workbook holds
     * @param columns pairs of column name and meaning, in the order of the data sheet
     * @param notes   further lines
     */
    void explanation(String title, List<String[]> columns, List<String> notes) {
        Sheet s = book.createSheet(msg("workbook.sheet.explain"));
        s.createRow(0).createCell(0).setCellValue(title);
        header(s, 2, List.of(msg("workbook.explain.column"), msg("workbook.explain.meaning")), new int[]{32, 100}, 0);
        int r = 3;
        for (String[] c : columns) {
            Row row = s.createRow(r++);
            text(row, 0, c[0]);
            text(row, 1, c[1]);
        }
        r++;
        for (String note : notes) {
            s.createRow(r++).createCell(0).setCellValue(note);
        }
    }

    byte[] bytes() {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
