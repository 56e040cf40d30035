package vn.ansinh.target;

import java.math.BigDecimal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * Writes targets and values the way Vietnamese reports write them: {@code < 2%}, {@code ≥ 90%},
 * {@code 2,0–2,1 con/phụ nữ}, {@code ≥ 4.000 lượt lao động/năm}, {@code duy trì 100%}, {@code mức độ 3}.
 * Words come from the message bundle. Available in templates as {@code @targetText}.
 */
@Component("targetText")
public class TargetTexts {

    private final MessageSource messages;

    TargetTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param t a target
     * @return its 2030 value as people write it, e.g. {@code < 2%} or {@code 2,0–2,1 con/phụ nữ}
     */
    public String goal(Target t) {
        return switch (t.getKind()) {
            case AT_LEAST -> "≥ " + amount(t, t.getTargetValue());
            case ABOVE -> "> " + amount(t, t.getTargetValue());
            case BELOW -> "< " + amount(t, t.getTargetValue());
            case AT_MOST -> "≤ " + amount(t, t.getTargetValue());
            case RANGE -> compact(t.getTargetValue(), t.getTargetValueMax()) + "–"
                    + amount(t, t.getTargetValueMax(), t.getTargetValue());
            case MAINTAIN -> msg("goal.maintain", amount(t, t.getTargetValue()));
            case LEVEL -> msg("goal.level", VietnameseNumbers.formatCompact(t.getTargetValue()));
            case MILESTONE -> msg("goal.milestone");
            case QUALITATIVE -> msg("goal.qualitative");
        };
    }

    /**
     * @param t     a target
     * @param value a recorded value (may be null)
     * @return the value as shown in tables: {@code 75,5%}, {@code 4.000}, {@code mức độ 2},
     * {@code Đã hoàn thành (12/05/2025)}, the assessment label; {@code —} when there is none
     */
    public String value(Target t, IndicatorValue value) {
        if (value == null) {
            return "—";
        }
        return switch (t.getValueType()) {
            case NONE -> value.getAssessment() == null ? "—" : msg("assessment." + value.getAssessment());
            case MILESTONE -> value.getValue() != null && value.getValue().signum() > 0
                    ? msg("milestone.done", value.getAchievedOn() == null ? "" : Formats.DATE.format(value.getAchievedOn()))
                    : msg("milestone.notDone");
            case LEVEL -> msg("goal.level", VietnameseNumbers.format(value.getValue(), 0));
            case PERCENT -> recorded(t, value.getValue()) + "%";
            default -> recorded(t, value.getValue());
        };
    }

    /**
     * @param t     a target
     * @param value a recorded value (may be null)
     * @return the value with numerator and denominator when recorded: {@code 12,5 (165/132.000)}
     */
    public String valueWithFraction(Target t, IndicatorValue value) {
        String text = value(t, value);
        if (value != null && value.getNumerator() != null && value.getDenominator() != null) {
            text += " (" + VietnameseNumbers.formatCompact(value.getNumerator()) + "/"
                    + VietnameseNumbers.formatCompact(value.getDenominator()) + ")";
        }
        return text;
    }

    /**
     * @param t          a target
     * @param assessment its status assessment
     * @return the distance to the target as a short phrase ("Còn thiếu 2,5 điểm %", "Vượt 500 lượt lao động/năm",
     * "Cần giảm 0,3 điểm %"), or an empty string when not applicable
     */
    public String gap(Target t, StatusAssessment assessment) {
        Observation latest = assessment.latest();
        if (latest == null || latest.value() == null || !t.getKind().isNumeric()) {
            return "";
        }
        BigDecimal v = latest.value();
        boolean lowerIsBetter = t.getKind() == TargetKind.BELOW || t.getKind() == TargetKind.AT_MOST
                || (t.getKind() == TargetKind.MAINTAIN && t.getMaintainDirection() == Target.Direction.AT_MOST);
        BigDecimal bound = t.getTargetValue();
        if (t.getKind() == TargetKind.RANGE) {
            if (v.compareTo(t.getTargetValue()) >= 0 && v.compareTo(t.getTargetValueMax()) <= 0) {
                return msg("gap.inRange");
            }
            lowerIsBetter = v.compareTo(t.getTargetValueMax()) > 0;
            bound = lowerIsBetter ? t.getTargetValueMax() : t.getTargetValue();
        }
        BigDecimal diff = lowerIsBetter ? bound.subtract(v) : v.subtract(bound);
        boolean met = t.getKind() == TargetKind.MAINTAIN ? t.rule().meets(v) : assessment.status() == TargetStatus.MET;
        boolean strict = t.getKind() == TargetKind.BELOW || t.getKind() == TargetKind.ABOVE;
        String bar = withUnit(t, VietnameseNumbers.formatCompact(bound));
        if (diff.signum() == 0) {
            if (met) {
                return msg("gap.equal");
            }
            return msg(lowerIsBetter ? "gap.strictBelow" : "gap.strictAbove", bar);
        }
        String amount = difference(t, diff.abs());
        if (met) {
            return msg(lowerIsBetter ? "gap.under" : "gap.over", amount);
        }
        if (strict) {
            return msg(lowerIsBetter ? "gap.reduceBelow" : "gap.raiseAbove", amount, bar);
        }
        return msg(lowerIsBetter ? "gap.reduce" : "gap.missing", amount);
    }

