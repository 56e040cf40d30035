package vn.ansinh.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.target.IndicatorValue;
import vn.ansinh.target.Target;
import vn.ansinh.target.TargetRow;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.TargetTexts;
import vn.ansinh.target.ValueEntryService;

/**
 * Writes the two .xlsx exports of a plan for a year: the targets table (as it stood at the end of that year) and the
 * ward × target values. Every number is a numeric cell with a number format for the target's decimals; each workbook
 * has a second sheet "Giải thích" describing its columns.
 */
@Service
@Transactional(readOnly = true)
public class WorkbookExports {

    private static final String[] TARGET_COLUMNS = {"code", "statement", "indicator", "unit", "area", "responsible",
            "goal", "targetValue", "targetValueMax", "latest", "latestYear", "status", "gap"};
    private static final int[] TARGET_WIDTHS = {8, 50, 40, 14, 22, 30, 18, 12, 12, 14, 10, 16, 30};

    private final TargetService targets;
    private final TargetTexts texts;
    private final ValueEntryService values;
    private final OrgUnitService units;
    private final MessageSource messages;

    WorkbookExports(TargetService targets, TargetTexts texts, ValueEntryService values, OrgUnitService units,
                    MessageSource messages) {
        this.targets = targets;
        this.texts = texts;
        this.values = values;
        this.units = units;
        this.messages = messages;
    }

    /**
     * The targets table: one row per active target with code, statement, indicator, unit of measure, area,
     * responsible unit, the goal as written ("&lt; 2%"), target value(s) as numbers, the district's latest value up
     * to {@code year} as a number (the label for milestones and qualitative targets) with its year, the status and
     * the gap.
     *
     * @param plan the plan
     * @param year the last year whose values count
     * @return the .xlsx bytes
     */
    public byte[] targets(Plan plan, int year) {
        Sheets x = new Sheets(messages);
        Sheet sheet = x.book().createSheet(x.msg("workbook.targets.sheet"));
        List<String> titles = new ArrayList<>();
        for (String c : TARGET_COLUMNS) {
            titles.add(x.msg("workbook.targets.col." + c, String.valueOf(plan.getTargetYear())));
        }
        x.header(sheet, 0, titles, TARGET_WIDTHS, 1);
        List<TargetRow> rows = targets.table(plan, null, null, year);
        int r = 1;
        for (TargetRow tr : rows) {
            Target t = tr.target();
            Row row = sheet.createRow(r++);
            x.text(row, 0, t.getCode());
            x.text(row, 1, t.getStatement());
            x.text(row, 2, t.getIndicatorName());
            x.text(row, 3, t.getMeasureUnit());
            x.text(row, 4, x.msg("area." + t.getArea()));
            x.text(row, 5, t.getResponsibleUnit() == null ? null : t.getResponsibleUnit().getName());
            x.text(row, 6, texts.goal(t));
            x.number(row, 7, t.getTargetValue(), decimals(t, t.getTargetValue()));
            x.number(row, 8, t.getTargetValueMax(), decimals(t, t.getTargetValueMax()));
            IndicatorValue latest = tr.latest();
            if (latest != null && t.getKind().isNumeric()) {
                x.number(row, 9, latest.getValue(), decimals(t, latest.getValue()));
            } else {
                x.text(row, 9, latest == null ? null : texts.value(t, latest));
            }
            x.year(row, 10, latest == null ? null : latest.getYear());
            x.text(row, 11, x.msg("status." + tr.assessment().status()));
            x.text(row, 12, texts.gap(t, tr.assessment()));
        }
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, TARGET_COLUMNS.length - 1));
        }
        List<String[]> columns = new ArrayList<>();
        for (int i = 0; i < TARGET_COLUMNS.length; i++) {
            columns.add(new String[]{titles.get(i), x.msg("workbook.targets.explain." + TARGET_COLUMNS[i],
                    String.valueOf(year), String.valueOf(plan.getTargetYear()))});
        }
        x.explanation(x.msg("workbook.targets.title", plan.getCode(), plan.getIssuingUnit().getName(), String.valueOf(year)),
                columns, List.of(x.msg("workbook.explain.numbers")));
        return x.bytes();
    }

    /**
     * The ward × target values: one row per ward-level target of the plan, one column per ward valid in
     * {@code year} (by GSO code), then a column with the district's own value; each cell is the value recorded for
     * that target, unit and year (blank when none).
     *
     * @param plan the plan
     * @param year the year
     * @return the .xlsx bytes
     */
    public byte[] wardValues(Plan plan, int year) {
        Sheets x = new Sheets(messages);
        OrgUnit district = plan.getIssuingUnit();
        List<OrgUnit> wards = units.territoriesIn(district.getId(), year).stream()
                .filter(u -> u.getKind() == OrgUnitKind.WARD).toList();
        Map<Long, Map<Long, IndicatorValue>> byWard = new HashMap<>();
        for (OrgUnit w : wards) {
            Map<Long, IndicatorValue> m = new HashMap<>();
            values.wardValues(plan.getId(), w.getId(), year).forEach(v -> m.put(v.getTarget().getId(), v));
            byWard.put(w.getId(), m);
        }
        Sheet sheet = x.book().createSheet(x.msg("workbook.wards.sheet", String.valueOf(year)));
        List<String> titles = new ArrayList<>(List.of(x.msg("workbook.wards.col.code"),
                x.msg("workbook.wards.col.statement"), x.msg("workbook.wards.col.unit")));
        wards.forEach(w -> titles.add(w.getName()));
        titles.add(x.msg("workbook.wards.col.district", district.getName()));
        int[] widths = new int[titles.size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 8;
        widths[1] = 50;
        x.header(sheet, 0, titles, widths, 3);
        int r = 1;
        for (Target t : targets.wardLevel(plan)) {
            Row row = sheet.createRow(r++);
            x.text(row, 0, t.getCode());
            x.text(row, 1, t.getStatement());
            x.text(row, 2, t.getMeasureUnit());
            int c = 3;
            for (OrgUnit w : wards) {
                IndicatorValue v = byWard.get(w.getId()).get(t.getId());
                x.number(row, c++, v == null ? null : v.getValue(), decimals(t, v == null ? null : v.getValue()));
            }
            BigDecimal own = values.find(t, district.getId(), year).map(IndicatorValue::getValue).orElse(null);
            x.number(row, c, own, decimals(t, own));
        }
        List<String[]> columns = new ArrayList<>();
        columns.add(new String[]{titles.get(0), x.msg("workbook.targets.explain.code")});
        columns.add(new String[]{titles.get(1), x.msg("workbook.targets.explain.statement")});
        columns.add(new String[]{titles.get(2), x.msg("workbook.targets.explain.unit")});
        columns.add(new String[]{x.msg("workbook.wards.col.wards"), x.msg("workbook.wards.explain.ward", String.valueOf(year))});
        columns.add(new String[]{titles.get(titles.size() - 1), x.msg("workbook.wards.explain.district", String.valueOf(year))});
        x.explanation(x.msg("workbook.wards.title", plan.getCode(), district.getName(), String.valueOf(year)), columns,
                List.of(x.msg("workbook.explain.numbers")));
        return x.bytes();
    }

    /** The target's decimals, or more when the stored number is more precise (2,03 is never shown as 2,0); at most 4. */
    static int decimals(Target t, BigDecimal v) {
        int scale = v == null ? 0 : Math.max(0, v.stripTrailingZeros().scale());
        return Math.min(4, Math.max(t.getDecimals(), scale));
    }
}
