package vn.ansinh.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.NotFoundException;

/**
 * Reads the units of the administration. Units are data: wards are renamed and merged over time,
 * so lists are always asked for "as in year y".
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    /** Units in Vietnamese alphabetical order of their names (Đ after D, tones ignored first). */
    public static final Comparator<OrgUnit> BY_NAME = Comparator.comparing(OrgUnit::getName,
            java.text.Collator.getInstance(vn.ansinh.shared.VietnameseNumbers.VI_VN));

    private final OrgUnitRepository units;
    private final SuccessionRepository successions;

    private final AuditLog audit;

    OrgUnitService(OrgUnitRepository units, SuccessionRepository successions, AuditLog audit) {
        this.audit = audit;
        this.units = units;
        this.successions = successions;
    }

    /**
     * @param id unit id
     * @return the unit
     * @throws NotFoundException when there is no such unit
     */
    public OrgUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
    }

    /**
     * The territories for which indicator values can be recorded: the district itself first, then its wards,
     * as they existed in {@code year}.
     *
     * @param districtId the district (usually the plan's issuing unit)
     * @param year       the calendar year
     * @return the district followed by its wards (and the wards that succeeded them) valid on at least one day of
     * that year, wards ordered by GSO code
     */
    public List<OrgUnit> territoriesIn(long districtId, int year) {
        return territoriesEver(districtId).stream().filter(u -> u.isValidIn(year)).toList();
    }

    /** @return every unit, current and closed, by code then start date */
    public List<OrgUnit> all() {
        return units.findAll().stream()
                .sorted(Comparator.comparing(OrgUnit::getCode).thenComparing(OrgUnit::getValidFrom)).toList();
    }

    /** @return every unit valid today (no closing date), by name, for choosing a person's unit */
    public List<OrgUnit> allCurrent() {
        return units.findAll().stream().filter(u -> u.getValidTo() == null)
                .sorted(BY_NAME).toList();
    }

    /** @return every unit's name by id */
    public java.util.Map<Long, String> allById() {
        return units.findAll().stream().collect(java.util.stream.Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
    }

    /**
     * @param districtId the district
     * @return the district and every ward it has ever had, with the wards that succeeded them, by GSO code
     */
    public List<OrgUnit> territoriesEver(long districtId) {
        List<OrgUnit> all = new ArrayList<>(units.findTerritoriesUnder(districtId));
        units.findSuccessorWards(districtId).stream().filter(u -> !all.contains(u)).forEach(all::add);
        all.sort(Comparator.comparing((OrgUnit u) -> u.getKind() == OrgUnitKind.WARD).thenComparing(OrgUnit::getCode)
                .thenComparing(OrgUnit::getValidFrom));
        return all;
    }

    /**
     * The wards of a district's area as they were on a day: its own wards then valid, and the wards that succeeded
     * them (after 1/7/2025, Phường Đông Hải and Phường Hải An). A reporting cycle expects a report from each.
     *
     * @param districtId the district
     * @param day        the day (a cycle's deadline)
     * @return the wards valid on that day, by GSO code
     */
    public List<OrgUnit> wardsOn(long districtId, LocalDate day) {
        return territoriesEver(districtId).stream()
                .filter(u -> u.getKind() == OrgUnitKind.WARD && u.isValidOn(day)).toList();
    }

    /**
     * Replaces units from a date: the old ones are closed the day before {@code from}, the new ones open on it, and a
     * succession is recorded from each old unit to each new one it feeds. Covers a rename (1 → 1), a merger (n → 1)
     * and a split (1 → n); values, reports and tasks keep pointing at the old units.
     *
     * @param username who reorganises (login name, for the audit trail: {@code orgUnit.reorganise} for each new unit,
     *                 {@code orgUnit.close} for each closed one)
     * @param changes each new unit with the old units it takes over and a note per old unit on the share
     * @param from    the first day of the new units
     * @param kind    rename, merge or split (for the record)
     * @return the new units
     * @throws IllegalArgumentException when an old unit is not valid on the day before {@code from}
     */
    @Transactional
    public List<OrgUnit> reorganise(String username, List<NewUnit> changes, LocalDate from, Succession.Kind kind) {
        List<OrgUnit> created = new ArrayList<>();
        java.util.Set<OrgUnit> closed = new java.util.LinkedHashSet<>();
        for (NewUnit change : changes) {
            OrgUnit parent = change.parentId() == null ? null : get(change.parentId());
            OrgUnit unit = units.saveAndFlush(new OrgUnit(change.code(), change.name(), change.kind(), parent, from));
            created.add(unit);
            java.util.Map<String, Object> takesOver = new java.util.LinkedHashMap<>();
            change.takesOver().forEach((oldId, note) -> {
                OrgUnit old = get(oldId);
                if (!old.isValidOn(from.minusDays(1))) {
                    throw new IllegalArgumentException("unit " + old.getCode() + " is not valid before " + from);
                }
                closed.add(old);
                successions.save(new Succession(old, unit, from, kind, note));
                takesOver.put(old.getName(), note == null ? "" : note);
            });
            audit.record(username, "org_unit", unit.getId(), "orgUnit.reorganise", null, AuditLog.fields("code", change.code(),
                    "name", change.name(), "unitKind", change.kind(), "parent", parent == null ? null : parent.getName(),
                    "validFrom", from, "change", kind, "takesOver", takesOver));
        }
        closed.forEach(old -> {
            LocalDate before = old.getValidTo();
            old.closeOn(from);
            audit.record(username, "org_unit", old.getId(), "orgUnit.close", AuditLog.fields("validTo", before),
                    AuditLog.fields("validTo", old.getValidTo(), "change", kind));
        });
        units.flush();
        return created;
    }

    /**
     * @param unitIds units
     * @return the successions from or to them
     */
    public List<Succession> successionsOf(List<Long> unitIds) {
        return successions.findTouching(unitIds);
    }

    /**
     * A unit created by {@link #reorganise}.
     *
     * @param code      GSO code (may reuse an old unit's code: units are identified by code and start date)
     * @param name      full name
     * @param kind      kind
     * @param parentId  the unit it belongs to (for wards after 2025, the city), or null
     * @param takesOver the old units it takes over, by id, each with a note on the share (null for all of it)
     */
    public record NewUnit(String code, String name, OrgUnitKind kind, Long parentId, java.util.Map<Long, String> takesOver) {
    }
}
