package vn.ansinh.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;

/**
 * Access to another unit's records by id (IDOR): a ward officer of ward A cannot read, edit, submit or attach a
 * scan to ward B's report, nor enter ward B's values; a department officer cannot record progress for another
 * unit nor enter another unit's targets. Each attempt is refused and leaves the database as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class CrossUnitAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final AccessFixture data = new AccessFixture();
    private CurrentUser wardA;
    private CurrentUser unitX;

    @BeforeEach
    void data() {
        data.create(jdbc);
        wardA = data.principal("WARD_OFFICER");
        unitX = data.principal("DEPARTMENT_OFFICER");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void wardOfficerGetsNotFoundOnAnotherWardsReport() throws Exception {
        // returned to ward B, so that only the ward check stands between ward A's officer and the form
        jdbc.update("update ward_report set state = 'RETURNED', return_reason = 'Bổ sung.' where id = ?", data.reportB);
        long b = data.reportB;
        mvc.perform(get("/reports/{id}", b).with(user(wardA))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/edit", b).with(user(wardA))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/scan", b).with(user(wardA))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/{id}", b).param("action", "save").param("version", "0")
                .param("strengths", "Sửa trộm.").with(csrf()).with(user(wardA))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/{id}", b).param("action", "submit").param("version", "0")
                .param("results[0]", "Đã làm.").param("strengths", "Gửi trộm.").with(csrf()).with(user(wardA)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/reports/{id}/scan", b)
                        .file(new MockMultipartFile("file", "khac.pdf", "application/pdf", "%PDF-1.4 khác".getBytes()))
                        .with(csrf()).with(user(wardA)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForMap("select state, strengths, version from ward_report where id = ?", b))
                .containsEntry("state", "RETURNED").containsEntry("strengths", "Làm tốt.").containsEntry("version", 0L);
        assertThat(jdbc.queryForObject("select file_name from ward_report_scan where report_id = ?", String.class, b))
                .isEqualTo("bao-cao.pdf");
        assertThat(count("select count(*) from ward_report_transition")).isZero();
    }

    @Test
    void wardOfficerCannotEnterAnotherWardsValues() throws Exception {
        mvc.perform(post("/targets/{id}/values", data.targetX).param("year", "2025")
                        .param("orgUnitId", String.valueOf(data.wardB)).param("value", "1,5").with(csrf()).with(user(wardA)))
                .andExpect(status().isOk()); // the form again, with the unit refused
        String refused = mvc.perform(post("/targets/{id}/values", data.targetX).param("year", "2025")
                        .param("orgUnitId", String.valueOf(data.district)).param("value", "1,5").with(csrf()).with(user(wardA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the form of the officer's own ward, told which unit they may enter for, the typed value kept
        String wardName = jdbc.queryForObject("select name from org_unit where id = ?", String.class, data.wardA);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused))
                .contains("Bạn chỉ nhập được số liệu của " + wardName + ".", wardName + " – Năm 2025", "value=\"1,5\"");
        assertThat(count("select count(*) from indicator_value")).isZero();
        // asking for ward B's form opens ward A's
        var form = mvc.perform(get("/targets/{id}/values/edit", data.targetX).param("year", "2025")
                .param("unit", String.valueOf(data.wardB)).with(user(wardA))).andExpect(status().isOk()).andReturn();
        var units = (java.util.List<?>) form.getModelAndView().getModel().get("units");
        assertThat(units).hasSize(1);
        assertThat(((vn.ansinh.target.ValueForm) form.getModelAndView().getModel().get("form")).getOrgUnitId())
                .isEqualTo(data.wardA);
    }

    @Test
    void departmentOfficerCannotRecordProgressForAnotherUnit() throws Exception {
        mvc.perform(post("/tasks/{id}/progress", data.taskOther).param("year", "2026")
                        .param("unitId", String.valueOf(data.taskOtherUnit)).param("state", "DONE").param("narrative", "Xong.")
                        .with(csrf()).with(user(unitX)))
                .andExpect(status().isForbidden());
        // its own task, but naming another unit
        mvc.perform(post("/tasks/{id}/progress", data.taskX).param("year", "2026")
                        .param("unitId", String.valueOf(data.taskOtherUnit)).param("state", "DONE").param("narrative", "Xong.")
                        .with(csrf()).with(user(unitX)))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from task_progress")).isZero();
    }

    @Test
    void departmentOfficerCannotEnterAnotherUnitsTargets() throws Exception {
        mvc.perform(get("/targets/{id}/values/edit", data.targetOther).with(user(unitX))).andExpect(status().isForbidden());
        mvc.perform(post("/targets/{id}/values", data.targetOther).param("year", "2025")
                        .param("orgUnitId", String.valueOf(data.district)).param("value", "1,5").with(csrf()).with(user(unitX)))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from indicator_value")).isZero();
        // the same entry on its own target is stored
        mvc.perform(post("/targets/{id}/values", data.targetX).param("year", "2025")
                        .param("orgUnitId", String.valueOf(data.district)).param("value", "1,5").with(csrf()).with(user(unitX)))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from indicator_value where target_id = ?", data.targetX)).isOne();
    }
}
