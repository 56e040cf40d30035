package vn.ansinh.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;

import org.springframework.validation.Errors;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.plan.Plan;
import vn.ansinh.shared.NumberTextException;
import vn.ansinh.shared.TypedText;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * Checks a value entry form against the target's rules and turns it into a {@link ValueInput}.
 * Each problem becomes a Vietnamese message on its field (keys {@code value.*}, {@code number.*}); the form
 * keeps the typed text. Rules:
 * <ul>
 * <li>year within the plan's years (2024–2030 for Hải An) and not after the current year; unit one of the
 * territories valid in that year;</li>
 * <li>numbers in vi-VN notation ({@link VietnameseNumbers#parse}); at most 4 fraction digits;</li>
 * <li>percent 0–100; counts whole and ≥ 0; rates and measures ≥ 0; levels whole, 1–3; within the target's
 * plausible range when one is set (fertility 0,5–10, so "2.050" is caught);</li>
 * <li>numerator and denominator together or not at all, denominator &gt; 0, numerator ≤ denominator for
 * percents and rates; the value is computed from them when left blank, and must agree with them when typed;</li>
 * <li>milestone done: the date (dd/MM/yyyy) is required, not in the future, not after the entry year;</li>
 * <li>qualitative: an assessment and a narrative are required.</li>
 * </ul>
 */
final class ValueFormParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_SCALE = 4;
    /** Values are stored as numeric(18, 4): at most 14 digits before the decimal mark. */
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    private ValueFormParser() {
    }

    /**
     * @param form      the posted form
     * @param target    the target
     * @param plan      its plan (years)
     * @param units     the territories allowed for the form's year
     * @param today     today's date in Vietnam
     * @param errors    receives one error per bad field
     * @return the parsed input, or null when {@code errors} has errors
     */
    static ValueInput parse(ValueForm form, Target target, Plan plan, Collection<OrgUnit> units, LocalDate today,
                            Errors errors) {
        Integer year = form.getYear();
        if (year == null || !plan.coversYear(year)) {
            errors.rejectValue("year", "value.yearOutOfPlan", new Object[]{String.valueOf(plan.getBaseYear()), String.valueOf(plan.getTargetYear())}, null);
        } else if (year > today.getYear()) {
            errors.rejectValue("year", "value.yearInFuture", new Object[]{String.valueOf(year)}, null);
        }
        if (form.getOrgUnitId() == null || units.stream().noneMatch(u -> u.getId().equals(form.getOrgUnitId()))) {
            if (units.size() == 1) {
                // a ward officer (or a unit with one territory): name the one unit they may enter for
                errors.rejectValue("orgUnitId", "value.unitOnly", new Object[]{units.iterator().next().getName()}, null);
            } else {
                errors.rejectValue("orgUnitId", "value.unitNotAllowed");
            }
        }
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        LocalDate achievedOn = null;
        switch (target.getValueType()) {
            case NONE -> {
                if (form.getAssessment() == null) {
                    errors.rejectValue("assessment", "value.assessmentRequired");
                }
                if (blank(form.getNarrative())) {
                    errors.rejectValue("narrative", "value.narrativeRequired");
                }
            }
            case MILESTONE -> {
                value = form.isAchieved() ? BigDecimal.ONE : BigDecimal.ZERO;
                if (form.isAchieved()) {
                    achievedOn = date(form.getAchievedOn(), year, today, errors);
                }
            }
            default -> {
                numerator = number(form.getNumerator(), "numerator", errors, false);
                denominator = number(form.getDenominator(), "denominator", errors, false);
                value = number(form.getValue(), "value", errors, false);
                BigDecimal computed = fraction(target, numerator, denominator, form, errors);
                if (computed != null) {
                    BigDecimal rounded = computed.setScale(target.getDecimals(), RoundingMode.HALF_UP);
                    if (value == null && !errors.hasFieldErrors("value")) {
                        value = rounded;
                    } else if (value != null && value.setScale(target.getDecimals(), RoundingMode.HALF_UP).compareTo(rounded) != 0) {
                        errors.rejectValue("value", "value.mismatch",
                                new Object[]{VietnameseNumbers.format(rounded, target.getDecimals())}, null);
                    }
                }
                if (value == null && !errors.hasFieldErrors("value") && !errors.hasFieldErrors("numerator")
                        && !errors.hasFieldErrors("denominator")) {
                    errors.rejectValue("value", "number.required");
                }
                if (value != null && !errors.hasFieldErrors("value")) {
                    checkRange(target, value, errors);
                }
                if (value != null && !errors.hasFieldErrors("value")) {
                    checkPlausible(target, value, errors);
                }
            }
        }
        if (form.getSource() != null && form.getSource().length() > 300) {
            errors.rejectValue("source", "value.tooLong", new Object[]{300}, null);
        }
        if (form.getComment() != null && form.getComment().length() > 2000) {
            errors.rejectValue("comment", "value.tooLong", new Object[]{2000}, null);
        }
        if (form.getNarrative() != null && form.getNarrative().length() > 4000) {
            errors.rejectValue("narrative", "value.tooLong", new Object[]{4000}, null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ValueInput(year, form.getOrgUnitId(), value, numerator, denominator, achievedOn,
                target.getValueType() == ValueType.NONE ? form.getAssessment() : null,
                trimToNull(form.getNarrative()), trimToNull(form.getSource()), trimToNull(form.getComment()),
                form.getVersion());
    }

    private static BigDecimal fraction(Target target, BigDecimal numerator, BigDecimal denominator, ValueForm form,
                                       Errors errors) {
        boolean hasNumerator = !blank(form.getNumerator());
        boolean hasDenominator = !blank(form.getDenominator());
        if (!hasNumerator && !hasDenominator) {
            return null;
        }
        BigDecimal multiplier = switch (target.getValueType()) {
            case PERCENT -> HUNDRED;
            case RATE -> target.getRateMultiplier();
            default -> null;
        };
        if (multiplier == null) {
            errors.rejectValue("numerator", "value.fractionNotApplicable");
            return null;
        }
        if (hasNumerator != hasDenominator) {
            errors.rejectValue(hasNumerator ? "denominator" : "numerator", "value.fractionIncomplete");
            return null;
        }
        if (numerator == null || denominator == null) {
            return null;
        }
        if (denominator.signum() <= 0) {
            errors.rejectValue("denominator", "value.denominatorPositive");
            return null;
        }
        if (numerator.signum() < 0) {
            errors.rejectValue("numerator", "value.negative");
            return null;
        }
        if (numerator.compareTo(denominator) > 0) {
            errors.rejectValue("numerator", "value.numeratorExceeds");
            return null;
        }
        return numerator.multiply(multiplier).divide(denominator, MathContext.DECIMAL64);
    }

    private static void checkRange(Target target, BigDecimal value, Errors errors) {
        String shown = VietnameseNumbers.formatCompact(value);
        switch (target.getValueType()) {
            case PERCENT -> {
                if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                    errors.rejectValue("value", "value.percentRange", new Object[]{shown}, null);
                }
            }
            case COUNT -> {
                if (value.signum() < 0) {
                    errors.rejectValue("value", "value.negative");
                } else if (value.stripTrailingZeros().scale() > 0) {
                    errors.rejectValue("value", "value.wholeNumber", new Object[]{shown}, null);
                }
            }
            case LEVEL -> {
                if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
                        || value.compareTo(BigDecimal.valueOf(3)) > 0) {
                    errors.rejectValue("value", "value.level", new Object[]{shown}, null);
                }
            }
            default -> {
                if (value.signum() < 0) {
                    errors.rejectValue("value", "value.negative");
                }
            }
        }
    }

    private static void checkPlausible(Target target, BigDecimal value, Errors errors) {
        BigDecimal min = target.getPlausibleMin();
        BigDecimal max = target.getPlausibleMax();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            errors.rejectValue("value", "value.implausible", new Object[]{VietnameseNumbers.formatCompact(value),
                    VietnameseNumbers.formatCompact(min == null ? BigDecimal.ZERO : min),
                    max == null ? "" : VietnameseNumbers.formatCompact(max)}, null);
        }
    }

    private static BigDecimal number(String text, String field, Errors errors, boolean required) {
        if (blank(text)) {
            if (required) {
                errors.rejectValue(field, "number.required");
            }
            return null;
        }
        try {
            BigDecimal n = VietnameseNumbers.parse(text);
            if (n.abs().compareTo(LIMIT) >= 0) {
                errors.rejectValue(field, "number.tooLarge");
                return null;
            }
            if (n.stripTrailingZeros().scale() > MAX_SCALE) {
                errors.rejectValue(field, "number.tooManyDecimals", new Object[]{MAX_SCALE}, null);
                return null;
            }
            return n;
        } catch (NumberTextException e) {
            errors.rejectValue(field, e.getMessageKey(), e.getArguments(), null);
            return null;
        }
    }

    private static LocalDate date(String text, Integer year, LocalDate today, Errors errors) {
        if (blank(text)) {
            errors.rejectValue("achievedOn", "value.achievedOnRequired");
            return null;
        }
        LocalDate d;
        try {
            d = Formats.parseDate(text);
        } catch (DateTimeParseException e) {
            errors.rejectValue("achievedOn", "value.dateInvalid", new Object[]{text.strip()}, null);
            return null;
        }
        if (d.isAfter(today)) {
            errors.rejectValue("achievedOn", "value.dateInFuture");
        } else if (year != null && d.getYear() > year) {
            errors.rejectValue("achievedOn", "value.dateAfterYear", new Object[]{String.valueOf(year)}, null);
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return TypedText.clean(s);
    }
}
