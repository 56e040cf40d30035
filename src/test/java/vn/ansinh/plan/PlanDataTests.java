package vn.ansinh.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Flyway migrations on real PostgreSQL: schema and the Hải An plan loaded as data (V003).
 */
@DataJpaTest
class PlanDataTests {

    @Autowired
    PlanRepository plans;

    @Autowired
    JdbcTemplate jdbc;

    private long planId() {
        return jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theHaiAnPlanIsLoadedWithItsYearsAndIssuer() {
        Plan plan = plans.findWithUnit(planId()).orElseThrow();
        assertThat(plan.getIssuingUnit().getName()).isEqualTo("Quận Hải An");
        assertThat(plan.getIssuingUnit().getCode()).isEqualTo("306");
        assertThat(plan.getBaseYear()).isEqualTo(2024);
        assertThat(plan.getTargetYear()).isEqualTo(2030);
        assertThat(plan.getVisionYear()).isEqualTo(2045);
        assertThat(plan.getNumber()).isNull();
        assertThat(plan.getTitle()).startsWith("Thực hiện Chương trình hành động số 26-CTr/QU ngày 28/6/2024");
        assertThat(plan.getVisionText()).startsWith("Hệ thống chính sách xã hội trên địa bàn quận");
        assertThat(plan.coversYear(2024)).isTrue();
        assertThat(plan.coversYear(2031)).isFalse();
    }

    @Test
    void unitsAreTheDistrictItsEightWardsAndTheBodiesOfSectionV() {
        assertThat(count("select count(*) from org_unit")).isEqualTo(23);
        assertThat(jdbc.queryForList("select code from org_unit where kind = 'WARD' order by code", String.class))
                .containsExactly("11410", "11411", "11413", "11414", "11416", "11419", "11422", "11425");
        assertThat(jdbc.queryForObject("select name from org_unit where code = '11413'", String.class))
                .isEqualTo("Phường Đằng Lâm");
    }

    @Test
    void legalChainRunsFrom42NqTwDownTo26CtrQu() {
        List<LegalDocument> docs = plans.findLegalBasis(planId());
        assertThat(docs).extracting(LegalDocument::getNumber)
                .containsExactly("42-NQ/TW", "73-CTr/TU", "146/KH-UBND", "26-CTr/QU", "45-NQ/TW", "498/ĐA-UBND");
        assertThat(docs.get(0).getIssuedOn()).isEqualTo(LocalDate.of(2023, 11, 24));
        assertThat(docs.get(3).getIssuedOn()).isEqualTo(LocalDate.of(2024, 6, 28));
    }

    @Test
    void sectionsCoverEveryHeadingOfThePlan() {
        List<PlanSection> sections = plans.findSections(planId());
        assertThat(sections).hasSize(42);
        assertThat(sections).extracting(PlanSection::getCode)
                .contains("I", "II.1", "II.2", "III.1", "III.4.1", "III.5.3", "III.6.6", "III.8", "IV", "V.13");
        PlanSection s661 = sections.stream().filter(s -> s.getCode().equals("III.6.6")).findFirst().orElseThrow();
        assertThat(s661.getHeading()).isEqualTo("Về nước sạch, vệ sinh môi trường");
        assertThat(s661.getParagraphs()).hasSize(3).allMatch(PlanSection.Paragraph::bullet);
    }

    @Test
    void sectionVHasThirteenEntriesLedByTheLabourDepartment() {
        List<PlanResponsibility> entries = plans.findResponsibilities(planId());
        assertThat(entries).hasSize(13);
        assertThat(entries).filteredOn(PlanResponsibility::isLead).singleElement()
                .satisfies(lead -> {
                    assertThat(lead.getPosition()).isEqualTo(1);
                    assertThat(lead.getUnits()).extracting(u -> u.getCode()).containsExactly("306-LDTBXH");
                });
        assertThat(entries.get(12).getScope()).isEqualTo(PlanResponsibility.Scope.ALL_WARDS);
        assertThat(entries.get(12).getUnits()).hasSize(8);
        assertThat(entries.get(3).getUnits()).extracting(u -> u.getCode()).containsExactlyInAnyOrder("306-YT", "306-TTYT");
    }

    @Test
    void wardsReportBefore0510EachYearThroughTheLabourDepartment() {
        List<ReportingRule> rules = plans.findReportingRules(planId());
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.getReporterKind()).isEqualTo("WARD");
            assertThat(r.deadlineIn(2025)).isEqualTo(LocalDate.of(2025, 10, 5));
            assertThat(r.getRecipient().getCode()).isEqualTo("306");
            assertThat(r.getVia().getCode()).isEqualTo("306-LDTBXH");
            assertThat(r.getSourceSectionCode()).isEqualTo("V.13");
        });
    }

    @Test
    void thirtyNineTargetsOfEveryKind() {
        assertThat(count("select count(*) from target")).isEqualTo(39);
        assertThat(jdbc.queryForList("select kind || ':' || count(*) from target group by kind order by kind", String.class))
                .containsExactly("ABOVE:1", "AT_LEAST:21", "BELOW:2", "LEVEL:3", "MAINTAIN:5", "MILESTONE:1",
                        "QUALITATIVE:5", "RANGE:1");
        assertThat(jdbc.queryForMap("select kind, target_value, target_value_max from target where code = 'CT18'"))
                .containsEntry("kind", "RANGE")
                .hasEntrySatisfying("target_value", v -> assertThat(v.toString()).isEqualTo("2.0000"))
                .hasEntrySatisfying("target_value_max", v -> assertThat(v.toString()).isEqualTo("2.1000"));
        assertThat(jdbc.queryForObject("select maintain_direction from target where code = 'CT35'", String.class))
                .isEqualTo("AT_MOST");
    }

    @Test
    void aValueIsUniquePerTargetUnitAndYear() {
        String insert = """
                insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at)
                values ((select id from target where code = 'CT07'), (select id from org_unit where code = '306'),
                        2025, 1.8, 'test', now())
                """;
        jdbc.update(insert);
        assertThatThrownBy(() -> jdbc.update(insert)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRangeTargetNeedsBothBounds() {
        assertThatThrownBy(() -> jdbc.update("update target set target_value_max = null where code = 'CT18'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
