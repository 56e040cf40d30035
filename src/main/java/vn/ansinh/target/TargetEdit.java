package vn.ansinh.target;

import java.math.BigDecimal;

/**
 * The editable fields of a target, after validation by {@link TargetEditForm}.
 *
 * @param statement         the plan's words
 * @param indicatorName     what is measured
 * @param measureUnit       unit of measurement, or null
 * @param area              policy area
 * @param kind              how the target is stated
 * @param targetValue       target value (range: lower bound); null for milestone and qualitative
 * @param targetValueMax    range upper bound, else null
 * @param maintainDirection for MAINTAIN, the direction, else null
 * @param baselineYear      baseline year, or null
 * @param baselineValue     baseline value, or null (both or neither)
 * @param responsibleUnitId the responsible unit, or null
 * @param dataSource        where figures come from, or null
 * @param decimals          0–4
 */
public record TargetEdit(String statement, String indicatorName, String measureUnit, Area area, TargetKind kind,
                         BigDecimal targetValue, BigDecimal targetValueMax, Target.Direction maintainDirection,
                         Integer baselineYear, BigDecimal baselineValue, Long responsibleUnitId, String dataSource,
                         int decimals) {
}
