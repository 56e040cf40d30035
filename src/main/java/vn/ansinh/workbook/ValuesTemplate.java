package vn.ansinh.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.context.MessageSource;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.plan.Plan;
import vn.ansinh.target.Target;

/**
 * The layout of the values template (see docs/workbook.md). Sheet 1 "Số liệu": row 1 title, row 2 what the file is
 * for (plan, unit, year), row 3 how to fill it, row 4 headers, then one line per target from row 5: A code, B
 * statement, C unit of measure (A–C locked), D value, E numerator, F denominator, G source or note (to fill).
 * A very hidden sheet {@value #ID_SHEET} identifies the file: A1 {@value #MARKER}, B2 plan code, B3 unit id, B4 unit
 * code, B5 year. Sheet 3 "Giải thích" explains the columns and rules.
 */
final class ValuesTemplate {

    static final String ID_SHEET = "id";
    static final String MARKER = "ansinh-values-template-1";
    static final int HEADER_ROW = 3;
    static final int FIRST_LINE = 4;
    static final int CODE = 0;
    static final int VALUE = 3;
    static final int NUMERATOR = 4;
    static final int DENOMINATOR = 5;
    static final int SOURCE = 6;
    private static final String[] COLUMNS = {"code", "statement", "unit", "value", "numerator", "denominator", "source"};
    private static final int[] WIDTHS = {9, 60, 16, 14, 14, 14, 36};

    private ValuesTemplate() {
    }

    /**
     * @param messages the bundle
     * @param plan     the plan
     * @param unit     the district or a ward
     * @param year     the year of the values
     * @param targets  the targets the unit reports, in the plan's order
     * @return the .xlsx bytes
     */
    static byte[] write(MessageSource messages, Plan plan, OrgUnit unit, int year, List<Target> targets) {
        Sheets x = new Sheets(messages);
        XSSFSheet sheet = x.book().createSheet(x.msg("workbook.template.sheet"));
        String y = String.valueOf(year);
        sheet.createRow(0).createCell(0).setCellValue(x.msg("workbook.template.title", unit.getName(), y));
        sheet.createRow(1).createCell(0).setCellValue(x.msg("workbook.template.identity", plan.getCode(),
                unit.getName(), unit.getCode(), y));
        sheet.createRow(2).createCell(0).setCellValue(x.msg("workbook.template.howTo"));
        for (int r = 0; r < 3; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS.length - 1));
        }
        List<String> titles = new ArrayList<>();
        for (String c : COLUMNS) {
            titles.add(x.msg("workbook.template.col." + c));
        }
        x.header(sheet, HEADER_ROW, titles, WIDTHS, 0);
        CellStyle locked = x.book().createCellStyle();
        locked.cloneStyleFrom(x.textStyle());
        locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle open = x.book().createCellStyle();
        open.cloneStyleFrom(x.textStyle());
        open.setLocked(false);
        CellStyle openFraction = x.book().createCellStyle();
        openFraction.cloneStyleFrom(x.numberStyle(0));
        openFraction.setLocked(false);
        int r = FIRST_LINE;
        for (Target t : targets) {
            Row row = sheet.createRow(r++);
            x.text(row, 0, t.getCode());
            x.text(row, 1, t.getStatement());
            x.text(row, 2, t.getMeasureUnit());
            for (int c = 0; c < 3; c++) {
                row.getCell(c).setCellStyle(locked);
            }
            CellStyle value = x.book().createCellStyle();
            value.cloneStyleFrom(x.numberStyle(t.getDecimals()));
            value.setLocked(false);
            row.createCell(VALUE).setCellStyle(value);
            row.createCell(NUMERATOR).setCellStyle(openFraction);
            row.createCell(DENOMINATOR).setCellStyle(openFraction);
            row.createCell(SOURCE).setCellStyle(open);
        }
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        Sheet id = x.book().createSheet(ID_SHEET);
        id.createRow(0).createCell(0).setCellValue(MARKER);
        identity(id, 1, "plan", plan.getCode());
        identity(id, 2, "unitId", String.valueOf(unit.getId()));
        identity(id, 3, "unit", unit.getCode());
        identity(id, 4, "year", y);
        x.book().setSheetVisibility(x.book().getSheetIndex(id), SheetVisibility.VERY_HIDDEN);
        List<String[]> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new String[]{titles.get(i), x.msg("workbook.template.explain." + COLUMNS[i])});
        }
        x.explanation(x.msg("workbook.template.title", unit.getName(), y), columns,
                List.of(x.msg("workbook.template.rule1"), x.msg("workbook.template.rule2"), x.msg("workbook.template.rule3")));
        return x.bytes();
    }

    private static void identity(Sheet id, int row, String key, String value) {
        Row r = id.createRow(row);
        r.createCell(0).setCellValue(key);
        r.createCell(1).setCellValue(value);
    }
}
