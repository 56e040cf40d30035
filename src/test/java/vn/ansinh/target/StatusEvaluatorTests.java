package vn.ansinh.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StatusEvaluatorTests {

    private static final int BASE_YEAR = 2024;

    private static TargetRule rule(TargetKind kind, String value) {
        return new TargetRule(kind, new BigDecimal(value), null, null, 2030, null, null);
    }

    private static NavigableMap<Integer, Observation> values(Object... yearValue) {
        NavigableMap<Integer, Observation> map = new TreeMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            int year = (Integer) yearValue[i];
            map.put(year, new Observation(year, new BigDecimal((String) yearValue[i + 1]), null));
        }
        return map;
    }

    private static TargetStatus status(TargetRule rule, Object... yearValue) {
        return StatusEvaluator.evaluate(rule, values(yearValue), BASE_YEAR).status();
    }

    @Test
    void belowIsStrict() {
        TargetRule unemployment = rule(TargetKind.BELOW, "2");
        assertThat(status(unemployment, 2025, "1.8")).isEqualTo(TargetStatus.MET);
        TargetRule stunting = rule(TargetKind.BELOW, "10");
        assertThat(status(stunting, 2025, "10.0")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(stunting, 2025, "9.99")).isEqualTo(TargetStatus.MET);
    }

    @Test
    void atLeastAboveAndAtMost() {
        assertThat(status(rule(TargetKind.AT_LEAST, "90"), 2025, "90")).isEqualTo(TargetStatus.MET);
        assertThat(status(rule(TargetKind.AT_LEAST, "90"), 2025, "89.9")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(rule(TargetKind.ABOVE, "250"), 2025, "250")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(rule(TargetKind.ABOVE, "250"), 2025, "251")).isEqualTo(TargetStatus.MET);
        assertThat(status(rule(TargetKind.AT_MOST, "5"), 2025, "5")).isEqualTo(TargetStatus.MET);
        assertThat(status(rule(TargetKind.AT_MOST, "5"), 2025, "5.1")).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void rangeIsClosed() {
        TargetRule fertility = new TargetRule(TargetKind.RANGE, new BigDecimal("2.0"), new BigDecimal("2.1"), null,
                2030, null, null);
        assertThat(status(fertility, 2025, "2.05")).isEqualTo(TargetStatus.MET);
        assertThat(status(fertility, 2025, "2.0")).isEqualTo(TargetStatus.MET);
        assertThat(status(fertility, 2025, "2.1")).isEqualTo(TargetStatus.MET);
        assertThat(status(fertility, 2025, "1.9")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(fertility, 2025, "2.2")).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void maintainHoldsOnlyWhileEveryYearHolds() {
        TargetRule keep100 = new TargetRule(TargetKind.MAINTAIN, new BigDecimal("100"), null, Target.Direction.AT_LEAST,
                2030, null, null);
        assertThat(status(keep100, 2025, "99.5")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(keep100, 2024, "100", 2025, "100")).isEqualTo(TargetStatus.MET);
        StatusAssessment slipped = StatusEvaluator.evaluate(keep100, values(2024, "99", 2025, "100", 2026, "100"), BASE_YEAR);
        assertThat(slipped.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(slipped.reason()).isEqualTo(StatusAssessment.Reason.MAINTAIN_BROKEN);
        assertThat(slipped.failedYears()).containsExactly(2024);

        TargetRule noPoorHouseholds = new TargetRule(TargetKind.MAINTAIN, BigDecimal.ZERO, null, Target.Direction.AT_MOST,
                2030, null, null);
        assertThat(status(noPoorHouseholds, 2024, "0", 2025, "0")).isEqualTo(TargetStatus.MET);
        assertThat(status(noPoorHouseholds, 2024, "0", 2025, "0.12")).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void milestoneIsMetOnceDone() {
        TargetRule preschool = new TargetRule(TargetKind.MILESTONE, null, null, null, 2030, null, null);
        assertThat(status(preschool, 2024, "0")).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(preschool, 2024, "0", 2025, "1")).isEqualTo(TargetStatus.MET);
    }

    @Test
    void levelIsMetAtOrAboveTheLevel() {
        TargetRule literacy = rule(TargetKind.LEVEL, "2");
        assertThat(status(literacy, 2025, "2")).isEqualTo(TargetStatus.MET);
        assertThat(status(literacy, 2025, "3")).isEqualTo(TargetStatus.MET);
        assertThat(status(literacy, 2025, "1")).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void qualitativeTakesTheAssessedStatus() {
        TargetRule hdi = new TargetRule(TargetKind.QUALITATIVE, null, null, null, 2030, null, null);
        NavigableMap<Integer, Observation> map = new TreeMap<>();
        map.put(2025, new Observation(2025, null, Assessment.AT_RISK));
        assertThat(StatusEvaluator.evaluate(hdi, map, BASE_YEAR).status()).isEqualTo(TargetStatus.AT_RISK);
        map.put(2026, new Observation(2026, null, null));
        assertThat(StatusEvaluator.evaluate(hdi, map, BASE_YEAR).status()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void noValuesMeansNoData() {
        assertThat(StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "90"), new TreeMap<>(), BASE_YEAR).status())
                .isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void progressFromTheBaseYearValueDecidesOnTrackAtRiskOffTrack() {
        // baseline 2024 = 80, target 90 in 2030: expected 2025 = 80 + 10/6 = 81,667 (progress needed 1,667)
        TargetRule trained = rule(TargetKind.AT_LEAST, "90");
        StatusAssessment onTrack = StatusEvaluator.evaluate(trained, values(2024, "80", 2025, "81.6"), BASE_YEAR);
        assertThat(onTrack.status()).isEqualTo(TargetStatus.ON_TRACK);       // 1,6 / 1,667 = 96,0%
        assertThat(onTrack.progressPercent()).isEqualByComparingTo("96.0");
        assertThat(onTrack.baselineYear()).isEqualTo(2024);
        assertThat(onTrack.expected().setScale(3, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("81.667");
        assertThat(status(trained, 2024, "80", 2025, "81.0")).isEqualTo(TargetStatus.AT_RISK);   // 60,0%
        assertThat(status(trained, 2024, "80", 2025, "80.99")).isEqualTo(TargetStatus.OFF_TRACK); // 59,4%
        assertThat(status(trained, 2024, "80", 2025, "79")).isEqualTo(TargetStatus.OFF_TRACK);    // wrong way
    }

    @Test
    void forBelowTargetsProgressIsAFall() {
        // stunting baseline 13% in 2024, target < 10% in 2030, reached at 9,9% (one decimal):
        // expected 2026 = 13 - 3,1 × 2/6 = 11,967, i.e. a fall of 1,033
        TargetRule stunting = rule(TargetKind.BELOW, "10");
        assertThat(status(stunting, 2024, "13", 2026, "12")).isEqualTo(TargetStatus.ON_TRACK);    // 96,8%
        assertThat(status(stunting, 2024, "13", 2026, "12.38")).isEqualTo(TargetStatus.AT_RISK);  // exactly 60%
        assertThat(status(stunting, 2024, "13", 2026, "12.39")).isEqualTo(TargetStatus.OFF_TRACK); // 59,0%
        assertThat(status(stunting, 2024, "13", 2026, "13.5")).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void aBaselineSetOnTheTargetWinsOverTheBaseYearValue() {
        TargetRule withBaseline = new TargetRule(TargetKind.AT_LEAST, new BigDecimal("90"), null, null, 2030,
                2023, new BigDecimal("60"));
        // 2023 → 2030 is 7 years: expected 2025 = 60 + 30 * 2/7 = 68,571; 68 is 93,3% of the progress
        StatusAssessment a = StatusEvaluator.evaluate(withBaseline, values(2024, "80", 2025, "68"), BASE_YEAR);
        assertThat(a.baselineYear()).isEqualTo(2023);
        assertThat(a.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(a.progressPercent()).isEqualByComparingTo("93.3");
    }

    @Test
    void withoutBaselineANotMetTargetIsNotMet() {
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "90"), values(2025, "85"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(a.reason()).isEqualTo(StatusAssessment.Reason.NO_BASELINE);
        // the base year's own value is the baseline: progress is measured from the next year on
        StatusAssessment atBaseline = StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "90"), values(2024, "85"), BASE_YEAR);
        assertThat(atBaseline.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(atBaseline.reason()).isEqualTo(StatusAssessment.Reason.AT_BASELINE);
    }

    @Test
    void aMetTargetStillReportsItsBaselineAndExpectedValue() {
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "90"), values(2024, "84", 2026, "91"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.MET);
        assertThat(a.baselineYear()).isEqualTo(2024);
        assertThat(a.baselineValue()).isEqualByComparingTo("84");
        assertThat(a.expected()).isEqualByComparingTo("86");   // 84 + 6 × 2/6
        // the base year's own value is the baseline even when it is the only value
        StatusAssessment only = StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "90"), values(2024, "84"), BASE_YEAR);
        assertThat(only.baselineYear()).isEqualTo(2024);
        assertThat(only.expected()).isNull();
    }

    @Test
    void movingAwayFromTheTargetIsOffTrackWithoutANegativeShare() {
        // 2,03% in 2024 against "< 2%", then 2,1% in 2026: not a "-700%" progress, simply the wrong way
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.BELOW, "2"), values(2024, "2.03", 2026, "2.1"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(StatusAssessment.Reason.REGRESSED);
        assertThat(a.progressPercent()).isNull();
    }

    @Test
    void aStrictTargetStuckOnItsBoundMakesNoProgress() {
        // "< 10%": 10,0 in 2024 and again in 2025 is not moving away, it is 0% of the progress needed towards 9,9%
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.BELOW, "10"), values(2024, "10.0", 2025, "10.0"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(StatusAssessment.Reason.PROGRESS);
        assertThat(a.progressPercent()).isEqualByComparingTo("0.0");
        assertThat(a.goal()).isEqualByComparingTo("9.9");
        TargetRule students = new TargetRule(TargetKind.ABOVE, new BigDecimal("250"), null, null, 2030, null, null, 0);
        assertThat(students.reachableValue()).isEqualByComparingTo("251");
    }

    @Test
    void theShownShareIsRoundedDownSoItNeverContradictsTheStatus() {
        // 40 → 42,399 against 52% by 2030: 2,399 × 6 / (12 × 2) = 59,975% → "Chậm tiến độ", shown as 59,9%
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.AT_LEAST, "52"), values(2024, "40", 2026, "42.399"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(a.progressPercent()).isEqualByComparingTo("59.9");
    }

    @Test
    void aRangeOvershotOnTheFarSideIsOffTrack() {
        TargetRule fertility = new TargetRule(TargetKind.RANGE, new BigDecimal("2.0"), new BigDecimal("2.1"), null,
                2030, null, null, 2);
        StatusAssessment a = StatusEvaluator.evaluate(fertility, values(2024, "1.85", 2026, "2.3"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(StatusAssessment.Reason.OVERSHOT);
    }

    @Test
    void aMilestoneOnceDoneStaysDone() {
        TargetRule preschool = new TargetRule(TargetKind.MILESTONE, null, null, null, 2030, null, null);
        assertThat(status(preschool, 2025, "1", 2026, "0")).isEqualTo(TargetStatus.MET);
    }

    @Test
    void inTheTargetYearANotMetTargetIsNotMet() {
        assertThat(status(rule(TargetKind.AT_LEAST, "90"), 2024, "80", 2030, "89.9")).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void aTargetThatWasMetAtBaselineAndSlippedIsOffTrack() {
        StatusAssessment a = StatusEvaluator.evaluate(rule(TargetKind.BELOW, "2"), values(2024, "1.5", 2025, "2.2"), BASE_YEAR);
        assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(StatusAssessment.Reason.REGRESSED);
    }

    @Test
    void rangeProgressHeadsForTheNearerBound() {
        TargetRule fertility = new TargetRule(TargetKind.RANGE, new BigDecimal("2.0"), new BigDecimal("2.1"), null,
                2030, null, null);
        // from 1,70 in 2024 towards 2,0: expected 2027 = 1,85; 1,85 is exactly on track
        StatusAssessment a = StatusEvaluator.evaluate(fertility, values(2024, "1.70", 2027, "1.85"), BASE_YEAR);
        assertThat(a.goal()).isEqualByComparingTo("2.0");
        assertThat(a.status()).isEqualTo(TargetStatus.ON_TRACK);
        // from 2,4 down towards 2,1
        StatusAssessment b = StatusEvaluator.evaluate(fertility, values(2024, "2.4", 2027, "2.4"), BASE_YEAR);
        assertThat(b.goal()).isEqualByComparingTo("2.1");
        assertThat(b.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(b.failedYears()).isEqualTo(List.of());
    }
}