    /**
     * @param t     a target
     * @param value a recorded number in the target's measure (may be null)
     * @return the number as recorded (at least the target's decimals, more when the value is more precise) with its
     * unit: {@code 2,03%}, {@code 13,1 bác sĩ/1 vạn dân}, {@code mức độ 3}; {@code —} for null
     */
    public String measured(Target t, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (t.getValueType() == ValueType.LEVEL) {
            return msg("goal.level", VietnameseNumbers.formatCompact(value));
        }
        return withUnit(t, recorded(t, value));
    }

    /**
     * @param t     a target
     * @param a     its assessment (for the baseline's precision)
     * @param value a computed value on the expected path (may be null)
     * @return the value with as many decimals as the baseline was recorded with (at least the target's):
     * the path from 2,03% shows 2,02%, not 2,0%
     */
    public String expectedOf(Target t, StatusAssessment a, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (t.getValueType() == ValueType.LEVEL) {
            return msg("goal.level", VietnameseNumbers.format(value, 1));
        }
        int scale = t.getDecimals();
        if (a.baselineValue() != null) {
            scale = Math.max(scale, a.baselineValue().stripTrailingZeros().scale());
        }
        return withUnit(t, VietnameseNumbers.format(value, Math.min(4, scale)));
    }

    /**
     * Explains a status in one Vietnamese sentence, with the numbers that decided it.
     *
     * @param t a target
     * @param a its assessment
     * @return e.g. "Theo lộ trình thẳng từ giá trị gốc 80,0% (năm 2024) đến 90% năm 2030, năm 2025 cần đạt 81,7%;
     * thực tế 81,0%, tức đạt 60,0% mức tiến bộ cần có."
     */
    public String explain(Target t, StatusAssessment a) {
        Observation o = a.latest();
        String year = o == null ? "" : String.valueOf(o.year());
        String value = o == null || o.value() == null ? "" : measured(t, o.value());
        String goal = goal(t);
        String key = "reason." + a.reason();
        return switch (a.reason()) {
            case NO_DATA, MILESTONE_DONE -> msg(key);
            case NO_ASSESSMENT, ASSESSED, MILESTONE_NOT_DONE -> msg(key, year);
            case MET, TARGET_YEAR_REACHED, AT_BASELINE, OVERSHOT -> msg(key, year, value, goal);
            case MAINTAIN_HELD -> msg(key, measured(t, t.getTargetValue()));
            case MAINTAIN_BROKEN -> msg(key, measured(t, t.getTargetValue()),
                    String.join(", ", a.failedYears().stream().map(String::valueOf).toList()));
            case NO_BASELINE -> msg(key, year, value, goal, String.valueOf(t.getPlan().getBaseYear()));
            case REGRESSED -> msg(key, String.valueOf(a.baselineYear()), measured(t, a.baselineValue()), year, value, goal);
            case PROGRESS -> msg(key, String.valueOf(a.baselineYear()), measured(t, a.baselineValue()),
                    measured(t, a.goal()), String.valueOf(t.getTargetYear()), year, expectedOf(t, a, a.expected()), value,
                    VietnameseNumbers.format(a.progressPercent(), 1));
        };
    }

    /**
     * @param t      a target
     * @param change the change of its value on the previous year (may be null)
     * @return "tăng 2,5 điểm %", "giảm 120 lượt lao động/năm", "không đổi"; empty for null
     */
    public String change(Target t, BigDecimal change) {
        if (change == null) {
            return "";
        }
        if (change.signum() == 0) {
            return msg("change.same");
        }
        return msg(change.signum() > 0 ? "change.up" : "change.down", difference(t, change.abs()));
    }

    /**
     * A recorded number with the target's decimals, or more when the stored value is more precise, so that
     * 2,03 is never shown as 2,0 beside a "dưới 2%" target.
     */
    private static String recorded(Target t, BigDecimal v) {
        return VietnameseNumbers.format(v, Math.min(4, Math.max(t.getDecimals(), v.stripTrailingZeros().scale())));
    }

    private String difference(Target t, BigDecimal diff) {
        String n = recorded(t, diff);
        if (t.getValueType() == ValueType.PERCENT) {
            return n + " " + msg("unit.percentPoint");
        }
        return t.getMeasureUnit() == null || t.getValueType() == ValueType.LEVEL ? n : n + " " + t.getMeasureUnit();
    }

    private String amount(Target t, BigDecimal value, BigDecimal... others) {
        String n = others.length == 0 ? VietnameseNumbers.formatCompact(value) : compact(value, others[0]);
        return withUnit(t, n);
    }

    private static String withUnit(Target t, String n) {
        if (t.getMeasureUnit() == null || t.getValueType() == ValueType.LEVEL) {
            return n;
        }
        return "%".equals(t.getMeasureUnit()) ? n + "%" : n + " " + t.getMeasureUnit();
    }

    /** Formats {@code a} with as many decimals as the more precise of {@code a} and {@code b} needs (2,0 beside 2,1). */
    private static String compact(BigDecimal a, BigDecimal b) {
        int scale = Math.max(0, Math.max(a.stripTrailingZeros().scale(), b.stripTrailingZeros().scale()));
        return VietnameseNumbers.format(a, scale);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
