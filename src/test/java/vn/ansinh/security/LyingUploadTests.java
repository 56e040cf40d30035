package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.planfile.PlanFile;
import vn.ansinh.planfile.PlanFileService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Files that lie about their type ({@link LyingFiles}: HTML with a script, a Windows program, a PNG, a plain zip, a
 * Word document, an old .xls, a PDF, an empty file, random bytes, a zip bomb, UTF-16 text, JSON nested 100.000 deep,
 * 1e999999, a top-level array, NUL bytes, truncated JSON, names with path traversal and markup) are sent to every
 * upload of the app, each named and typed as the upload expects, as a role allowed to use it: the ward report scan
 * (ward officer), the workbook value import and the plan file check and load (district staff). For each file and
 * upload: the exact answer (a redirect with the upload's own Vietnamese message, or the form again, 200, listing it),
 * no exception, stack trace, SQL or English parser text, the name never echoed as markup, nothing stored, and at most
 * {@value #MAX_MB} MB allocated and {@value #MAX_MS} ms spent by the request. A legitimate file for each upload is
 * accepted, so that the checks can fail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class LyingUploadTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_MB = 64;
    static final int MAX_MS = 5000;

    // report.error.*
    static final String NOT_PDF = "Tệp không phải PDF. Hãy quét báo cáo thành tệp PDF rồi tải lên.";
    static final String SCAN_EMPTY = "Hãy chọn một tệp PDF.";
    // workbook.error.*
    static final String NOT_WORKBOOK = "Tệp này không phải bảng tính đọc được. Hãy tải mẫu nhập số liệu trên trang này, điền rồi gửi lại.";
    static final String OLD_EXCEL = "Tệp này là bảng tính kiểu cũ. Hãy mở tệp rồi lưu lại dạng sổ làm việc mới, hoặc tải mẫu mới rồi điền.";
    static final String WORKBOOK_EMPTY = "Chưa chọn tệp, hoặc tệp rỗng.";
    // planfile.error.*
    static final String NOT_TEXT = "Tệp này không phải văn bản JSON: có dữ liệu không đọc được thành chữ theo bảng mã UTF-8. "
            + "Có thể đây là ảnh, tệp nén, tài liệu, bảng tính hay chương trình. Hãy chọn tệp JSON xuất từ trang này.";
    static final String PLAN_EMPTY = "Tệp rỗng, không có nội dung.";
    static final String SYNTAX_COLUMN_1 = "Tệp không đúng định dạng JSON của kế hoạch: sai cú pháp ở cột 1 (thiếu hoặc thừa dấu "
            + "phẩy, dấu nháy, dấu ngoặc), hoặc tệp không phải JSON.";
    static final String NUL = "Tệp có ký tự điều khiển U+0000 (không in ra được), không được có trong tệp kế hoạch. "
            + "Hãy xóa ký tự này hoặc xuất lại tệp.";
    static final String TRUNCATED = "Tệp kết thúc giữa chừng, thiếu phần cuối (có thể do tải lên hoặc sao chép bị ngắt).";
    static final String TOO_DEEP = "Tệp có các dấu ngoặc lồng nhau quá 50 tầng; tệp kế hoạch chỉ có vài tầng.";
    static final String NOT_PLAN = "Tệp phải là một đối tượng JSON mô tả kế hoạch (bắt đầu bằng dấu ngoặc nhọn), như tệp xuất từ trang này.";
    static final String TYPE = "Phần %s không đúng kiểu dữ liệu (ví dụ chữ ở chỗ cần số, hoặc danh sách ở chỗ cần một giá trị).";
    static final String TOO_BIG = "Chỉ tiêu CT06: số ở trường targetValue vượt giới hạn (tối đa 14 chữ số trước dấu thập phân và 4 chữ số sau).";
    static final String TOO_LONG = "Cơ sở dữ liệu không nhận kế hoạch trong tệp: có đoạn chữ dài quá giới hạn của trường đó.";

    /** Internals a page must never show: exception classes, stack frames, SQL errors, Jackson's and POI's English. */
    static final Pattern INTERNALS = Pattern.compile("Exception|\\bat (java|org|vn)\\.|org\\.springframework|org\\.hibernate|"
            + "org\\.apache|java\\.lang|vn\\.ansinh\\.|tools\\.jackson|SQLState|PSQL|ERROR: |Whitelabel|Unexpected|Cannot deserialize|"
            + "exceeds the maximum|Invalid UTF|end-of-input|CTRL-CHAR|StreamReadConstraints|JsonToken|Zip bomb");

    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger CELLS = new AtomicInteger();
    static final AtomicLong MOST_MB = new AtomicLong();
    static final AtomicLong MOST_MS = new AtomicLong();
    static byte[] bomb;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanFileService planFiles;

    @Autowired
    EntityManager entities;

    long plan;
    long catBi;
    long report;
    final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The upload, what it is sent as, and who may use it. */
    enum Upload {
        SCAN(".pdf", "application/pdf"), WORKBOOK(".xlsx", XLSX), PLAN_CHECK(".json", "application/json"),
        PLAN_LOAD(".json", "application/json");

        final String extension;
        final String type;

        Upload(String extension, String type) {
            this.extension = extension;
            this.type = type;
        }
    }

    /**
     * A file and what each upload must answer: the flash key and its text (scan, workbook), the problem shown (plan
     * check and load: "Dòng n: …" or the message alone); null where the file is no lie to that upload.
     */
    record Lie(String label, String stem, byte[] content, String scanKey, String workbookKey, String planProblem) {
    }

    @BeforeAll
    static void buildTheBomb() {
        bomb = LyingFiles.zipBomb();
    }

    @AfterAll
    static void figures() {
        System.out.println("LyingUploadTests: " + CELLS.get() + " file × upload cells, " + REQUESTS.get() + " requests; a refusal took at most "
                + MOST_MB.get() + " MB allocated and " + MOST_MS.get() + " ms; the zip bomb is " + bomb.length + " bytes");
    }

    @BeforeEach
    void data() throws Exception {
        plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        catBi = jdbc.queryForObject("select id from org_unit where code = '11422'", Long.class);
        jdbc.update("delete from reporting_cycle_change where cycle_id in (select id from reporting_cycle where year = 2026)");
        Long cycle = jdbc.query("select id from reporting_cycle where year = 2026 and plan_id = ?", rs -> rs.next() ? rs.getLong(1) : null, plan);
        if (cycle == null) {
            mvc.perform(post("/cycles").param("year", "2026").with(csrf()).with(user(staff())));
            cycle = jdbc.queryForObject("select id from reporting_cycle where year = 2026 and plan_id = ?", Long.class, plan);
        }
        Long r = jdbc.query("select id from ward_report where cycle_id = ? and ward_id = ?", rs -> rs.next() ? rs.getLong(1) : null, cycle, catBi);
        if (r == null) {
            mvc.perform(post("/reports").param("cycleId", String.valueOf(cycle)).with(csrf()).with(user(ward())));
            r = jdbc.queryForObject("select id from ward_report where cycle_id = ? and ward_id = ?", Long.class, cycle, catBi);
        }
        jdbc.update("update ward_report set state = 'DRAFT' where id = ?", r);
        jdbc.update("delete from ward_report_scan where report_id = ?", r);
        report = r;
        // the first rendering of each page warms Thymeleaf up; it is not what the limits are about
        mvc.perform(get("/admin/plans").with(user(staff())));
        mvc.perform(get("/admin/workbook").with(user(staff())));
        mvc.perform(get("/reports/{id}/edit", report).with(user(ward())));
    }

    static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    CurrentUser ward() {
        return new CurrentUser("pb.11422", "x", "Cán bộ phường Cát Bi", Role.WARD_OFFICER, catBi, true);
    }

    /** The Hải An plan exported under another code, with {@code edit} applied to its JSON text. */
    String planJson(String code, UnaryOperator<String> edit) {
        PlanFile f = planFiles.export(plan);
        PlanFile.PlanDoc p = f.plan();
        return edit.apply(planFiles.toJson(new PlanFile(1, new PlanFile.PlanDoc(code, p.number(), p.title(), p.summary(), p.issueDate(),
                p.issuingUnit(), p.baseYear(), p.targetYear(), p.visionYear(), p.visionText(), p.signerTitle(), p.signerName()),
                f.legalDocuments(), f.sections(), f.responsibilities(), f.reportingRules(), f.targets(), f.tasks())));
    }

    static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static String atLine(int line, String message) {
        return "Dòng " + line + ": " + message;
    }

    byte[] template() throws Exception {
        return mvc.perform(get("/admin/workbook/template").param("plan", String.valueOf(plan)).param("unit", String.valueOf(catBi))
                .param("year", "2025").with(user(staff()))).andReturn().getResponse().getContentAsByteArray();
    }

    /** What is stored: scans (with a checksum of each content), value imports, plans. */
    String stored() {
        entities.flush();
        return jdbc.queryForObject("select (select count(*) from ward_report_scan) || ' scans '"
                + " || coalesce((select string_agg(md5(content), ',' order by report_id) from ward_report_scan), '')"
                + " || ', ' || (select count(*) from value_import) || ' imports, ' || (select count(*) from plan) || ' plans'", String.class);
    }

    int plans() {
        return jdbc.queryForObject("select count(*) from plan", Integer.class);
    }

    /** The corpus, each file with the exact answer of each upload (see {@link Lie}). */
    List<Lie> corpus() throws Exception {
        String plain = planJson("HAI-AN-THU", s -> s);
        String huge = planJson("HAI-AN-THU", s -> s.replace("\"targetValue\" : 4E+3", "\"targetValue\" : 1e999999"));
        String hugeInt = plain.replace("\"baseYear\" : 2024", "\"baseYear\" : 1e999999");
        String nulEscaped = plain.replaceFirst("\"title\" : \"", "\"title\" : \"\\\\u0000");
        String truncated = plain.substring(0, plain.length() / 2);
        String relation = plain.replaceFirst("\"relation\" : \"CHAIN\"", "\"relation\" : \"KHAC\"");
        String date = plain.replaceFirst("\"issuedOn\" : \"[0-9-]+\"", "\"issuedOn\" : \"31/02/2025\"");
        String legalNumber = plain.replaceFirst("\"number\" : \"", "\"number\" : \"" + "1".repeat(60));
        byte[] xlsx = template();
        List<Lie> lies = new ArrayList<>();
        lies.add(new Lie("HTML with a script", "bao-cao", LyingFiles.html(), "report.error.scanNotPdf", "workbook.error.notWorkbook",
                atLine(1, SYNTAX_COLUMN_1)));
        lies.add(new Lie("Windows program (MZ)", "setup", LyingFiles.exe(), "report.error.scanNotPdf", "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("PNG image", "anh-chup", LyingFiles.png(), "report.error.scanNotPdf", "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("zip, not OOXML", "tai-lieu", LyingFiles.plainZip(), "report.error.scanNotPdf", "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("Word document (.docx)", "so-lieu", LyingFiles.docx(), "report.error.scanNotPdf", "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("Excel 97-2003 (.xls)", "so-lieu-cu", LyingFiles.xls(), "report.error.scanNotPdf", "workbook.error.oldExcel", NOT_TEXT));
        lies.add(new Lie("PDF", "ban-quet", LyingFiles.pdf(), null, "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("empty", "trong", new byte[0], "report.error.scanEmpty", "workbook.error.empty", PLAN_EMPTY));
        lies.add(new Lie("64 KB of random bytes", "ngau-nhien", LyingFiles.random(), "report.error.scanNotPdf", "workbook.error.notWorkbook",
                NOT_TEXT));
        lies.add(new Lie("zip bomb (" + LyingFiles.BOMB_MB + " MB of zeros)", "bom", bomb, "report.error.scanNotPdf",
                "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("template cut in half", "mau-cat-doi", LyingFiles.truncated(xlsx), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", NOT_TEXT));
        lies.add(new Lie("UTF-16 text with a byte order mark", "unicode", LyingFiles.utf16(plain), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", null));
        lies.add(new Lie("[ nested 100.000 deep", "long-nhau", LyingFiles.nested(100_000), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", TOO_DEEP));
        lies.add(new Lie("1e999999 as a target value", "so-lon", LyingFiles.utf8(huge), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(lineOf(huge, "1e999999"), TOO_BIG)));
        lies.add(new Lie("1e999999 as a year", "nam-lon", LyingFiles.utf8(hugeInt), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(lineOf(hugeInt, "1e999999"), TYPE.formatted("plan.baseYear"))));
        lies.add(new Lie("a top-level array", "mang", LyingFiles.utf8("[" + plain + "]"), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(1, NOT_PLAN)));
        lies.add(new Lie("NUL bytes", "nul", LyingFiles.utf8(plain.replaceFirst("\\{", "{\0\0\0")), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(1, NUL)));
        lies.add(new Lie("NUL escaped in a string", "nul-chuoi", LyingFiles.utf8(nulEscaped), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(lineOf(nulEscaped, "\\u0000"), NUL)));
        lies.add(new Lie("JSON cut in half", "cat-doi", LyingFiles.utf8(truncated), "report.error.scanNotPdf", "workbook.error.notWorkbook",
                atLine(lineOf(truncated + "\u0001", "\u0001"), TRUNCATED)));
        lies.add(new Lie("relation KHAC", "quan-he", LyingFiles.utf8(relation), "report.error.scanNotPdf", "workbook.error.notWorkbook",
                atLine(lineOf(relation, "\"legalDocuments\""), "Giá trị KHAC của relation không hợp lệ.")));
        lies.add(new Lie("date 31/02/2025", "ngay", LyingFiles.utf8(date), "report.error.scanNotPdf", "workbook.error.notWorkbook",
                atLine(lineOf(date, "31/02/2025"), TYPE.formatted("legalDocuments[0].issuedOn"))));
        lies.add(new Lie("legal document number over 60 characters", "so-hieu", LyingFiles.utf8(legalNumber), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", TOO_LONG));
        lies.add(new Lie("path traversal in the name", "../../etc/passwd", LyingFiles.html(), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(1, SYNTAX_COLUMN_1)));
        lies.add(new Lie("markup in the name", "<img src=x onerror=alert(1)>", LyingFiles.html(), "report.error.scanNotPdf",
                "workbook.error.notWorkbook", atLine(1, SYNTAX_COLUMN_1)));
        return lies;
    }

    @Test
    void everyLyingFileIsRefusedByEveryUploadWithItsOwnMessageAndNothingIsStored() throws Exception {
        // a scan is already there: a refused upload must not replace it
        assertThat(send(Upload.SCAN, "Bản ký.pdf", LyingFiles.pdf()).getFlashMap().get("message")).isEqualTo("report.scanSaved");
        String start = stored();
        List<Lie> lies = corpus();
        assertThat(lies).hasSizeGreaterThanOrEqualTo(15);
        List<String> failures = new ArrayList<>();
        for (Lie lie : lies) {
            for (Upload upload : Upload.values()) {
                String expected = switch (upload) {
                    case SCAN -> lie.scanKey();
                    case WORKBOOK -> lie.workbookKey();
                    case PLAN_CHECK, PLAN_LOAD -> lie.planProblem();
                };
                if (expected != null) {
                    CELLS.incrementAndGet();
                    refused(lie, upload, expected, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(start).startsWith("1 scans ");
        assertThat(stored()).isEqualTo(start);
    }

    @Test
    void aLegitimateFileIsAcceptedByEachUpload() throws Exception {
        int plansBefore = plans();
        MvcResult scan = send(Upload.SCAN, "Báo cáo đã ký.pdf", LyingFiles.pdf());
        assertThat(scan.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + report + "/edit");
        assertThat(scan.getFlashMap().get("message")).isEqualTo("report.scanSaved");
        String page = follow(scan, ward());
        assertThat(page).contains("Đã lưu bản quét báo cáo.").contains(">Báo cáo đã ký.pdf</a>");
        VietnameseText.assertCorrect("/reports/" + report + "/edit", page.replace("Báo cáo đã ký.pdf", "Báo cáo đã ký"));

        MvcResult workbook = send(Upload.WORKBOOK, "Mẫu Cát Bi.xlsx", template());
        long id = jdbc.queryForObject("select max(id) from value_import", Long.class);
        assertThat(workbook.getResponse().getRedirectedUrl()).isEqualTo("/admin/workbook/imports/" + id);
        assertThat(jdbc.queryForObject("select file_name from value_import where id = ?", String.class, id)).isEqualTo("Mẫu Cát Bi.xlsx");

        byte[] json = LyingFiles.utf8(planJson("HAI-AN-THU", s -> s));
        assertThat(send(Upload.PLAN_CHECK, "ke-hoach.json", json).getResponse().getContentAsString())
                .contains("Tệp ke-hoach.json không có lỗi và có thể nạp.");
        assertThat(plans()).as("a dry run stores nothing").isEqualTo(plansBefore);
        String loaded = send(Upload.PLAN_LOAD, "ke-hoach.json", json).getResponse().getContentAsString();
        assertThat(loaded).contains("Đã nạp kế hoạch từ tệp ke-hoach.json.");
        internals("legitimate files: ", page + loaded, new ArrayList<>());
        assertThat(plans()).isEqualTo(plansBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from target where plan_id = (select id from plan where code = 'HAI-AN-THU')",
                Integer.class)).isEqualTo(39);
    }

    @Test
    void aPlanFileSavedAsUtf16WithAByteOrderMarkIsDecodedNotGuessed() throws Exception {
        String json = planJson("HAI-AN-UTF16", s -> s);
        assertThat(send(Upload.PLAN_CHECK, "ke-hoach.json", LyingFiles.utf16(json)).getResponse().getContentAsString())
                .contains("Tệp ke-hoach.json không có lỗi và có thể nạp.");
        assertThat(send(Upload.PLAN_LOAD, "ke-hoach.json", LyingFiles.utf16(json)).getResponse().getContentAsString())
                .contains("Đã nạp kế hoạch từ tệp ke-hoach.json.");
        assertThat(jdbc.queryForObject("select title from plan where code = 'HAI-AN-UTF16'", String.class))
                .isEqualTo(jdbc.queryForObject("select title from plan where code = 'HAI-AN-2024'", String.class))
                .contains("Ban Thường vụ Quận ủy");
    }

    @Test
    void hostileNamesOnRealFilesAreStoredWithoutPathAndShownEscaped() throws Exception {
        send(Upload.SCAN, "../../etc/passwd.pdf", LyingFiles.pdf());
        entities.flush();
        assertThat(jdbc.queryForObject("select file_name from ward_report_scan where report_id = ?", String.class, report))
                .isEqualTo(".._.._etc_passwd.pdf");
        String markup = "<img src=x onerror=alert(1)>";
        MvcResult scan = send(Upload.SCAN, markup + ".pdf", LyingFiles.pdf());
        entities.flush();
        assertThat(jdbc.queryForObject("select file_name from ward_report_scan where report_id = ?", String.class, report))
                .isEqualTo(markup + ".pdf");
        String page = follow(scan, ward());
        assertThat(page).contains(">&lt;img src=x onerror=alert(1)&gt;.pdf</a>");
        MockHttpServletResponse download = mvc.perform(get("/reports/{id}/scan", report).with(user(ward()))).andReturn().getResponse();
        // a header, not a page: the name stays as given (quoted, and percent-encoded in filename*); browsers replace
        // the characters a file name cannot have when saving
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"<img src=x onerror=alert(1)>.pdf\"; "
                + "filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.pdf");
        assertThat(download.getContentType()).isEqualTo("application/pdf");

        send(Upload.WORKBOOK, markup + ".xlsx", template());
        entities.flush();
        assertThat(jdbc.queryForObject("select file_name from value_import order by id desc limit 1", String.class)).isEqualTo(markup + ".xlsx");
        String loaded = send(Upload.PLAN_LOAD, markup + ".json", LyingFiles.utf8(planJson("HAI-AN-THU", s -> s)))
                .getResponse().getContentAsString();
        assertThat(loaded).contains("Đã nạp kế hoạch từ tệp &lt;img src=x onerror=alert(1)&gt;.json.");
        String audit = mvc.perform(get("/admin/audit").with(user(new CurrentUser("quantri", "x", "Quản trị", Role.ADMIN, null, true))))
                .andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("&lt;img src=x onerror=alert(1)&gt;.xlsx");
        List<String> failures = new ArrayList<>();
        internals("hostile names: ", page + loaded + audit, failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void aPdfSignatureFollowedByHtmlIsStoredButOnlyEverServedAsAPdfAttachment() throws Exception {
        byte[] polyglot = LyingFiles.utf8("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n");
        assertThat(send(Upload.SCAN, "bao-cao.pdf", polyglot).getFlashMap().get("message")).isEqualTo("report.scanSaved");
        MockHttpServletResponse download = mvc.perform(get("/reports/{id}/scan", report).with(user(ward()))).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao.pdf\"; filename*=UTF-8''bao-cao.pdf");
    }

    @Test
    void theZipBombIsABombToPoiWhichRefusesItWithoutInflatingIt() {
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(bomb))).hasStackTraceContaining("Zip bomb detected");
        assertThat((threads.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024)).isLessThan(MAX_MB);
    }

    private void refused(Lie lie, Upload upload, String expected, List<String> failures) throws Exception {
        String name = lie.stem() + upload.extension;
        String label = lie.label() + " → " + upload + ": ";
        String before = stored();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        MvcResult result = send(upload, name, lie.content());
        long ms = (System.nanoTime() - start) / 1_000_000;
        long mb = (threads.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024);
        MockHttpServletResponse response = result.getResponse();
        MOST_MB.accumulateAndGet(mb, Math::max);
        MOST_MS.accumulateAndGet(ms, Math::max);
        if (mb > MAX_MB || ms > MAX_MS) {
            failures.add(label + mb + " MB allocated, " + ms + " ms");
        }
        String page;
        String text;
        if (upload == Upload.SCAN || upload == Upload.WORKBOOK) {
            String url = upload == Upload.SCAN ? "/reports/" + report + "/edit" : "/admin/workbook?plan=" + plan + "&year=2025&unit=" + catBi;
            Object key = result.getFlashMap().get(upload == Upload.SCAN ? "error" : "importError");
            if (response.getStatus() != 302 || !url.equals(response.getRedirectedUrl()) || !expected.equals(key)) {
                failures.add(label + response.getStatus() + " to " + response.getRedirectedUrl() + " with " + key);
                return;
            }
            page = follow(result, upload == Upload.SCAN ? ward() : staff());
            text = message(expected);
        } else {
            if (response.getStatus() != 200) {
                failures.add(label + response.getStatus());
                return;
            }
            page = response.getContentAsString();
            text = expected;
            check(page.contains(HtmlUtils.htmlEscape("Tệp " + name + " có 1 lỗi; chưa lưu gì:", "UTF-8")), label + "no '1 lỗi' header", failures);
        }
        check(page.contains(HtmlUtils.htmlEscape(text, "UTF-8")), label + "does not show «" + text + "» but " + alert(page), failures);
        internals(label, response.getContentAsString() + page, failures);
        check(stored().equals(before), label + "stored something: " + before + " → " + stored(), failures);
    }

    /** @return the text of the page's first alert, for failure messages */
    static String alert(String page) {
        int at = page.indexOf("alert-danger");
        return at < 0 ? "no alert" : page.substring(at, Math.min(page.length(), at + 1000)).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private static String message(String key) {
        return switch (key) {
            case "report.error.scanNotPdf" -> NOT_PDF;
            case "report.error.scanEmpty" -> SCAN_EMPTY;
            case "workbook.error.notWorkbook" -> NOT_WORKBOOK;
            case "workbook.error.oldExcel" -> OLD_EXCEL;
            case "workbook.error.empty" -> WORKBOOK_EMPTY;
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static void check(boolean ok, String failure, List<String> failures) {
        if (!ok) {
            failures.add(failure);
        }
    }

    private static void internals(String label, String body, List<String> failures) {
        Matcher m = INTERNALS.matcher(body);
        if (m.find()) {
            failures.add(label + "shows internals: " + body.substring(Math.max(0, m.start() - 80), Math.min(body.length(), m.end() + 80)));
        }
        for (String markup : new String[]{"<img src=x", "<script>alert"}) {
            if (body.contains(markup)) {
                failures.add(label + "shows the markup " + markup + " unescaped");
            }
        }
    }

    MvcResult send(Upload upload, String name, byte[] content) throws Exception {
        REQUESTS.incrementAndGet();
        MockMultipartFile file = new MockMultipartFile("file", name, upload.type, content);
        return switch (upload) {
            case SCAN -> mvc.perform(multipart("/reports/{id}/scan", report).file(file).with(csrf()).with(user(ward()))).andReturn();
            case WORKBOOK -> mvc.perform(multipart("/admin/workbook/imports").file(file).param("plan", String.valueOf(plan))
                    .param("unit", String.valueOf(catBi)).param("year", "2025").with(csrf()).with(user(staff()))).andReturn();
            case PLAN_CHECK, PLAN_LOAD -> mvc.perform(multipart("/admin/plans/import").file(file)
                    .param("dryRun", String.valueOf(upload == Upload.PLAN_CHECK)).with(csrf()).with(user(staff()))).andReturn();
        };
    }

    /** Opens the page a POST redirected to, in the same session, so that it shows the flash message. */
    String follow(MvcResult result, CurrentUser who) throws Exception {
        REQUESTS.incrementAndGet();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie of the redirect").isNotNull();
        MockHttpServletResponse page = mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(session).with(user(who)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }
}
