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

    TargetAdminService(TargetRepository targets, OrgUnitService units, Clock clock) {
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
        t.edit(edit, edit.responsibleUnitId() == null ? null : units.get(edit.responsibleUnitId()));
        return targets.saveAndFlush(t);
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
        t.retire(LocalDate.now(clock));
        targets.saveAndFlush(t);
    }

    private static void require(CurrentUser user) {
        if (!user.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF)) {
            throw new AccessDeniedException("target administration");
        }
    }
}
