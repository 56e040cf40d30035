package vn.ansinh.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The units page: search without diacritics, and renaming, merging or splitting from a date, with the checks on the
 * shape of each change. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UnitAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long id(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ? and valid_to is null", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    @Test
    void aRenameClosesTheOldUnitAndOpensTheNewOne() throws Exception {
        long tranCat = id("11425");
        mvc.perform(post("/admin/units/reorganise").param("kind", "RENAME").param("oldUnitIds", String.valueOf(tranCat))
                        .param("newCodes[0]", "11425").param("newNames[0]", "Phường Tràng Cát mới").param("from", "01/01/2026")
                        .with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/units"));
        assertThat(jdbc.queryForObject("select to_char(valid_to, 'DD/MM/YYYY') from org_unit where id = ?", String.class, tranCat))
                .isEqualTo("01/01/2026");
        assertThat(jdbc.queryForObject("select kind from org_unit_succession where from_unit_id = ?", String.class, tranCat))
                .isEqualTo("RENAME");
        mvc.perform(get("/admin/units").param("q", "TRANG CAT").with(user(staff())))
                .andExpect(content().string(containsString("Phường Tràng Cát mới")))
                .andExpect(content().string(containsString("từ 20/12/2002 đến hết 31/12/2025")))
                .andExpect(content().string(containsString("Từ 01/01/2026: Phường Tràng Cát → Phường Tràng Cát mới (đổi tên; —)")));
    }

    @Test
    void eachKindOfChangeHasItsShape() throws Exception {
        mvc.perform(post("/admin/units/reorganise").param("kind", "MERGE").param("oldUnitIds", String.valueOf(id("11422")))
                        .param("newCodes[0]", "99999").param("newNames[0]", "Phường Mới").param("from", "31/02/2026")
                        .with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sáp nhập: chọn ít nhất hai đơn vị cũ và nhập đúng một đơn vị mới.")))
                .andExpect(content().string(containsString("Ngày “31/02/2026” không hợp lệ")));
        mvc.perform(post("/admin/units/reorganise").param("kind", "SPLIT").param("oldUnitIds", String.valueOf(id("11422")))
                        .param("newCodes[0]", "99998").param("newNames[0]", "").param("from", "01/01/2026")
                        .with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Mỗi đơn vị mới cần cả mã và tên.")));
        mvc.perform(post("/admin/units/reorganise").param("kind", "MERGE").param("oldUnitIds", String.valueOf(id("11410")))
                        .param("oldUnitIds", String.valueOf(id("306-YT"))).param("newCodes[0]", "99997").param("newNames[0]", "A")
                        .param("newCodes[99999]", "X").param("parentId", String.valueOf(id("11410"))).param("from", "01/01/2027")
                        .with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ gộp hoặc đổi tên các đơn vị cùng loại")))
                .andExpect(content().string(containsString("Đơn vị trực thuộc không được là một trong các đơn vị cũ")));
        // a new unit may not take the code of a unit still in force, nor may two new units share one
        mvc.perform(post("/admin/units/reorganise").param("kind", "MERGE").param("oldUnitIds", String.valueOf(id("11414")))
                        .param("oldUnitIds", String.valueOf(id("11425"))).param("newCodes[0]", "11422")
                        .param("newNames[0]", "Phường Mới").param("from", "01/01/2026").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã 11422 đang là mã của Phường Cát Bi; hãy dùng mã khác cho đơn vị mới.")));
        mvc.perform(post("/admin/units/reorganise").param("kind", "SPLIT").param("oldUnitIds", String.valueOf(id("11414")))
                        .param("newCodes[0]", "99990").param("newNames[0]", "Phường A").param("newCodes[1]", "99990")
                        .param("newNames[1]", "Phường B").param("from", "01/01/2026").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã 99990 được dùng cho hai đơn vị mới; mỗi đơn vị cần một mã riêng.")));
        assertThat(jdbc.queryForObject("select count(*) from org_unit_succession", Integer.class)).isZero();
        CurrentUser leader = new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
        mvc.perform(get("/admin/units").with(user(leader))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAdministratorChangesTheCityOrTheDistrict() throws Exception {
        long district = id("306");
        String page = mvc.perform(post("/admin/units/reorganise").param("kind", "RENAME").param("oldUnitIds", String.valueOf(district))
                        .param("newCodes[0]", "306").param("newNames[0]", "Quận Hải An mới").param("from", "01/01/2026")
                        .with(csrf()).with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Chỉ quản trị hệ thống mới được đổi tên, "
                + "sáp nhập hoặc chia tách thành phố và quận; cán bộ quận thay đổi được phường và các cơ quan, đơn vị.");
        assertThat(jdbc.queryForObject("select valid_to from org_unit where id = ?", java.time.LocalDate.class, district)).isNull();
        CurrentUser admin = new CurrentUser("admin", "x", "Quản trị", Role.ADMIN, null, true);
        mvc.perform(post("/admin/units/reorganise").param("kind", "RENAME").param("oldUnitIds", String.valueOf(district))
                        .param("newCodes[0]", "306").param("newNames[0]", "Quận Hải An mới").param("from", "01/01/2026")
                        .with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/units"));
    }
}
