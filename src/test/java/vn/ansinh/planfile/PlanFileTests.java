package vn.ansinh.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Plan files: export → load gives the same plan; the dry run lists every problem with its line and saves nothing.
 * Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanFileTests {

    @Autowired
    PlanFileService files;

    @Autowired
    vn.ansinh.plan.PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private long planId(String code) {
        return jdbc.queryForObject("select id from plan where code = ?", Long.class, code);
    }

    private static PlanFile withCode(PlanFile f, String code) {
        PlanFile.PlanDoc p = f.plan();
        return new PlanFile(f.formatVersion(), new PlanFile.PlanDoc(code, p.number(), p.title(), p.summary(), p.issueDate(),
                p.issuingUnit(), p.baseYear(), p.targetYear(), p.visionYear(), p.visionText(), p.signerTitle(), p.signerName()),
                f.legalDocuments(), f.sections(), f.responsibilities(), f.reportingRules(), f.targets(), f.tasks());
    }

    @Test
    void exportThenLoadGivesTheSamePlan() {
        PlanFile original = files.export(planId("HAI-AN-2024"));
        assertThat(original.sections()).hasSize(42);
        assertThat(original.targets()).hasSize(39);
        assertThat(original.tasks()).hasSize(48);
        String json = files.toJson(withCode(original, "HAI-AN-BAN-SAO"));
        assertThat(files.load("quantri", json.getBytes(StandardCharsets.UTF_8))).isEmpty();
        PlanFile copy = files.export(planId("HAI-AN-BAN-SAO"));
        assertThat(withCode(copy, "HAI-AN-2024")).isEqualTo(original);
        assertThat(plans.current().getCode()).isEqualTo("HAI-AN-2024");
    }

    @Test
    void theHaiAnPlanShippedAsAFileIsExactlyWhatTheMigrationsLoaded() throws Exception {
        byte[] shipped = new org.springframework.core.io.ClassPathResource("plans/hai-an-2024.json").getContentAsByteArray();
        assertThat(files.read(shipped)).isEqualTo(files.export(planId("HAI-AN-2024")));
        // the only problem loading it again is that the plan exists already
        assertThat(files.check(shipped)).extracting(PlanFile.Problem::message)
                .containsExactly("Đã có kế hoạch mã HAI-AN-2024; hãy đổi mã kế hoạch trong tệp.");
    }

    @Test
    void theDryRunListsEveryProblemByLineAndSavesNothing() {
        String json = files.toJson(files.export(planId("HAI-AN-2024")));
        List<String> lines = Arrays.asList(json.split("\n"));
        String broken = json.replace("\"responsibleUnit\" : \"306-LDTBXH\"", "\"responsibleUnit\" : \"KHONG-CO\"")
                .replaceFirst("\"section\" : \"III.1\"", "\"section\" : \"III.99\"")
                .replaceFirst("\"valueType\" : \"LEVEL\"", "\"valueType\" : \"PERCENT\"")
                .replaceFirst("\"targetValue\" : 52,", "\"targetValue\" : 152,");
        List<PlanFile.Problem> problems = files.check(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).extracting(PlanFile.Problem::message)
                .contains("Đã có kế hoạch mã HAI-AN-2024; hãy đổi mã kế hoạch trong tệp.",
                        "Không có đơn vị mã KHONG-CO đang có hiệu lực.", "Không có mục III.99 trong tệp.",
                        "Chỉ tiêu CT14: loại Mức độ không đi với loại giá trị Tỷ lệ phần trăm (0–100).",
                        "Chỉ tiêu CT09: tỷ lệ phần trăm 152 nằm ngoài khoảng 0–100.");
        int codeLine = lines.indexOf(lines.stream().filter(l -> l.contains("\"code\" : \"HAI-AN-2024\"")).findFirst().orElseThrow()) + 1;
        assertThat(problems.get(0)).isEqualTo(new PlanFile.Problem(codeLine, "Đã có kế hoạch mã HAI-AN-2024; hãy đổi mã kế hoạch trong tệp."));
        assertThat(problems).allMatch(p -> p.line() > 0);
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isOne();
        // a plan code the new-plan form would refuse, and a range with its bounds the wrong way round
        String odd = json.replace("\"code\" : \"HAI-AN-2024\"", "\"code\" : \"QA <script>\"");
        assertThat(files.check(odd.getBytes(StandardCharsets.UTF_8))).extracting(PlanFile.Problem::message)
                .contains("Mã kế hoạch gồm 2–40 ký tự: chữ không dấu, số hoặc dấu gạch ngang.");

        List<PlanFile.Problem> syntax = files.check("{\n  \"formatVersion\": 1,\n  \"plan\": {\n    \"code\": \n}".getBytes(StandardCharsets.UTF_8));
        assertThat(syntax).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("Tệp không đúng định dạng JSON của kế hoạch");
        });
    }

    @Test
    void thePageExportsAndChecksFilesForDistrictStaffOnly() throws Exception {
        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        mvc.perform(get("/admin/plans/{id}/export", planId("HAI-AN-2024")).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"statement\" : \"Tỷ lệ thất nghiệp chung dưới 2%\"")));
        byte[] json = files.toJson(files.export(planId("HAI-AN-2024"))).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/admin/plans/import").file(new MockMultipartFile("file", "ke-hoach.json", "application/json", json))
                        .param("dryRun", "true").with(csrf()).with(user(staff)))
                .andExpect(content().string(containsString("Tệp ke-hoach.json có 1 lỗi; chưa lưu gì:")));
        // a file sent without a name
        mvc.perform(multipart("/admin/plans/import").file(new MockMultipartFile("file", "", "application/json", json))
                        .param("dryRun", "true").with(csrf()).with(user(staff)))
                .andExpect(content().string(containsString("Tệp (không tên) có 1 lỗi; chưa lưu gì:")));
        CurrentUser ward = new CurrentUser("pb", "x", "Cán bộ phường", Role.WARD_OFFICER, null, true);
        mvc.perform(get("/admin/plans").with(user(ward))).andExpect(status().isForbidden());
    }
}
