package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Records indicator values. Who may enter: ADMIN and DISTRICT_STAFF for every target; a DEPARTMENT_OFFICER for
 * the targets their unit is responsible for; a WARD_OFFICER for the ward-level targets, for their own ward only,
 * until the district has accepted that year's ward report; LEADER never.
 * A value changed by someone else since the form was opened is never overwritten silently: the save fails with
 * {@link StaleValueException}. Every save appends a line to the value's history.
 */
@Service
public class ValueEntryService {

    private final IndicatorValueRepository values;
    private final IndicatorValueChangeRepository changes;
    private final OrgUnitService units;
    private final TargetTexts texts;
    private final Clock clock;
    private final List<WardValueLock> locks;
    private final AuditLog audit;

    ValueEntryService(IndicatorValueRepository values, IndicatorValueChangeRepository changes, OrgUnitService units,
                      TargetTexts texts, Clock clock, List<WardValueLock> locks, AuditLog audit) {
        this.audit = audit;
        this.locks = locks;
        this.values = values;
        this.changes = changes;
        this.units = units;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * @param user   the logged-in user
     * @param target a target
     * @return whether the user may enter values of that target
     */
    public boolean canEnter(CurrentUser user, Target target) {
        if (user.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF)) {
            return true;
        }
        if (user.getRole() == Role.WARD_OFFICER) {
            return target.isWardLevel() && user.getOrgUnitId() != null;
        }
        return user.getRole() == Role.DEPARTMENT_OFFICER && target.getResponsibleUnit() != null
                && Objects.equals(target.getResponsibleUnit().getId(), user.getOrgUnitId());
    }

    /**
     * @param user   who enters
     * @param target a target
     * @param year   a year
     * @return whether the user is a ward officer whose ward's report of that year has been submitted or accepted,
     * so its values can no longer be changed by the ward
     */
    public boolean lockedForWard(CurrentUser user, Target target, int year) {
        return user.getRole() == Role.WARD_OFFICER && user.getOrgUnitId() != null
                && locks.stream().anyMatch(l -> l.isLocked(target.getPlan().getId(), user.getOrgUnitId(), year));
    }

    /**
     * @param user   who enters
     * @param target a target
     * @param year   a year of its plan
     * @return the territories the user may enter values for that year: the plan's district first, then its wards;
     * for a ward officer only their own ward
     */
    @Transactional(readOnly = true)
    public List<OrgUnit> unitsFor(CurrentUser user, Target target, int year) {
        List<OrgUnit> all = units.territoriesIn(target.getPlan().getIssuingUnit().getId(), year);
        if (user.getRole() == Role.WARD_OFFICER) {
            return all.stream().filter(u -> u.getId().equals(user.getOrgUnitId())).toList();
        }
        return all;
    }

    /**
     * @param planId a plan
     * @param wardId a ward
     * @param year   a year
     * @return the ward's values of the plan's ward-level targets for that year
     */
    @Transactional(readOnly = true)
    public List<IndicatorValue> wardValues(long planId, long wardId, int year) {
        return values.findWardValues(planId, wardId, year);
    }

    /**
     * Marks a ward's values of a year as confirmed: the district accepted its report, so they count in district
     * figures, and the ward can no longer change them.
     *
     * @param planId the plan
     * @param wardId the ward
     * @param year   the report year
     * @return how many values were confirmed
     */
    @Transactional
    public int confirmWardValues(long planId, long wardId, int year) {
        List<IndicatorValue> list = values.findWardValues(planId, wardId, year);
        list.forEach(v -> v.confirm(clock.instant()));
        return list.size();
    }

    /**
     * Undoes {@link #confirmWardValues}: the ward's report was reopened, so its values stop counting until the
     * district accepts it again.
     *
     * @param planId the plan
     * @param wardId the ward
     * @param year   the report year
     */
    @Transactional
    public void unconfirmWardValues(long planId, long wardId, int year) {
        values.findWardValues(planId, wardId, year).forEach(v -> v.confirm(null));
    }

    /**
     * @param target a ward-level target
     * @return the district figure of each year combined from confirmed ward values (counts summed, rates from summed
     * numerators and denominators), by year
     */
    @Transactional(readOnly = true)
    public SortedMap<Integer, WardAggregate> wardAggregates(Target target) {
        SortedMap<Integer, WardAggregate> result = new TreeMap<>();
        values.findConfirmedWardValues(target.getId()).stream()
                .collect(Collectors.groupingBy(IndicatorValue::getYear))
                .forEach((year, list) -> result.put(year, WardAggregate.combine(target, list)));
        return result;
    }

