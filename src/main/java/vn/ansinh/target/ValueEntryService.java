package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Records indicator values. Who may enter: ADMIN and DISTRICT_STAFF for every target; a DEPARTMENT_OFFICER for
 * the targets their unit is responsible for; nobody else (ward officials report through the ward report).
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

    ValueEntryService(IndicatorValueRepository values, IndicatorValueChangeRepository changes, OrgUnitService units,
                      TargetTexts texts, Clock clock) {
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
        return user.getRole() == Role.DEPARTMENT_OFFICER && target.getResponsibleUnit() != null
                && Objects.equals(target.getResponsibleUnit().getId(), user.getOrgUnitId());
    }

    /**
     * @param target a target
     * @param year   a year of its plan
     * @return the territories values can be entered for that year: the plan's district first, then its wards
     */
    @Transactional(readOnly = true)
    public List<OrgUnit> unitsFor(Target target, int year) {
        return units.territoriesIn(target.getPlan().getIssuingUnit().getId(), year);
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

    /** @return today's date in Vietnam (Asia/Ho_Chi_Minh) */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Stores a value and appends its history line.
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
        Optional<IndicatorValue> existing = values.findOne(target.getId(), input.orgUnitId(), input.year());
        IndicatorValue value;
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
        return value;
    }
}
