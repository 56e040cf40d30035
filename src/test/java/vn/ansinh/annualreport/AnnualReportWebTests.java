package vn.ansinh.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.shared.web.Downloads;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The annual report pages: the years of a plan, the text form (suggested text, checks with Vietnamese messages,
 * typed text kept, stale saves), the Word download and who may use them. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class AnnualReportWebTests {

    private static final String FILE = "Báo cáo kết quả thực hiện kế hoạch năm 2026.docx";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private String url() {
        return "/admin/annual-report/" + AnnualReportTestData.plan(jdbc) + "/2026";
    }

    private String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(user(staff()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder save(String number, String date, String opening, Long version, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("number", number);
        p.put("symbol", "BC-UBND");
        p.put("place", "Hải An");
        p.put("date", date);
        p.put("summary", "Kết quả thực hiện Kế hoạch về chính sách xã hội năm 2026");
        p.put("opening", opening);
        p.put("strengths", "Các phòng phối hợp chặt chẽ.");
        p.put("recipients", "- Sở Y tế;\n- Lưu: VT, LĐTBXH.");
        p.put("signerTitle", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH");
        p.put("signerName", "Trần Thị Kim Oanh");
        for (int i = 0; i < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        if (version != null) {
            p.put("version", version.toString());
        }
        MockHttpServletRequestBuilder b = post(url()).with(user(staff())).with(csrf());
        p.forEach(b::param);
        return b;
    }

    @Test
    void staffSeeTheYearsAndASuggestedDraftExplained() throws Exception {
        AnnualReportTestData.clear(jdbc);
        String index = page("/admin/annual-report");
        assertThat(index).contains("Báo cáo năm về thực hiện kế hoạch", "Chưa có dự thảo (tệp báo cáo dùng nội dung gợi ý).",
                url(), url() + "/docx", "/admin/annual-report/" + AnnualReportTestData.plan(jdbc) + "/2024");
        VietnameseText.assertCorrect("/admin/annual-report.html", index);
        String edit = page(url());
        assertThat(edit).contains("Chưa có dự thảo cho năm này.", "value=\"BC-UBND\"", "value=\"Hải An\"", "value=\"30/11/2026\"",
                "value=\"Trần Thị Kim Oanh\"", "Chưa mở kỳ báo cáo năm 2026, nên chưa có số liệu về báo cáo của các phường.",
                "Kế hoạch có 39 chỉ tiêu; đánh giá đến nay: chưa có số liệu 39.", "III. Phương hướng, nhiệm vụ năm 2027",
                "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân quận Hải An\nLưu: VT");
        VietnameseText.assertCorrect("/admin/annual-report/edit.html", edit);
    }

    @Test
    void aSavedDraftIsPrintedWithItsNumberDateAndText() throws Exception {
        mvc.perform(save("5", "5/10/2026", "Ủy ban nhân dân quận ban hành kế hoạch và giao nhiệm vụ cho từng phòng.", null))
                .andExpect(redirectedUrl(url())).andExpect(flash().attribute("message", "annualReport.saved"));
        assertThat(jdbc.queryForMap("select doc_number, to_char(doc_date, 'DD/MM/YYYY') as d, recipients, version from annual_report_draft"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("doc_number", "05", "d", "05/10/2026",
                        "recipients", "Sở Y tế\nLưu: VT, LĐTBXH", "version", 0L));
        assertThat(page(url())).contains("Đã lưu bởi canbo lúc", "value=\"05\"", "value=\"05/10/2026\"");
        // the same text saved again (to download it): nothing new stored, no second audit entry
        long entries = jdbc.queryForObject("select count(*) from audit_entry where action = 'annualReport.save'", Long.class);
        mvc.perform(save("5", "5/10/2026", "Ủy ban nhân dân quận ban hành kế hoạch và giao nhiệm vụ cho từng phòng.", 0L))
                .andExpect(redirectedUrl(url()));
        assertThat(jdbc.queryForObject("select version from annual_report_draft", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'annualReport.save'", Long.class))
                .isEqualTo(entries);
        byte[] docx = mvc.perform(get(url() + "/docx").with(user(staff()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Số: 05/BC-UBND", "Hải An, ngày 05 tháng 10 năm 2026");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Ủy ban nhân dân quận ban hành kế hoạch và giao nhiệm vụ cho từng phòng.", "Các phòng phối hợp chặt chẽ.");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(0).getText())
                    .isEqualTo("Nơi nhận:- Sở Y tế;- Lưu: VT, LĐTBXH.");
        }
        mvc.perform(save("", "", "x", 0L).param("action", "docx")).andExpect(redirectedUrl(url() + "/docx"));
        assertThat(jdbc.queryForObject("select doc_number is null and doc_date is null from annual_report_draft", Boolean.class))
                .as("number and date left blank").isTrue();
    }

    @Test
    void aRefusedFormSaysWhyInVietnameseAndKeepsTheText() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(save("5a", "31/02/2026", "Văn bản đang soạn dở", null,
                        "symbol", "bc ubnd", "place", " ", "recipients", "Sở Y tế", "summary", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Chưa lưu được. Vui lòng sửa các ô được đánh dấu bên dưới.",
                "Số văn bản chỉ gồm chữ số (ví dụ 05); để trống nếu chưa lấy số.",
                "Hãy nhập ký hiệu gồm chữ in hoa và chữ số, nối bằng dấu gạch ngang (ví dụ BC-UBND), tối đa 30 ký tự.",
                "Hãy nhập địa danh (ví dụ Hải An).", "Hãy nhập trích yếu của báo cáo.",
                "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm hoặc để trống.",
                "Hãy nhập nơi nhận, mỗi dòng một nơi; dòng cuối phải là “Lưu: VT, …”.", ">Văn bản đang soạn dở</textarea>",
                "value=\"5a\"", "value=\"31/02/2026\"");
        VietnameseText.assertCorrect("annual-report-errors.html", page);
        page = HtmlUtils.htmlUnescape(mvc.perform(save("5", "05/10/2025", "x", null)).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Ngày của báo cáo phải trong năm 2026 hoặc năm 2027.");
        assertThat(jdbc.queryForObject("select count(*) from annual_report_draft", Integer.class)).isZero();
    }

    @Test
    void aStaleSaveShowsWhoSavedAndKeepsTheTypedText() throws Exception {
        mvc.perform(save("", "", "Bản của người thứ nhất", null)).andExpect(redirectedUrl(url()));
        String page = HtmlUtils.htmlUnescape(mvc.perform(save("", "", "Bản của người thứ hai", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Báo cáo vừa được canbo lưu lúc 10:00 30/11/2026.", ">Bản của người thứ hai</textarea>",
                "name=\"version\" value=\"0\"");
        assertThat(jdbc.queryForObject("select opening from annual_report_draft", String.class)).isEqualTo("Bản của người thứ nhất");
        mvc.perform(save("", "", "Bản của người thứ hai", 0L)).andExpect(redirectedUrl(url()));
        assertThat(jdbc.queryForObject("select opening from annual_report_draft", String.class)).isEqualTo("Bản của người thứ hai");
    }

    @Test
    void theWordFileDownloadsUnderItsVietnameseName() throws Exception {
        mvc.perform(get(url() + "/docx").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Downloads.DOCX.toString()))
                .andExpect(header().string("Content-Disposition", Downloads.contentDisposition(FILE)))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Bao cao ket qua thuc hien ke hoach nam 2026.docx\"; filename*=UTF-8''"
                                + "B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3%20th%E1%BB%B1c%20hi%E1%BB%87n%20k%E1%BA%BF"
                                + "%20ho%E1%BA%A1ch%20n%C4%83m%202026.docx"));
    }

    @Test
    void onlyDistrictStaffAndAdministratorsWriteTheReport() throws Exception {
        for (Role role : List.of(Role.LEADER, Role.WARD_OFFICER, Role.DEPARTMENT_OFFICER)) {
            CurrentUser other = new CurrentUser("khac", "x", "Người khác", role, null, true);
            mvc.perform(get(url()).with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get(url() + "/docx").with(user(other))).andExpect(status().isForbidden());
        }
        CurrentUser admin = new CurrentUser("qtv", "x", "Quản trị", Role.ADMIN, null, true);
        mvc.perform(get(url()).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/annual-report/" + AnnualReportTestData.plan(jdbc) + "/2027").with(user(staff())))
                .andExpect(status().isNotFound());
    }
}
