package vn.ansinh.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * The chart data of a target page as JSON for {@code static/js/charts.js}: the district's values by year against the
 * straight path to the target and the target line; and the wards' values of the latest year that has any.
 */
@Component
class TargetChart {

    /** More wards than this (a national plan's communes) get no bar chart: the paged table shows them. */
    static final int MAX_BARS = 60;

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    TargetChart(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param d a target page
     * @return {@code {"type":"series","years":[…],"actual":[…],"expected":[…],"goal":…}}, or null for milestone and
     * qualitative targets or without any district value
     */
    String series(TargetDetail d) {
        Target t = d.target();
        long district = t.getPlan().getIssuingUnit().getId();
        TreeMap<Integer, BigDecimal> actual = new TreeMap<>();
        d.values().stream().filter(v -> v.getOrgUnit().getId() == district && v.getValue() != null)
                .forEach(v -> actual.put(v.getYear(), v.getValue()));
        if (!t.getKind().isNumeric() || actual.isEmpty()) {
            return null;
        }
        Map<Integer, BigDecimal> expected = new TreeMap<>();
        d.expectedPath().forEach(p -> expected.put(p.year(), p.expected()));
        int from = Math.min(actual.firstKey(), expected.isEmpty() ? actual.firstKey() : ((TreeMap<Integer, BigDecimal>) expected).firstKey());
        int to = Math.max(actual.lastKey(), expected.isEmpty() ? actual.lastKey() : ((TreeMap<Integer, BigDecimal>) expected).lastKey());
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> a = new ArrayList<>();
        List<BigDecimal> e = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
            a.add(actual.get(y));
            e.add(expected.get(y));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "series");
        data.put("years", years);
        data.put("actual", a);
        data.put("expected", e);
        data.put("goal", t.getTargetValue());
        data.put("goalMax", t.getTargetValueMax());
        data.put("unit", unit(t));
        data.put("labels", Map.of("actual", msg("chart.actual"), "expected", msg("chart.expected"),
                "goal", msg("chart.goal", String.valueOf(t.getTargetYear()))));
        return json.writeValueAsString(data);
    }

    /**
     * @param d a target page
     * @return {@code {"type":"wards","labels":[…],"values":[…],"year":…}} for the latest year with ward values, or null
     */
    String wards(TargetDetail d) {
        Integer year = latestWardYear(d);
        if (year == null) {
            return null;
        }
        var wardValues = d.values().stream()
                .filter(v -> v.getOrgUnit().getKind() == OrgUnitKind.WARD && v.getValue() != null).toList();
        if (wardValues.stream().filter(v -> v.getYear() == year).count() > MAX_BARS) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        wardValues.stream().filter(v -> v.getYear() == year)
                .sorted(java.util.Comparator.comparing(v -> v.getOrgUnit().getCode()))
                .forEach(v -> {
                    labels.add(v.getOrgUnit().getName());
                    values.add(v.getValue());
                });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "wards");
        data.put("year", year);
        data.put("labels", labels);
        data.put("values", values);
        data.put("unit", unit(d.target()));
        return json.writeValueAsString(data);
    }

    /**
     * @param d a target page
     * @return the latest year with a ward value, or null when wards have none
     */
    Integer wardYear(TargetDetail d) {
        Integer year = latestWardYear(d);
        return year == null || d.values().stream().filter(v -> v.getOrgUnit().getKind() == OrgUnitKind.WARD
                && v.getValue() != null && v.getYear() == year).count() > MAX_BARS ? null : year;
    }

    private static Integer latestWardYear(TargetDetail d) {
        return d.values().stream().filter(v -> v.getOrgUnit().getKind() == OrgUnitKind.WARD && v.getValue() != null)
                .map(IndicatorValue::getYear).max(Integer::compare).orElse(null);
    }

    private static String unit(Target t) {
        return t.getValueType() == ValueType.PERCENT ? "%" : "";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
