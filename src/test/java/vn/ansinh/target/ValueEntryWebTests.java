package vn.ansinh.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Value entry over MVC on real PostgreSQL: validation messages with the typed text kept, access rules, CSRF,
 * optimistic locking and history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class ValueEntryWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long district;
    private long catBi;

    @BeforeEach
    void clean() {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        district = unit("306");
        catBi = unit("11422");
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long target(String code) {
        return jdbc.queryForObject("select id from target where code = ?", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private CurrentUser healthOfficer() {
        return new CurrentUser("yte", "x", "Cán bộ Phòng Y tế", Role.DEPARTMENT_OFFICER, unit("306-YT"), true);
    }

    private MockHttpServletRequestBuilder entry(String targetCode, int year, long unitId, String value) {
        return post("/targets/{id}/values", target(targetCode))
                .param("year", String.valueOf(year))
                .param("orgUnitId", String.valueOf(unitId))
                .param("value", value)
                .param("source", "Báo cáo của phòng")
                .with(csrf());
    }

    private Map<String, Object> stored(String targetCode, int year, long unitId) {
        return jdbc.queryForMap("select value, numerator, denominator, version, updated_by from indicator_value "
                + "where target_id = ? and year = ? and org_unit_id = ?", target(targetCode), year, unitId);
    }

    private int storedCount() {
        return jdbc.queryForObject("select count(*) from indicator_value", Integer.class);
    }

    @Test
    void savingAValueRedirectsToTheTargetWithWhatWasStored() throws Exception {
        mvc.perform(entry("CT07", 2025, district, "1,8").with(user(staff())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/targets/" + target("CT07")))
                .andExpect(flash().attribute("savedMessage", new Object[]{"1,8%", "Quận Hải An", "2025"}));
        assertThat((BigDecimal) stored("CT07", 2025, district).get("value")).isEqualByComparingTo("1.8");
        assertThat(stored("CT07", 2025, district).get("updated_by")).isEqualTo("canbo");

        mvc.perform(get("/targets/{id}", target("CT07")).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("status-met")))
                .andExpect(content().string(containsString("Giá trị năm 2025 là 1,8%, đáp ứng mục tiêu &lt; 2%.")))
                .andExpect(content().string(containsString("(tạo mới)")));
    }

    @Test
    void fertilityOf205IsMetAgainstTheRange() throws Exception {
        mvc.perform(entry("CT18", 2025, district, "2,05").with(user(staff())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(containsString("2,0–2,1 con/phụ nữ")))
                .andExpect(content().string(containsString("2,05")))
                .andExpect(content().string(containsString(">Đạt</span> <span>1</span>")))
                .andExpect(content().string(containsString(">Chưa có số liệu</span> <span>38</span>")));
        mvc.perform(get("/targets/{id}", target("CT18")).with(user(staff())))
                .andExpect(content().string(containsString("Giá trị năm 2025 là 2,05 con/phụ nữ, đáp ứng mục tiêu 2,0–2,1 con/phụ nữ.")));
    }

    @Test
    void aLoneDotIsAmbiguousAndTheTypedTextIsKept() throws Exception {
        mvc.perform(entry("CT18", 2025, district, "2.1").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“2.1” chưa rõ: dấu chấm dùng để phân cách hàng nghìn. Nếu là số thập phân, hãy nhập 2,1.")))
                .andExpect(content().string(containsString("name=\"value\" value=\"2.1\"")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("name=\"source\" value=\"Báo cáo của phòng\""));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aPercentageOf130IsRejected() throws Exception {
        mvc.perform(entry("CT08", 2025, district, "130").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỷ lệ phải từ 0 đến 100%, bạn đã nhập 130.")))
                .andExpect(content().string(containsString("value=\"130\"")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void textThatIsNotANumberIsRejected() throws Exception {
        mvc.perform(entry("CT08", 2025, district, "chín mươi").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“chín mươi” không phải là số. Ví dụ cách nhập: 75,5 hoặc 4.000.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void numbersTooLargeOrTooPreciseToStoreAreRejected() throws Exception {
        mvc.perform(entry("CT06", 2025, district, "100.000.000.000.000").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số quá lớn (tối đa 14 chữ số trước dấu phẩy).")));
        mvc.perform(entry("CT08", 2025, district, "75,12345").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tối đa 4 chữ số sau dấu phẩy.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void countsMustBeWholeAndNotNegative() throws Exception {
        mvc.perform(entry("CT06", 2025, district, "-5").with(user(staff())))
                .andExpect(content().string(containsString("Giá trị không được âm.")));
        mvc.perform(entry("CT06", 2025, district, "4.000,5").with(user(staff())))
                .andExpect(content().string(containsString("Chỉ tiêu này đếm số nguyên, bạn đã nhập 4.000,5.")));
        mvc.perform(entry("CT06", 2025, district, "4.000").with(user(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat((BigDecimal) stored("CT06", 2025, district).get("value")).isEqualByComparingTo("4000");
    }

    @Test
    void yearsOutsideThePlanAreRejected() throws Exception {
        mvc.perform(entry("CT08", 2031, district, "90").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm phải nằm trong thời kỳ của kế hoạch, từ 2024 đến 2030.")));
        mvc.perform(entry("CT08", 2023, district, "90").with(user(staff())))
                .andExpect(content().string(containsString("Năm phải nằm trong thời kỳ của kế hoạch, từ 2024 đến 2030.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void yearsThatHaveNotComeYetAreRejected() throws Exception {
        // the clock is frozen at 30/11/2026
        mvc.perform(entry("CT20", 2027, district, "70").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa thể nhập số liệu cho năm 2027: năm này chưa đến.")));
        mvc.perform(get("/targets/{id}/values/edit", target("CT20")).with(user(staff())))
                .andExpect(content().string(containsString("<option value=\"2026\" selected=\"selected\">2026</option>")))
                .andExpect(content().string(not(containsString("<option value=\"2027\""))));
        mvc.perform(entry("CT20", 2026, district, "70").with(user(staff()))).andExpect(status().is3xxRedirection());
        assertThat(storedCount()).isOne();
    }

    @Test
    void aDecimalTypedWithADotIsCaughtByThePlausibleRange() throws Exception {
        mvc.perform(entry("CT18", 2025, district, "2.050").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị 2.050 nằm ngoài khoảng hợp lý của chỉ tiêu này (từ 0,5 đến 10). Hãy kiểm tra lại; nếu là số thập phân, hãy dùng dấu phẩy.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void tamperedHiddenFieldsGetVietnameseMessages() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT08")).param("year", "abc").param("orgUnitId", "x")
                        .param("version", "v").param("value", "90").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm không hợp lệ; hãy chọn năm trong danh sách.")))
                .andExpect(content().string(containsString("Biểu mẫu không còn hợp lệ; hãy mở lại trang nhập giá trị.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        assertThat(storedCount()).isZero();
    }

    @Test
    void movingAwayFromTheTargetIsOffTrackInPlainWords() throws Exception {
        mvc.perform(entry("CT07", 2024, district, "2,03").with(user(staff()))).andExpect(status().is3xxRedirection());
        mvc.perform(entry("CT07", 2026, district, "2,1").with(user(staff()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets/{id}", target("CT07")).with(user(staff())))
                .andExpect(content().string(containsString("status-off-track")))
                .andExpect(content().string(containsString("Giá trị gốc năm 2024 là 2,03%; năm 2026 là 2,1%: đang đi ngược mục tiêu &lt; 2%.")))
                .andExpect(content().string(containsString("Cần giảm hơn 0,1 điểm % để xuống dưới 2%")))
                .andExpect(content().string(containsString("2,03% (giá trị năm 2024 của quận, dùng mặc định)")));
    }

    @Test
    void savingTheSameValueAgainAddsNoHistoryLine() throws Exception {
        mvc.perform(entry("CT06", 2025, district, "4.000").with(user(staff()))).andExpect(status().is3xxRedirection());
        long version = ((Number) stored("CT06", 2025, district).get("version")).longValue();
        mvc.perform(entry("CT06", 2025, district, "4.000").param("version", String.valueOf(version))
                .param("comment", "Đã đối chiếu").with(user(staff()))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isOne();
    }

    @Test
    void aDepartmentIsNotATerritoryForValues() throws Exception {
        mvc.perform(entry("CT08", 2025, unit("306-YT"), "90").with(user(staff())))
                .andExpect(content().string(containsString("Hãy chọn quận hoặc một phường thuộc quận còn tồn tại trong năm đã chọn.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aRateIsComputedFromNumeratorAndDenominator() throws Exception {
        mvc.perform(entry("CT23", 2025, district, "").param("numerator", "175").param("denominator", "134.000")
                        .with(user(staff())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedMessage", new Object[]{"13,1 (175/134.000)", "Quận Hải An", "2025"}));
        Map<String, Object> row = stored("CT23", 2025, district);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("13.1");
        assertThat((BigDecimal) row.get("numerator")).isEqualByComparingTo("175");
        assertThat((BigDecimal) row.get("denominator")).isEqualByComparingTo("134000");
    }

    @Test
    void aNumeratorLargerThanItsDenominatorIsImpossibleForAPercentage() throws Exception {
        mvc.perform(entry("CT24", 2025, district, "").param("numerator", "150").param("denominator", "100")
                        .with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tử số không thể lớn hơn mẫu số.")));
        mvc.perform(entry("CT24", 2025, district, "95,0").param("numerator", "90").param("denominator", "100")
                        .with(user(staff())))
                .andExpect(content().string(containsString("Giá trị không khớp với tử số và mẫu số (tính được 90,0).")));
        mvc.perform(entry("CT24", 2025, district, "").param("numerator", "90").with(user(staff())))
                .andExpect(content().string(containsString("Cần nhập cả tử số và mẫu số, hoặc để trống cả hai.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aMilestoneDateCannotBeInTheFuture() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT13")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("achieved", "true")
                        .param("achievedOn", "01/01/2099").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày hoàn thành không thể ở tương lai.")));
        mvc.perform(post("/targets/{id}/values", target("CT13")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("achieved", "true")
                        .param("achievedOn", "31/02/2025").with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Ngày “31/02/2025” không hợp lệ")));
        mvc.perform(post("/targets/{id}/values", target("CT13")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("achieved", "true")
                        .param("achievedOn", "15/09/2025").with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("savedMessage", new Object[]{"Đã hoàn thành (15/09/2025)", "Quận Hải An", "2025"}));
    }

    @Test
    void aQualitativeTargetNeedsAnAssessmentAndANarrative() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT21")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Hãy chọn đánh giá.")))
                .andExpect(content().string(containsString("Hãy ghi kết quả thực hiện.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aSecondSaveFromAStaleFormGetsAConflictAndOverwritesNothing() throws Exception {
        mvc.perform(entry("CT08", 2025, district, "85,0").with(user(staff()))).andExpect(status().is3xxRedirection());
        long version = ((Number) stored("CT08", 2025, district).get("version")).longValue();
        // first editor saves from the current version
        mvc.perform(entry("CT08", 2025, district, "86,0").param("version", String.valueOf(version)).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        // second editor still holds the old version
        mvc.perform(entry("CT08", 2025, district, "80,0").param("version", String.valueOf(version)).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này vừa được canbo lưu lúc")))
                .andExpect(content().string(containsString(": 86,0%. Dữ liệu bạn nhập vẫn còn bên dưới")))
                .andExpect(content().string(containsString("value=\"80,0\"")));
        assertThat((BigDecimal) stored("CT08", 2025, district).get("value")).isEqualByComparingTo("86.0");
        // a new value posted without a version over an existing one is a conflict too
        mvc.perform(entry("CT08", 2025, district, "70,0").with(user(staff())))
                .andExpect(content().string(containsString("Giá trị này vừa được canbo lưu lúc")));
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select coalesce(old_text, '-') || ' > ' || new_text from indicator_value_change order by id",
                String.class)).containsExactly("- > 85,0%", "85,0% > 86,0%");
    }

    @Test
    void aWardOfficerCannotPostADistrictValue() throws Exception {
        CurrentUser ward = new CurrentUser("catbi", "x", "Cán bộ phường", Role.WARD_OFFICER, catBi, true);
        mvc.perform(entry("CT07", 2025, district, "1,8").with(user(ward))).andExpect(status().isForbidden());
        mvc.perform(entry("CT07", 2025, catBi, "1,8").with(user(ward))).andExpect(status().isForbidden());
        mvc.perform(get("/targets/{id}/values/edit", target("CT07")).with(user(ward))).andExpect(status().isForbidden());
        assertThat(storedCount()).isZero();
    }

    @Test
    void aLeaderReadsButCannotEnter() throws Exception {
        CurrentUser leader = new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
        mvc.perform(get("/targets").with(user(leader))).andExpect(status().isOk());
        mvc.perform(get("/targets/{id}", target("CT07")).with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/values/edit"))));
        mvc.perform(entry("CT07", 2025, district, "1,8").with(user(leader))).andExpect(status().isForbidden());
        assertThat(storedCount()).isZero();
    }

    @Test
    void aDepartmentOfficerEntersOnlyTheTargetsOfTheirUnit() throws Exception {
        mvc.perform(entry("CT07", 2025, district, "1,8").with(user(healthOfficer()))).andExpect(status().isForbidden());
        mvc.perform(get("/targets/{id}/values/edit", target("CT07")).with(user(healthOfficer()))).andExpect(status().isForbidden());
        mvc.perform(get("/targets/{id}/values/edit", target("CT19")).with(user(healthOfficer()))).andExpect(status().isOk());
        mvc.perform(entry("CT19", 2025, district, "75,9").with(user(healthOfficer()))).andExpect(status().is3xxRedirection());
        assertThat(storedCount()).isOne();
    }

    @Test
    void anonymousUsersAreSentToLogin() throws Exception {
        mvc.perform(get("/targets")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(entry("CT07", 2025, district, "1,8")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsToLoginWithTheExpiredMessage() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT07")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("value", "1,8").param("_csrf", "token-of-an-ended-session")
                        .header("Referer", "http://localhost/targets/" + target("CT07") + "/values/edit?year=2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired&continue=%2Ftargets%2F" + target("CT07") + "%2Fvalues%2Fedit%3Fyear%3D2025"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void aFormFromBeforeLoggingInAgainGoesBackToItsPageUnsaved() throws Exception {
        long id = target("CT09");
        mvc.perform(post("/targets/{id}/values", id).param("year", "2025").param("orgUnitId", String.valueOf(district))
                        .param("value", "45,5").param("_csrf", "token-of-the-previous-session")
                        .header("Referer", "http://localhost/targets/" + id + "/values/edit?year=2025")
                        .with(user(staff())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/targets/" + id + "/values/edit?year=2025&staleForm"));
        mvc.perform(get("/targets/" + id + "/values/edit?year=2025&staleForm").with(user(staff())))
                .andExpect(content().string(containsString("Biểu mẫu bạn vừa gửi đã hết hiệu lực vì phiên đăng nhập đã thay đổi, nên chưa được lưu.")));
        // a Referer from elsewhere is never followed
        mvc.perform(post("/targets/{id}/values", id).param("year", "2025").param("orgUnitId", String.valueOf(district))
                        .param("value", "45,5").param("_csrf", "stale").header("Referer", "http://example.org/phishing")
                        .with(user(staff())))
                .andExpect(status().isForbidden());
        assertThat(storedCount()).isZero();
    }

    @Test
    void theFormShowsTheStoredValueExactlyAndASecondSaveChangesNothing() throws Exception {
        mvc.perform(entry("CT24", 2024, district, "93,35").with(user(staff()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets/{id}/values/edit", target("CT24")).param("year", "2024").param("unit", String.valueOf(district))
                        .with(user(staff())))
                .andExpect(content().string(containsString("name=\"value\" value=\"93,35\"")));
        long version = ((Number) stored("CT24", 2024, district).get("version")).longValue();
        mvc.perform(entry("CT24", 2024, district, "93,35").param("version", String.valueOf(version)).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat((BigDecimal) stored("CT24", 2024, district).get("value")).isEqualByComparingTo("93.35");
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isOne();
    }

    @Test
    void anEnglishThousandsSeparatorIsNotReadAsADecimal() throws Exception {
        mvc.perform(entry("CT06", 2026, unit("11410"), "4,000").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“4,000” chưa rõ: dấu phẩy là dấu thập phân. Nếu là số nguyên, hãy nhập 4.000; nếu là số thập phân, hãy nhập 4.")));
        mvc.perform(entry("CT35", 2026, district, "0.050").with(user(staff())))
                .andExpect(content().string(containsString("“0.050” chưa rõ: dấu chấm dùng để phân cách hàng nghìn. Nếu là số thập phân, hãy nhập 0,050.")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void controlCharactersAreDroppedAndTamperedCheckboxesExplained() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT08")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("value", "90")
                        .param("source", "Báo cáo\u0000 số 12").with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select source from indicator_value", String.class)).isEqualTo("Báo cáo số 12");
        mvc.perform(post("/targets/{id}/values", target("CT13")).param("year", "2025").param("orgUnitId", String.valueOf(district))
                        .param("achieved", "có lẽ").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ô “Đã hoàn thành” không hợp lệ; hãy mở lại trang nhập giá trị.")));
    }

    @Test
    void resavingTheSameQualitativeAssessmentAddsNoHistoryLine() throws Exception {
        MockHttpServletRequestBuilder same = post("/targets/{id}/values", target("CT03")).param("year", "2025")
                .param("orgUnitId", String.valueOf(district)).param("assessment", "ON_TRACK")
                .param("narrative", "Đã chi trả trợ cấp đúng hạn.\nKhông có khiếu nại.").with(csrf()).with(user(staff()));
        mvc.perform(same).andExpect(status().is3xxRedirection());
        long version = ((Number) stored("CT03", 2025, district).get("version")).longValue();
        mvc.perform(same.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_change", Integer.class)).isOne();
        mvc.perform(get("/targets/{id}", target("CT03")).with(user(staff())))
                .andExpect(content().string(containsString("Đã chi trả trợ cấp đúng hạn.\nKhông có khiếu nại.")));
    }

    @Test
    void postsWithoutCsrfTokenAreForbidden() throws Exception {
        mvc.perform(post("/targets/{id}/values", target("CT07")).param("year", "2025")
                        .param("orgUnitId", String.valueOf(district)).param("value", "1,8").with(user(staff())))
                .andExpect(status().isForbidden());
        assertThat(storedCount()).isZero();
    }

    @Test
    void theDemoBannerShowsOnlyWhenDemoValuesExist() throws Exception {
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(not(containsString("dữ liệu mẫu để minh họa"))));
        mvc.perform(entry("CT08", 2025, district, "90").with(user(staff()))).andExpect(status().is3xxRedirection());
        jdbc.update("update indicator_value set is_demo = true");
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(containsString("dữ liệu mẫu để minh họa")));
    }

    @Test
    void anUnknownTargetIsAVietnamese404() throws Exception {
        mvc.perform(get("/targets/{id}", 987654321L).with(user(staff())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang")));
    }

    @Test
    void targetsCanBeFilteredByAreaAndResponsibleUnit() throws Exception {
        mvc.perform(get("/targets").param("area", "EDUCATION").with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 6 chỉ tiêu")))
                .andExpect(content().string(containsString("Hoàn thành phổ cập giáo dục mầm non cho trẻ 5 tuổi")))
                .andExpect(content().string(not(containsString("Tỷ lệ thất nghiệp chung dưới 2%"))));
        mvc.perform(get("/targets").param("unit", String.valueOf(unit("306-BHXH"))).with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 4 chỉ tiêu")));
    }
}
