package vn.ansinh.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;

/**
 * The Word report of plan HAI-AN-2024 for 2026 (no draft saved: the defaults), checked with POI against the layout of
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, and opened in LibreOffice (converted to PDF, text read back with pdftotext).
 * Figures from {@link AnnualReportTestData}; rolled back after each test.
 */
@SpringBootTest
@Import(FixedClock.class)
@Transactional
class AnnualReportDocumentTests {

    @Autowired
    AnnualReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    private Plan plan;

    @BeforeEach
    void data() {
        AnnualReportTestData.insert(jdbc);
        plan = plans.get(AnnualReportTestData.plan(jdbc));
    }

    private static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    private static List<String> row(XWPFTableRow row) {
        return row.getTableCells().stream().map(AnnualReportDocumentTests::text).toList();
    }

    private static XWPFRun firstRun(XWPFParagraph p) {
        return p.getRuns().get(0);
    }

    @Test
    void pageFontsAndHeaderFollowDecree30() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(plan, 2026)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertThat(List.of(size.getW().toString(), size.getH().toString(), size.getOrient().toString()))
                    .containsExactly("11906", "16838", "portrait");
            CTPageMar m = sect.getPgMar();
            assertThat(List.of(m.getTop().toString(), m.getBottom().toString(), m.getLeft().toString(), m.getRight().toString()))
                    .containsExactly("1134", "1134", "1701", "850");
            assertThat(sect.isSetTitlePg()).as("no page number on page 1").isTrue();
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PAGE"));

            XWPFTable header = doc.getTables().get(0);
            assertThat(row(header.getRow(0))).containsExactly("ỦY BAN NHÂN DÂN\nQUẬN HẢI AN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            assertThat(row(header.getRow(1))).containsExactly("Số:      /BC-UBND", "Hải An, ngày 30 tháng 11 năm 2026");
            XWPFTableCell left = header.getRow(0).getCell(0);
            assertThat(left.getParagraphs()).allSatisfy(p -> assertThat(firstRun(p).isBold()).isTrue());
            XWPFParagraph motto = header.getRow(0).getCell(1).getParagraphs().get(1);
            assertThat(firstRun(motto).getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(firstRun(motto).isBold()).isTrue();
            assertThat(firstRun(header.getRow(1).getCell(1).getParagraphs().get(0)).isItalic()).isTrue();

            List<XWPFParagraph> body = doc.getParagraphs();
            XWPFParagraph title = body.stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst().orElseThrow();
            assertThat(firstRun(title).isBold()).isTrue();
            assertThat(firstRun(title).getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFParagraph summary = body.get(body.indexOf(title) + 1);
            assertThat(summary.getText()).isEqualTo("Kết quả thực hiện Kế hoạch triển khai thực hiện Chương trình hành động "
                    + "số 26-CTr/QU của Ban Thường vụ Quận ủy về chính sách xã hội năm 2026");
            assertThat(firstRun(summary).isBold()).isTrue();
            assertThat(body.stream().filter(p -> p.getText().matches("[IV]+\\. .*")).map(XWPFParagraph::getText).toList())
                    .containsExactly("I. KẾT QUẢ THỰC HIỆN NĂM 2026", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
                            "IV. KIẾN NGHỊ, ĐỀ XUẤT");
            assertThat(body).filteredOn(p -> !p.getRuns().isEmpty() && !p.getText().isEmpty())
                    .allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman")));
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRows()).allSatisfy(r -> assertThat(r.getTableCells())
                    .allSatisfy(c -> assertThat(c.getParagraphs()).allSatisfy(p -> assertThat(p.getRuns())
                            .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"))))));
        }
    }

    @Test
    void wardTimelinessIsCountedToTheReportsDateNotToTheDayTheFileIsMade() throws IOException {
        jdbc.update("""
                insert into annual_report_draft (plan_id, year, doc_symbol, place, doc_date, summary, recipients, updated_by, updated_at)
                values (?, 2026, 'BC-UBND', 'Hải An', date '2026-10-10', 'Báo cáo kết quả năm 2026', 'Lưu: VT.', 'canbo', now())""",
                plan.getId());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(plan, 2026)))) {
            XWPFTable wards = doc.getTables().get(3);
            // dated 10/10/2026: five days after the deadline, not the 56 days to "today" (30/11/2026)
            assertThat(wards.getRows().stream().skip(1).map(AnnualReportDocumentTests::row).toList()).contains(
                    List.of("7", "Phường Cát Bi", "03/10/2026", "Đúng hạn"),
                    List.of("6", "Phường Nam Hải", "08/10/2026", "Trễ 3 ngày"),
                    List.of("1", "Phường Đông Hải 1", "", "Chưa nộp, quá hạn 5 ngày"));
        }
    }

