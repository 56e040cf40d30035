package vn.ansinh.orgunit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

import vn.ansinh.shared.web.Formats;

/**
 * The form that renames, merges or splits units, as typed: the old units, up to three new units (code and name), their
 * parent, the first day of the new units and a note on the shares. {@link #parse} checks: a rename takes one old unit
 * to one new one, a merger several to one, a split one to several; every new unit has a code and a name; the date is
 * a real date.
 */
public class ReorganiseForm {

    private Succession.Kind kind = Succession.Kind.MERGE;
    private List<Long> oldUnitIds = new ArrayList<>();
    private List<String> newCodes = new ArrayList<>(List.of("", "", ""));
    private List<String> newNames = new ArrayList<>(List.of("", "", ""));
    private Long parentId;
    private String from;
    private String note;

    List<OrgUnitService.NewUnit> parse(OrgUnitService units, Errors errors) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < Math.max(newCodes.size(), newNames.size()); i++) {
            String code = i < newCodes.size() ? newCodes.get(i) : null;
            String name = i < newNames.size() ? newNames.get(i) : null;
            boolean hasCode = code != null && !code.isBlank();
            boolean hasName = name != null && !name.isBlank();
            if (hasCode != hasName) {
                errors.rejectValue("newNames", "unit.error.codeAndName");
            } else if (hasCode) {
                filled.add(i);
            }
        }
        if (oldUnitIds != null) {
            oldUnitIds.removeIf(java.util.Objects::isNull);
        }
        if (kind == null) {
            kind = Succession.Kind.MERGE;
        }
        int olds = oldUnitIds == null ? 0 : oldUnitIds.size();
        boolean shape = switch (kind) {
            case RENAME -> olds == 1 && filled.size() == 1;
            case MERGE -> olds >= 2 && filled.size() == 1;
            case SPLIT -> olds == 1 && filled.size() >= 2;
        };
        if (!shape) {
            errors.rejectValue("kind", "unit.error.shape." + kind);
        }
        if (olds > 0) {
            List<OrgUnit> old = oldUnitIds.stream().map(units::get).toList();
            if (old.stream().map(OrgUnit::getKind).distinct().count() > 1) {
                errors.rejectValue("oldUnitIds", "unit.error.mixedKinds");
            }
            if (old.stream().anyMatch(u -> u.getValidTo() != null)) {
                errors.rejectValue("oldUnitIds", "unit.error.alreadyClosed");
            }
            if (parentId != null) {
                for (OrgUnit p = units.get(parentId); p != null; p = p.getParent()) {
                    if (oldUnitIds.contains(p.getId())) {
                        errors.rejectValue("parentId", "unit.error.parentLoop");
                        break;
                    }
                }
            }
        }
        LocalDate day = null;
        if (from == null || from.isBlank()) {
            errors.rejectValue("from", "cycle.error.dateRequired");
        } else {
            try {
                day = Formats.parseDate(from);
            } catch (DateTimeParseException e) {
                errors.rejectValue("from", "value.dateInvalid", new Object[]{from.strip()}, null);
            }
        }
        if (day != null && !errors.hasErrors()) {
            codesFree(units, filled, day, errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<OrgUnitService.NewUnit> result = new ArrayList<>();
        for (int i : filled) {
            Map<Long, String> takes = new LinkedHashMap<>();
            oldUnitIds.forEach(id -> takes.put(id, note == null || note.isBlank() ? null : note.strip()));
            OrgUnit first = units.get(oldUnitIds.get(0));
            result.add(new OrgUnitService.NewUnit(newCodes.get(i).strip(), newNames.get(i).strip(), first.getKind(),
                    parentId != null ? parentId : first.getParent() == null ? null : first.getParent().getId(), takes));
        }
        return result;
    }

    /**
     * A new unit's code must not be the code of another unit still in force on {@code day} (plan files, workbooks and
     * GSO lists name units by code); only the units being closed may pass their code on, as in a rename. Two new
     * units of a split may not share a code either.
     */
    private void codesFree(OrgUnitService units, List<Integer> filled, LocalDate day, Errors errors) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<OrgUnit> inForce = units.all().stream()
                .filter(u -> u.isValidOn(day) && !oldUnitIds.contains(u.getId())).toList();
        for (int i : filled) {
            String code = newCodes.get(i).strip();
            if (!seen.add(code.toUpperCase(java.util.Locale.ROOT))) {
                errors.rejectValue("newNames", "unit.error.codeRepeated", new Object[]{code}, null);
                return;
            }
            inForce.stream().filter(u -> u.getCode().equalsIgnoreCase(code)).findFirst()
                    .ifPresent(u -> errors.rejectValue("newNames", "unit.error.codeInUse", new Object[]{code, u.getName()}, null));
        }
    }

    LocalDate day() {
        return Formats.parseDate(from);
    }

    public Succession.Kind getKind() {
        return kind;
    }

    public void setKind(Succession.Kind kind) {
        this.kind = kind;
    }

    public List<Long> getOldUnitIds() {
        return oldUnitIds;
    }

    public void setOldUnitIds(List<Long> oldUnitIds) {
        this.oldUnitIds = oldUnitIds;
    }

    public List<String> getNewCodes() {
        return newCodes;
    }

    public void setNewCodes(List<String> newCodes) {
        this.newCodes = newCodes;
    }

    public List<String> getNewNames() {
        return newNames;
    }

    public void setNewNames(List<String> newNames) {
        this.newNames = newNames;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
