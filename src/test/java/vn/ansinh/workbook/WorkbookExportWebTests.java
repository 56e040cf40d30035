package vn.ansinh.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The two spreadsheet exports opened with POI: numbers are numeric cells with number formats, headers are Vietnamese,
 * the header row is frozen, and a "Giải thích" sheet explains the columns. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class WorkbookExportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;

    @BeforeEach
    void values() {
        plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        // other test classes commit values; this one starts from none and is rolled back
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        value("CT07", "306", 2025, "1.8");
        value("CT07", "306", 2026, "2.5");
        value("CT06", "306", 2025, "4500");
        value("CT18", "306", 2025, "2.05");
        value("CT24", "11422", 2025, "93.5");
        value("CT24", "306", 2025, "92.1");
        value("CT06", "11410", 2025, "120");
    }

    private void value(String target, String unit, int year, String v) {
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at)
                values ((select id from target where code = ?), (select id from org_unit where code = ?), ?, ?::numeric, 'test', now())
                """, target, unit, year, v);
    }

    static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private XSSFWorkbook download(String path, int year, String disposition) throws Exception {
        byte[] bytes = mvc.perform(get(path).param("plan", String.valueOf(plan)).param("year", String.valueOf(year))
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", disposition))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Row row(Sheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static void assertNumber(Cell c, double value, String format) {
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(c.getNumericCellValue()).isEqualTo(value);
        assertThat(c.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static List<String> texts(Row r) {
        List<String> list = new ArrayList<>();
        r.forEach(c -> list.add(c.getStringCellValue()));
        return list;
    }

    @Test
    void textsThatLookLikeFormulasOrMarkupStayPlainTextCells() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Bấm\")";
        jdbc.update("update target set statement = ?, indicator_name = ?, measure_unit = ? where code = 'CT07'",
                formula, "<script>alert(1)</script>", "@SUM(1+1)");
        jdbc.update("update target set statement = ? where code = 'CT06'", "-2+3 lao động");
        try (XSSFWorkbook book = download("/admin/workbook/targets", 2025,
                "attachment; filename=\"Chi tieu nam 2025.xlsx\"; filename*=UTF-8''Ch%E1%BB%89%20ti%C3%AAu%20n%C4%83m%202025.xlsx")) {
            Row ct07 = row(book.getSheetAt(0), "CT07");
            for (int col = 1; col <= 3; col++) {
                assertThat(ct07.getCell(col).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(ct07.getCell(1).getStringCellValue()).isEqualTo(formula);
            assertThat(ct07.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(ct07.getCell(2).getStringCellValue()).isEqualTo("<script>alert(1)</script>");
            assertThat(ct07.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(ct07.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            Cell ct06 = row(book.getSheetAt(0), "CT06").getCell(1);
            assertThat(ct06.getCellType()).isEqualTo(CellType.STRING);
            assertThat(ct06.getStringCellValue()).isEqualTo("-2+3 lao động");
            assertThat(ct06.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theTargetsTableHasNumbersAsNumbersAndAFrozenVietnameseHeader() throws Exception {
        try (XSSFWorkbook book = download("/admin/workbook/targets", 2025,
                "attachment; filename=\"Chi tieu nam 2025.xlsx\"; filename*=UTF-8''Ch%E1%BB%89%20ti%C3%AAu%20n%C4%83m%202025.xlsx")) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Chỉ tiêu");
            assertThat(texts(s.getRow(0))).containsExactly("Mã", "Chỉ tiêu", "Chỉ số", "Đơn vị tính", "Lĩnh vực",
                    "Đơn vị chủ trì", "Mục tiêu 2030", "Giá trị mục tiêu", "Cận trên của mục tiêu",
                    "Giá trị mới nhất của quận", "Năm của giá trị", "Trạng thái", "Khoảng cách đến mục tiêu");
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(s.getLastRowNum()).isEqualTo(39);
            assertThat(s.getColumnWidth(1)).isEqualTo(50 * 256);

            Row ct07 = row(s, "CT07");
            assertThat(ct07.getCell(1).getStringCellValue()).isEqualTo("Tỷ lệ thất nghiệp chung dưới 2%");
            assertThat(ct07.getCell(3).getStringCellValue()).isEqualTo("%");
            assertThat(ct07.getCell(4).getStringCellValue()).isEqualTo("Lao động, việc làm");
            assertThat(ct07.getCell(6).getStringCellValue()).isEqualTo("< 2%");
            assertNumber(ct07.getCell(7), 2.0, "#,##0.0");
            // the 2026 value (2,5) does not count in the 2025 table
            assertNumber(ct07.getCell(9), 1.8, "#,##0.0");
            assertNumber(ct07.getCell(10), 2025, "0");
            assertThat(ct07.getCell(11).getStringCellValue()).isEqualTo("Đạt");

            Row ct06 = row(s, "CT06");
            assertNumber(ct06.getCell(7), 4000, "#,##0");
            assertNumber(ct06.getCell(9), 4500, "#,##0");
            Row ct18 = row(s, "CT18");
            assertThat(ct18.getCell(6).getStringCellValue()).isEqualTo("2,0–2,1 con/phụ nữ");
            assertNumber(ct18.getCell(7), 2.0, "#,##0.00");
            assertNumber(ct18.getCell(8), 2.1, "#,##0.00");
            assertNumber(ct18.getCell(9), 2.05, "#,##0.00");
            Row ct01 = row(s, "CT01");
            assertThat(ct01.getCell(9).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(ct01.getCell(11).getStringCellValue()).isEqualTo("Chưa có số liệu");

            Sheet explain = book.getSheetAt(1);
            assertThat(explain.getSheetName()).isEqualTo("Giải thích");
            assertThat(explain.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Bảng chỉ tiêu kế hoạch HAI-AN-2024 của Quận Hải An, số liệu đến hết năm 2025");
            assertThat(texts(explain.getRow(2))).containsExactly("Cột", "Ý nghĩa");
            assertThat(texts(explain.getRow(12))).containsExactly("Giá trị mới nhất của quận",
                    "Giá trị của quận trong năm gần nhất có số liệu, tính đến hết năm 2025, dạng số; với chỉ tiêu mốc hoàn thành hoặc định tính là lời đánh giá.");
            StringBuilder all = new StringBuilder();
            explain.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            VietnameseText.assertCorrect("giai-thich.txt", all.toString());
        }
    }

    @Test
    void theTargetsTableOfALaterYearShowsItsLatestValue() throws Exception {
        try (XSSFWorkbook book = download("/admin/workbook/targets", 2026,
                "attachment; filename=\"Chi tieu nam 2026.xlsx\"; filename*=UTF-8''Ch%E1%BB%89%20ti%C3%AAu%20n%C4%83m%202026.xlsx")) {
            Row ct07 = row(book.getSheetAt(0), "CT07");
            assertNumber(ct07.getCell(9), 2.5, "#,##0.0");
            assertNumber(ct07.getCell(10), 2026, "0");
            assertThat(ct07.getCell(11).getStringCellValue()).isEqualTo("Chưa đạt");
        }
    }

    @Test
    void theWardTableHasOneColumnPerWardOfTheYearAndTheDistrict() throws Exception {
        try (XSSFWorkbook book = download("/admin/workbook/wards", 2025,
                "attachment; filename=\"So lieu cac phuong nam 2025.xlsx\"; filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u%20c%C3%A1c%20ph%C6%B0%E1%BB%9Dng%20n%C4%83m%202025.xlsx")) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Các phường năm 2025");
            assertThat(texts(s.getRow(0))).containsExactly("Mã", "Chỉ tiêu", "Đơn vị tính", "Phường Đông Hải 1",
                    "Phường Đông Hải 2", "Phường Đằng Lâm", "Phường Thành Tô", "Phường Đằng Hải", "Phường Nam Hải",
                    "Phường Cát Bi", "Phường Tràng Cát", "Quận Hải An (số liệu của quận)");
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 3);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                codes.add(s.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactly("CT02", "CT05", "CT06", "CT24", "CT25", "CT27", "CT28", "CT31", "CT35");
            Row ct24 = row(s, "CT24");
            assertNumber(ct24.getCell(9), 93.5, "#,##0.0");
            assertNumber(ct24.getCell(11), 92.1, "#,##0.0");
            assertThat(ct24.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(ct24.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            Row ct06 = row(s, "CT06");
            assertNumber(ct06.getCell(3), 120, "#,##0");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Giải thích");
            assertThat(texts(book.getSheetAt(1).getRow(7))).containsExactly("Quận Hải An (số liệu của quận)",
                    "Giá trị quận nhập cho năm 2025, không phải tổng cộng của các phường.");
        }
    }

    @Test
    void onlyDistrictStaffExport() throws Exception {
        CurrentUser ward = new CurrentUser("phuong", "x", "Cán bộ phường", Role.WARD_OFFICER,
                jdbc.queryForObject("select id from org_unit where code = '11422'", Long.class), true);
        mvc.perform(get("/admin/workbook/targets").param("plan", String.valueOf(plan)).param("year", "2025")
                .with(user(ward))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/workbook").with(user(ward))).andExpect(status().isForbidden());
    }

    @Test
    void aYearNotOfferedIsABadRequest() throws Exception {
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        for (String year : new String[]{"1999", "2027"}) {
            mvc.perform(get("/admin/workbook/targets").param("plan", String.valueOf(plan)).param("year", year).with(user(staff)))
                    .andExpect(status().isBadRequest());
        }
    }
}
