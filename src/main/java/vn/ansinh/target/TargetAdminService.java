package vn.ansinh.target;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Editing targets (ADMIN and DISTRICT_STAFF). A target is never deleted: values may be attached to it, so it is
 * retired with a date and disappears from the tables from then on, its values and history kept.
 */
@Service
public class TargetAdminService {

    private final TargetRepository targets;
    private final OrgUnitService units;
    private final Clock clock;

    private final vn.ansinh.audit.AuditLog audit;

    TargetAdminService(TargetRepository targets, OrgUnitService units, Clock clock, vn.ansinh.audit.AuditLog audit) {
        this.audit = audit;
        this.targets = targets;
        this.units = units;
        this.clock = clock;
    }

    /**
     * @param user    an administrator or district staff
     * @param id      the target
     * @param edit    the validated fields
     * @param version the version the form was opened at
     * @return the changed target
     * @throws ObjectOptimisticLockingFailureException when someone changed it since
     */
    @Transactional
    public Target update(CurrentUser user, long id, TargetEdit edit, long version) {
        require(user);
        Target t = targets.findDetailed(id).orElseThrow(() -> new NotFoundException("target " + id));
        if (t.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Target.class, id);
        }
        java.util.Map<String, Object> before = audited(t);
        t.edit(edit, edit.responsibleUnitId() == null ? null : units.get(edit.responsibleUnitId()));
        Target saved = targets.saveAndFlush(t);
        audit.record(user.getUsername(), "target", id, "target.edit", before, audited(saved));
        return saved;
    }

    /**
     * Adds a target at the end of a plan, aiming at the plan's target year.
     *
     * @param user   an administrator or district staff
     * @param plan   the plan
     * @param target the validated form
     * @return the new target
     * @throws AccessDeniedException for other roles
     * @throws org.springframework.dao.DataIntegrityViolationException when another user took the code meanwhile
     */
    @Transactional
    public Target create(CurrentUser user, vn.ansinh.plan.Plan plan, NewTargetForm.NewTarget target) {
        require(user);
        Long unitId = target.edit().responsibleUnitId();
        Target t = targets.saveAndFlush(new Target(plan, target, targets.findMaxPosition(plan.getId()) + 1,
                unitId == null ? null : units.get(unitId)));
        java.util.Map<String, Object> after = vn.ansinh.audit.AuditLog.fields("plan", plan.getCode(), "code", t.getCode(),
                "valueType", t.getValueType());
        after.putAll(audited(t));
        audit.record(user.getUsername(), "target", t.getId(), "target.create", null, after);
        return t;
    }

    /**
     * @param planId a plan
     * @return the codes its targets use, retired ones included
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> codes(long planId) {
        return targets.findCodes(planId);
    }

    /**
     * @param planId a plan
     * @return the next free code of the form {@code CTnn} (CT40 after CT39), to suggest for a new target
     */
    @Transactional(readOnly = true)
    public String suggestCode(long planId) {
        int max = targets.findCodes(planId).stream().filter(c -> c.matches("CT\\d{1,6}"))
                .mapToInt(c -> Integer.parseInt(c.substring(2))).max().orElse(0);
        return String.format("CT%02d", max + 1);
    }

    /**
     * Retires a target from today (Vietnam time).
     *
     * @param user an administrator or district staff
     * @param id   the target
     */
    @Transactional
    public void retire(CurrentUser user, long id) {
        require(user);
        Target t = targets.findById(id).orElseThrow(() -> new NotFoundException("target " + id));
        LocalDate before = t.getRetiredOn();
        t.retire(LocalDate.now(clock));
        targets.saveAndFlush(t);
        audit.record(user.getUsername(), "target", id, "target.retire", vn.ansinh.audit.AuditLog.fields("retiredOn", before),
                vn.ansinh.audit.AuditLog.fields("retiredOn", t.getRetiredOn()));
    }

    /** The fields an administrator edits ({@link TargetEdit}, the unit by name), for the audit trail. */
    private static java.util.Map<String, Object> audited(Target t) {
        return vn.ansinh.audit.AuditLog.fields("statement", t.getStatement(), "indicatorName", t.getIndicatorName(),
                "measureUnit", t.getMeasureUnit(), "area", t.getArea(), "kind", t.getKind(), "targetValue", t.getTargetValue(),
                "targetValueMax", t.getTargetValueMax(), "maintainDirection", t.getMaintainDirection(),
                "baselineYear", t.getBaselineYear(), "baselineValue", t.getBaselineValue(),
                "responsibleUnit", t.getResponsibleUnit() == null ? null : t.getResponsibleUnit().getName(),
                "dataSource", t.getDataSource(), "decimals", t.getDecimals());
    }

    private static void require(CurrentUser user) {
        if (!user.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF)) {
            throw new AccessDeniedException("target administration");
        }
    }
}