    /**
     * @param target a target
     * @param unitId unit
     * @param year   year
     * @return the stored value, if any
     */
    @Transactional(readOnly = true)
    public Optional<IndicatorValue> find(Target target, long unitId, int year) {
        return values.findOne(target.getId(), unitId, year);
    }

    /**
     * Checks typed text exactly as the value entry form does ({@link ValueFormParser}: vi-VN numbers, percent
     * 0–100, whole counts, levels 1–3, plausible range, numerator and denominator, year within the plan and not in
     * the future, unit one of the territories the user may enter for that year). Used by the spreadsheet import
     * so that a file and the form accept the same numbers.
     *
     * @param user   who enters
     * @param target the target
     * @param form   the text to check (year and unit set; value, numerator, denominator, source as typed)
     * @param errors receives one error per bad field, with the form's message keys ({@code value.*},
     *               {@code number.*}) and arguments
     * @return the parsed input ready for {@link #save}, or null when {@code errors} has errors
     */
    @Transactional(readOnly = true)
    public ValueInput check(CurrentUser user, Target target, ValueForm form, org.springframework.validation.Errors errors) {
        int year = form.getYear() == null ? target.getPlan().getBaseYear() : form.getYear();
        return ValueFormParser.parse(form, target, target.getPlan(), unitsFor(user, target, year), today(), errors);
    }

    /** @return today's date in Vietnam (Asia/Ho_Chi_Minh) */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fields of a value the entry form sets, for the audit trail. */
    private static Map<String, Object> audited(IndicatorValue v) {
        return AuditLog.fields("value", v.getValue(), "numerator", v.getNumerator(), "denominator", v.getDenominator(),
                "achievedOn", v.getAchievedOn(), "assessment", v.getAssessment(), "narrative", v.getNarrative(),
                "source", v.getSource(), "comment", v.getComment());
    }

    /**
     * Stores a value, appends its history line and an audit entry ({@code indicatorValue.save}).
     *
     * @param user   who saves
     * @param target the target
     * @param input  the parsed and validated input
     * @return the stored value
     * @throws AccessDeniedException when the user may not enter values of the target
     * @throws StaleValueException   when the value was created or changed since the user's form was opened
     *                               (the form's version differs from the stored one)
     */
    @Transactional
    public IndicatorValue save(CurrentUser user, Target target, ValueInput input) {
        if (!canEnter(user, target)) {
            throw new AccessDeniedException("user " + user.getUsername() + " may not enter values of " + target.getCode());
        }
        if (user.getRole() == Role.WARD_OFFICER && !Objects.equals(user.getOrgUnitId(), input.orgUnitId())) {
            throw new AccessDeniedException("ward officer " + user.getUsername() + " enters only their own ward");
        }
        Optional<IndicatorValue> existing = values.findOne(target.getId(), input.orgUnitId(), input.year());
        if (lockedForWard(user, target, input.year())) {
            throw new AccessDeniedException("the ward's report of " + input.year() + " is submitted");
        }
        IndicatorValue value;
        Map<String, Object> before = existing.map(ValueEntryService::audited).orElse(null);
        String oldText = null;
        String oldNarrative = null;
        BigDecimal oldNumber = null;
        if (existing.isPresent()) {
            value = existing.get();
            if (input.version() == null || input.version() != value.getVersion()) {
                throw new StaleValueException(value);
            }
            oldText = texts.valueWithFraction(target, value);
            oldNarrative = value.getNarrative();
            oldNumber = value.getValue();
        } else {
            value = new IndicatorValue(target, units.get(input.orgUnitId()), input.year());
        }
        value.apply(input, user.getUsername(), clock.instant());
        value = values.saveAndFlush(value);
        String newText = texts.valueWithFraction(target, value);
        boolean valueChanged = oldText == null || !oldText.equals(newText)
                || (target.getValueType() == ValueType.NONE && !Objects.equals(oldNarrative, value.getNarrative()));
        if (valueChanged) {
            changes.save(new IndicatorValueChange(value.getId(), oldNumber, value.getValue(), oldText, newText,
                    user.getUsername(), clock.instant()));
        }
        Map<String, Object> after = AuditLog.fields("target", target.getCode(), "unit", value.getOrgUnit().getName(),
                "year", value.getYear());
        after.putAll(audited(value));
        audit.record(user.getUsername(), "indicator_value", value.getId(), "indicatorValue.save", before, after);
        return value;
    }
}
