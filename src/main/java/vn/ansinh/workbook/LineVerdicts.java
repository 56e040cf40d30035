package vn.ansinh.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.plan.Plan;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.target.IndicatorValue;
import vn.ansinh.target.Target;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.TargetTexts;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.target.ValueForm;
import vn.ansinh.target.ValueInput;
import vn.ansinh.user.CurrentUser;

/**
 * Decides what happens to each line of an uploaded template: rejected (no code, unknown code, a target the unit
 * does not report, a code repeated, or any rule of the value entry form, checked by
 * {@link ValueEntryService#check}), empty (nothing to import), or accepted (with what will be stored and what it
 * replaces). Reasons are Vietnamese sentences from the bundle.
 */
@Component
class LineVerdicts {

    private final TargetService targets;
    private final ValueEntryService entry;
    private final TargetTexts texts;
    private final MessageSource messages;

    LineVerdicts(TargetService targets, ValueEntryService entry, TargetTexts texts, MessageSource messages) {
        this.targets = targets;
        this.entry = entry;
        this.texts = texts;
        this.messages = messages;
    }

    /**
     * @return the targets the unit reports, in the plan's order: for a ward its ward-level targets, for the district
     * every active target with a number (not milestones or qualitative targets)
     */
    List<Target> reportable(Plan plan, OrgUnit unit) {
        if (unit.getKind() == OrgUnitKind.WARD) {
            return targets.wardLevel(plan);
        }
        return targets.active(plan).stream().filter(t -> t.getKind().isNumeric()).toList();
    }

    /** @return one verdict per line, in order; {@code job}'s processed count follows the lines judged */
    List<ValueImportRow> judge(CurrentUser user, ValueImport job, Plan plan, OrgUnit unit, List<SheetLine> lines) {
        Map<String, Target> byCode = new HashMap<>();
        targets.active(plan).forEach(t -> byCode.put(t.getCode().toUpperCase(), t));
        Set<Long> allowed = new HashSet<>();
        reportable(plan, unit).forEach(t -> allowed.add(t.getId()));
        Set<Long> seen = new HashSet<>();
        List<ValueImportRow> verdicts = new ArrayList<>();
        for (SheetLine line : lines) {
            Target t = line.code() == null ? null : byCode.get(line.code().toUpperCase());
            if (line.code() == null) {
                verdicts.add(rejected(job, line, null, msg("workbook.row.noCode")));
            } else if (t == null) {
                verdicts.add(rejected(job, line, null, msg("workbook.row.unknownCode", line.code(), plan.getCode())));
            } else if (!allowed.contains(t.getId())) {
                verdicts.add(rejected(job, line, t.getId(), msg("workbook.row.notForUnit", t.getCode(), unit.getName())));
            } else if (!seen.add(t.getId())) {
                verdicts.add(rejected(job, line, t.getId(), msg("workbook.row.duplicate", t.getCode())));
            } else if (line.nothingToImport()) {
                verdicts.add(new ValueImportRow(job.getId(), line, t.getId(), ValueImportRow.Verdict.EMPTY,
                        msg("workbook.row.empty"), null));
            } else {
                verdicts.add(check(user, job, line, t));
            }
            job.processed(verdicts.size());
        }
        return verdicts;
    }

    private ValueImportRow check(CurrentUser user, ValueImport job, SheetLine line, Target t) {
        Optional<IndicatorValue> existing = entry.find(t, job.getOrgUnitId(), job.getYear());
        Long version = existing.map(IndicatorValue::getVersion).orElse(null);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(
                form(line, job.getOrgUnitId(), job.getYear(), null), "form");
        ValueInput input = entry.check(user, t, (ValueForm) errors.getTarget(), errors);
        if (input == null) {
            List<String> reasons = new ArrayList<>();
            for (FieldError e : errors.getFieldErrors()) {
                String message = messages.getMessage(e, VietnameseNumbers.VI_VN);
                // the field's name first, unless it is the value or the message already starts with it
                // ("Mẫu số phải lớn hơn 0.")
                String label = "value".equals(e.getField()) ? "" : msg("workbook.field." + e.getField());
                boolean named = label.isEmpty() || message.toLowerCase(VietnameseNumbers.VI_VN)
                        .startsWith(label.toLowerCase(VietnameseNumbers.VI_VN));
                reasons.add(named ? message : label + ": " + message);
            }
            return new ValueImportRow(job.getId(), line, t.getId(), ValueImportRow.Verdict.REJECTED,
                    String.join(" ", reasons), version);
        }
        String value = texts.measured(t, input.value());
        String reason = existing.map(v -> msg("workbook.row.replaces", value, texts.valueWithFraction(t, v)))
                .orElse(msg("workbook.row.new", value));
        return new ValueImportRow(job.getId(), line, t.getId(), ValueImportRow.Verdict.ACCEPTED, reason, version);
    }

    private static ValueImportRow rejected(ValueImport job, SheetLine line, Long targetId, String reason) {
        return new ValueImportRow(job.getId(), line, targetId, ValueImportRow.Verdict.REJECTED, reason, null);
    }

    /** @return the entry form a line stands for: year and unit of the import, the cells as typed */
    static ValueForm form(SheetLine line, long unitId, int year, Long version) {
        ValueForm f = new ValueForm();
        f.setYear(year);
        f.setOrgUnitId(unitId);
        f.setValue(line.value());
        f.setNumerator(line.numerator());
        f.setDenominator(line.denominator());
        f.setSource(line.source());
        f.setVersion(version);
        return f;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