    @Test
    void tablesShowTargetsTasksAndWardReportsTheVietnameseWay() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(plan, 2026)))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(5);
            XWPFTable targets = tables.get(1);
            assertThat(row(targets.getRow(0))).containsExactly("Mã", "Chỉ tiêu", "Mục tiêu", "Giá trị mới nhất", "Đánh giá");
            assertThat(targets.getRows()).hasSize(40);
            assertThat(row(targets.getRow(6))).containsExactly("CT06", "Giới thiệu việc làm cho 4.000 lượt lao động/năm",
                    "≥ 4.000 lượt lao động/năm", "4.000 (năm 2026)", "Đạt");
            assertThat(row(targets.getRow(7))).containsExactly("CT07", "Tỷ lệ thất nghiệp chung dưới 2%", "< 2%",
                    "2,5% (năm 2025)", "Chưa đạt");
            assertThat(row(targets.getRow(8)).subList(3, 4)).containsExactly("75,5% (năm 2026)");
            assertThat(row(targets.getRow(1))).containsExactly("CT01", row(targets.getRow(1)).get(1), "≥ 100%", "—", "Chưa có số liệu");

            XWPFTable late = tables.get(2);
            assertThat(row(late.getRow(1))).containsExactly("III.1-1", row(late.getRow(1)).get(1), "Phòng VHTT", "12/09/2026",
                    "Chưa bố trí được kinh phí tuyên truyền");

            XWPFTable wards = tables.get(3);
            assertThat(wards.getRows()).hasSize(9);
            assertThat(wards.getRows().stream().skip(1).map(AnnualReportDocumentTests::row).toList()).contains(
                    List.of("7", "Phường Cát Bi", "03/10/2026", "Đúng hạn"),
                    List.of("6", "Phường Nam Hải", "08/10/2026", "Trễ 3 ngày"),
                    List.of("1", "Phường Đông Hải 1", "", "Chưa nộp, quá hạn 56 ngày"));
            assertThat(doc.getParagraphs()).map(XWPFParagraph::getText).contains(
                    "Hạn gửi báo cáo năm 2026 của các phường là ngày 05/10/2026. Có 8 phường phải báo cáo: "
                            + "đúng hạn 1 (12,5%), trễ hạn 1 (12,5%), chưa nộp 6 (75,0%).");

            XWPFTable signature = tables.get(4);
            XWPFTableCell recipients = signature.getRow(0).getCell(0);
            XWPFRun label = firstRun(recipients.getParagraphs().get(0));
            assertThat(List.of(label.text(), label.isBold(), label.isItalic(), label.getFontSizeAsDouble()))
                    .containsExactly("Nơi nhận:", true, true, 12.0);
            assertThat(text(recipients)).isEqualTo("Nơi nhận:\n- Ủy ban nhân dân thành phố Hải Phòng;\n"
                    + "- Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân quận Hải An;\n- Lưu: VT.");
            assertThat(firstRun(recipients.getParagraphs().get(1)).getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(text(signature.getRow(0).getCell(1)).replaceAll("\n+", "|"))
                    .isEqualTo("KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Trần Thị Kim Oanh");
        }
    }

    @Test
    void dateLineWritesLeadingZerosForDaysUnderTenAndJanuaryFebruaryOnly() {
        assertThat(DecreeFrame.dateLine("Hải An", LocalDate.of(2026, 10, 5), 2026)).isEqualTo("Hải An, ngày 05 tháng 10 năm 2026");
        assertThat(DecreeFrame.dateLine("Hải An", LocalDate.of(2027, 2, 15), 2026)).isEqualTo("Hải An, ngày 15 tháng 02 năm 2027");
        assertThat(DecreeFrame.dateLine("Hải An", LocalDate.of(2026, 3, 9), 2026)).isEqualTo("Hải An, ngày 09 tháng 3 năm 2026");
        assertThat(DecreeFrame.dateLine("Hải An", null, 2026)).isEqualTo("Hải An, ngày      tháng      năm 2026");
    }

    @Test
    void libreOfficeOpensTheReportWithItsVietnameseText(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("bao-cao.docx");
        Files.write(docx, reports.docx(plan, 2026));
        run(dir, List.of(tool("soffice", "libreoffice-writer-nogui"), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve("bao-cao.pdf");
        assertThat(pdf).as("PDF written by LibreOffice").exists();
        run(dir, List.of(tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", pdf.toString(), dir.resolve("bao-cao.txt").toString()));
        String text = Files.readString(dir.resolve("bao-cao.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                "QUẬN HẢI AN", "BÁO CÁO", "Số:", "/BC-UBND", "Hải An, ngày 30 tháng 11 năm 2026", "Nơi nhận:",
                "Tỷ lệ thất nghiệp chung dưới 2%", "Giới thiệu việc làm cho 4.000 lượt lao", "2,5% (năm 2025)", "12/09/2026",
                "Phường Cát Bi", "Phường Đông Hải 1", "Trễ 3 ngày", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Kim Oanh", "Lưu: VT.");
    }

    /** The path of a command, or a failure naming the Debian package to install. */
    private static String tool(String command, String debianPackage) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return Path.of(d, command).toString();
            }
        }
        return fail("'" + command + "' is not on the PATH: install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + "; .ci/run does it)");
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        assertThat(p.exitValue()).as(command.get(0) + " exit code; output:\n" + out).isZero();
    }
}
