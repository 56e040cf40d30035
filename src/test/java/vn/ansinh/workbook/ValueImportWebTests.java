package vn.ansinh.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The values template and its import: the template's layout, the preview verdicts of a filled template (with the
 * entry form's messages), nothing saved before confirming, one save per preview, and clear errors for bad files.
 * Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class ValueImportWebTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private long catBi;
    private long district;

    @BeforeEach
    void clean() {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        catBi = jdbc.queryForObject("select id from org_unit where code = '11422'", Long.class);
        district = jdbc.queryForObject("select id from org_unit where code = '306'", Long.class);
    }

    private static CurrentUser staff() {
        return WorkbookExportWebTests.staff();
    }

    private byte[] template(long unit, int year) throws Exception {
        return mvc.perform(get("/admin/workbook/template").param("plan", String.valueOf(plan))
                        .param("unit", String.valueOf(unit)).param("year", String.valueOf(year)).with(user(staff())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static Row line(Sheet s, String code) {
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            if (code.equals(s.getRow(r).getCell(0).getStringCellValue())) {
                return s.getRow(r);
            }
        }
        throw new AssertionError("no line " + code);
    }

    /** Cát Bi's 2025 template filled in: 75,5 typed as text, 120 as a number, 130% and an unknown code. */
    private byte[] filled() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(catBi, 2025)))) {
            Sheet s = book.getSheetAt(0);
            line(s, "CT24").getCell(3).setCellValue("75,5");
            line(s, "CT24").getCell(6).setCellValue("Báo cáo của trạm y tế");
            line(s, "CT06").getCell(3).setCellValue(120);
            line(s, "CT25").getCell(3).setCellValue(130);
            Row extra = s.createRow(s.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("CT99");
            extra.createCell(3).setCellValue(5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private MvcResult upload(long unit, int year, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/admin/workbook/imports").file(file).param("plan", String.valueOf(plan))
                        .param("unit", String.valueOf(unit)).param("year", String.valueOf(year))
                        .with(user(staff())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "Mẫu Cát Bi.xlsx", XLSX, bytes);
    }

    private int values() {
        return jdbc.queryForObject("select count(*) from indicator_value", Integer.class);
    }

    @Test
    void theTemplateListsTheWardTargetsWithLockedCodesAndAHiddenIdentity() throws Exception {
        mvc.perform(get("/admin/workbook/template").param("plan", String.valueOf(plan))
                        .param("unit", String.valueOf(catBi)).param("year", "2025").with(user(staff())))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Mau nhap so lieu Phuong Cat Bi nam 2025.xlsx\"; "
                        + "filename*=UTF-8''M%E1%BA%ABu%20nh%E1%BA%ADp%20s%E1%BB%91%20li%E1%BB%87u%20Ph%C6%B0%E1%BB%9Dng%20C%C3%A1t%20Bi%20n%C4%83m%202025.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(catBi, 2025)))) {
            XSSFSheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Số liệu");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mẫu nhập số liệu chỉ tiêu của Phường Cát Bi năm 2025");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("Kế hoạch HAI-AN-2024 · Đơn vị: Phường Cát Bi (mã 11422) · Năm 2025.");
            List<String> headers = new ArrayList<>();
            s.getRow(3).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Tử số", "Mẫu số",
                    "Nguồn số liệu, ghi chú");
            assertThat(s.getLastRowNum()).isEqualTo(3 + 9);
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(s.getProtect()).isTrue();
            Row ct24 = line(s, "CT24");
            assertThat(ct24.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(ct24.getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(ct24.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(line(s, "CT06").getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            int id = book.getSheetIndex("id");
            assertThat(book.getSheetVisibility(id)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheet("Giải thích")).isNotNull();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(district, 2025)))) {
            // the district reports every target with a number: 39 less 5 qualitative and 1 milestone
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 33);
        }
    }

    @Test
    void thePreviewJudgesEachLineAndSavesNothing() throws Exception {
        MvcResult r = upload(catBi, 2025, file(filled()));
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/workbook/imports/\\d+");
        assertThat(values()).isZero();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Map<String, Object> job = jdbc.queryForMap("select state, rows_total, rows_processed from value_import where id = ?", id);
        assertThat(job).containsEntry("state", "PREVIEW").containsEntry("rows_total", 10).containsEntry("rows_processed", 10);
        assertThat(verdict(id, "CT24")).containsExactly("ACCEPTED", "Sẽ lưu 75,5%.");
        assertThat(verdict(id, "CT06")).containsExactly("ACCEPTED", "Sẽ lưu 120 lượt lao động/năm.");
        assertThat(verdict(id, "CT25")).containsExactly("REJECTED", "Tỷ lệ phải từ 0 đến 100%, bạn đã nhập 130.");
        assertThat(verdict(id, "CT99")).containsExactly("REJECTED", "Không có chỉ tiêu mã CT99 trong kế hoạch HAI-AN-2024.");
        assertThat(verdict(id, "CT02")).containsExactly("EMPTY", "Chưa điền giá trị; dòng này không được lưu.");

        String page = mvc.perform(get(location).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã đọc 10 trên 10 dòng của bảng.")))
                .andExpect(content().string(containsString("Hợp lệ: 2")))
                .andExpect(content().string(containsString("Bị từ chối: 2")))
                .andExpect(content().string(containsString("Bỏ trống: 6")))
                .andExpect(content().string(containsString("Lưu 2 dòng hợp lệ")))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Tỷ lệ phải từ 0 đến 100%, bạn đã nhập 130.")
                .contains("Nguồn số liệu", "Báo cáo của trạm y tế")
                .contains("Phường Cát Bi, năm 2025, kế hoạch HAI-AN-2024");
        VietnameseText.assertCorrect("preview.html", page);
        assertThat(values()).isZero();
    }

    @Test
    void aZeroDenominatorIsNamedOnce() throws Exception {
        byte[] bytes;
        String code;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(catBi, 2025)))) {
            Sheet s = book.getSheetAt(0);
            // the first line whose numerator and denominator can be typed (a rate with a base)
            Row row = java.util.stream.IntStream.rangeClosed(s.getFirstRowNum(), s.getLastRowNum()).mapToObj(s::getRow)
                    .filter(r -> r != null && r.getCell(4) != null && !r.getCell(4).getCellStyle().getLocked())
                    .findFirst().orElseThrow();
            code = row.getCell(0).getStringCellValue();
            row.getCell(4).setCellValue(5);
            row.getCell(5).setCellValue(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        String location = upload(catBi, 2025, file(bytes)).getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(verdict(id, code)).containsExactly("REJECTED", "Mẫu số phải lớn hơn 0.");
    }

    private List<String> verdict(long id, String code) {
        Map<String, Object> m = jdbc.queryForMap("select verdict, reason from value_import_row where import_id = ? and target_code = ?", id, code);
        return List.of((String) m.get("verdict"), (String) m.get("reason"));
    }

    @Test
    void confirmingSavesTheAcceptedLinesOnce() throws Exception {
        String location = upload(catBi, 2025, file(filled())).getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/confirm").with(user(staff())).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("confirmKey", "workbook.import.savedAll"))
                .andExpect(flash().attribute("confirmArgs", new String[]{"2", "0"}));
        assertThat(values()).isEqualTo(2);
        Map<String, Object> ct24 = jdbc.queryForMap("""
                select v.value, v.source, v.updated_by from indicator_value v join target t on t.id = v.target_id
                where t.code = 'CT24' and v.org_unit_id = ? and v.year = 2025""", catBi);
        assertThat((BigDecimal) ct24.get("value")).isEqualByComparingTo("75.5");
        assertThat(ct24).containsEntry("source", "Báo cáo của trạm y tế").containsEntry("updated_by", "canbo");
        assertThat(jdbc.queryForObject("""
                select v.value from indicator_value v join target t on t.id = v.target_id
                where t.code = 'CT06' and v.org_unit_id = ? and v.year = 2025""", BigDecimal.class, catBi))
                .isEqualByComparingTo("120");
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isEqualTo(2);

        // the same preview confirmed again (a double click, a resent form): nothing more is saved
        mvc.perform(post(location + "/confirm").with(user(staff())).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("confirmKey", "workbook.import.alreadySaved"));
        assertThat(values()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isEqualTo(2);
        String page = mvc.perform(get(location).with(user(staff())))
                .andExpect(content().string(containsString("2 giá trị được lưu, 0 dòng bỏ qua.")))
                .andExpect(content().string(not(containsString("Lưu 2 dòng hợp lệ"))))
                .andReturn().getResponse().getContentAsString();
        VietnameseText.assertCorrect("preview-saved.html", page);
        // each accepted line now says what happened to it, not what would happen
        assertThat(page).doesNotContain("Sẽ lưu");
        assertThat(jdbc.queryForList("select target_code || ' ' || saved from value_import_row where saved is not null order by line",
                String.class)).containsExactly("CT06 true", "CT24 true");
        assertThat(page.split("Đã lưu\\.", -1)).hasSize(3);
    }

    @Test
    void aValueChangedAfterThePreviewIsNotOverwritten() throws Exception {
        String location = upload(catBi, 2025, file(filled())).getResponse().getRedirectedUrl();
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at)
                values ((select id from target where code = 'CT24'), ?, 2025, 80, 'khac', now())""", catBi);
        mvc.perform(post(location + "/confirm").with(user(staff())).with(csrf()))
                .andExpect(flash().attribute("confirmKey", "workbook.import.saved"))
                .andExpect(flash().attribute("confirmArgs", new String[]{"1", "1"}));
        assertThat(jdbc.queryForObject("""
                select v.value from indicator_value v join target t on t.id = v.target_id
                where t.code = 'CT24' and v.org_unit_id = ?""", BigDecimal.class, catBi)).isEqualByComparingTo("80");
        assertThat(jdbc.queryForList("select target_code || ' ' || saved from value_import_row where saved is not null order by line",
                String.class)).containsExactly("CT06 true", "CT24 false");
        assertThat(mvc.perform(get(location).with(user(staff()))).andReturn().getResponse().getContentAsString())
                .contains("Không lưu: số liệu này đã được sửa sau khi kiểm tra tệp").contains("Đã lưu.", ">Bỏ qua<");
    }

    @Test
    void badFilesGetAClearMessageAndNothingIsStored() throws Exception {
        expectError(upload(catBi, 2025, file("xin chào".getBytes())), "workbook.error.notWorkbook");
        expectError(upload(catBi, 2025, file(new byte[0])), "workbook.error.empty");
        expectError(upload(catBi, 2025, file(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})), "workbook.error.oldExcel");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("CT24");
            book.write(plain);
        }
        expectError(upload(catBi, 2025, file(plain.toByteArray())), "workbook.error.notTemplate");
        MvcResult other = upload(catBi, 2025, file(template(district, 2025)));
        expectError(other, "workbook.error.otherTemplate");
        assertThat((String[]) other.getFlashMap().get("importErrorArgs")).containsExactly(
                "mẫu của Quận Hải An năm 2025 (kế hoạch HAI-AN-2024)", "Phường Cát Bi", "2025", "HAI-AN-2024");
        expectError(upload(catBi, 2024, file(template(catBi, 2025))), "workbook.error.otherTemplate");
        assertThat(jdbc.queryForObject("select count(*) from value_import", Integer.class)).isZero();
        assertThat(values()).isZero();
    }

    private static void expectError(MvcResult r, String key) {
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/admin/workbook?plan=");
        assertThat(r.getFlashMap().get("importError")).isEqualTo(key);
    }

    @Test
    void thePageOffersTheExportsTheTemplateAndTheImport() throws Exception {
        String page = mvc.perform(get("/admin/workbook").param("plan", String.valueOf(plan)).param("year", "2025")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trao đổi số liệu bằng bảng tính")))
                .andExpect(content().string(containsString("/admin/workbook/targets?plan=" + plan + "&amp;year=2025")))
                .andExpect(content().string(containsString("/admin/workbook/wards?plan=" + plan + "&amp;year=2025")))
                .andExpect(content().string(containsString("Phường Cát Bi")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andReturn().getResponse().getContentAsString();
        VietnameseText.assertCorrect("workbook.html", page);
    }
}
