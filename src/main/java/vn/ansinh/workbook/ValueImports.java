package vn.ansinh.workbook;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.target.IndicatorValue;
import vn.ansinh.target.Target;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.target.ValueForm;
import vn.ansinh.target.ValueInput;
import vn.ansinh.user.CurrentUser;

/**
 * Imports indicator values from the app's template in two steps. {@link #preview} reads the file, checks every line
 * with the value entry form's own rules ({@link LineVerdicts}, {@link ValueEntryService#check}) and stores the
 * verdicts in PostgreSQL (V015) without touching any value. {@link #confirm} saves the accepted lines through
 * {@link ValueEntryService#save} (permissions and history apply), once: the import row is locked and marked saved in
 * the same transaction, so a second confirmation saves nothing.
 */
@Service
public class ValueImports {

    private final ValueImportRepository imports;
    private final ValueImportRowRepository rows;
    private final PlanService plans;
    private final OrgUnitService units;
    private final TargetService targets;
    private final ValueEntryService entry;
    private final LineVerdicts lines;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditLog audit;

    ValueImports(ValueImportRepository imports, ValueImportRowRepository rows, PlanService plans, OrgUnitService units,
                 TargetService targets, ValueEntryService entry, LineVerdicts lines, MessageSource messages, Clock clock,
                 AuditLog audit) {
        this.audit = audit;
        this.imports = imports;
        this.rows = rows;
        this.plans = plans;
        this.units = units;
        this.targets = targets;
        this.entry = entry;
        this.lines = lines;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param planId a plan
     * @param unitId the district or a ward valid in {@code year}
     * @param year   a year of the plan
     * @return the template's .xlsx bytes: for a ward its ward-level targets, for the district every target with a number
     * @throws NotFoundException when the unit is not a territory of the plan's district in that year
     */
    @Transactional(readOnly = true)
    public byte[] template(long planId, long unitId, int year) {
        Plan plan = plans.get(planId);
        OrgUnit unit = territory(plan, unitId, year);
        return ValuesTemplate.write(messages, plan, unit, year, lines.reportable(plan, unit));
    }

    /**
     * Reads an upload and stores its preview; nothing is saved to the values.
     *
     * @param user     who uploads (the checks use their rights)
     * @param planId   the plan chosen on the page
     * @param unitId   the unit chosen
     * @param year     the year chosen
     * @param fileName the uploaded file's name
     * @param bytes    its content
     * @return the id of the stored preview
     * @throws WorkbookFileException when the file is not a template of that plan, unit and year, or cannot be read
     * @throws NotFoundException     when the unit is not a territory of the plan's district in that year
     */
    @Transactional
    public long preview(CurrentUser user, long planId, long unitId, int year, String fileName, byte[] bytes) {
        Plan plan = plans.get(planId);
        OrgUnit unit = territory(plan, unitId, year);
        TemplateReader.Content content = TemplateReader.read(bytes);
        if (!plan.getCode().equals(content.planCode()) || !String.valueOf(unitId).equals(content.unitId())
                || !String.valueOf(year).equals(content.year())) {
            throw new WorkbookFileException("workbook.error.otherTemplate", describe(content), unit.getName(),
                    String.valueOf(year), plan.getCode());
        }
        ValueImport job = imports.save(new ValueImport(planId, unitId, year,
                fileName == null || fileName.isBlank() ? "-" : fileName.strip(), content.lines().size(),
                user.getUsername(), clock.instant()));
        List<ValueImportRow> judged = rows.saveAll(lines.judge(user, job, plan, unit, content.lines()));
        imports.flush();
        audit.record(user.getUsername(), "value_import", job.getId(), "import.preview", null, AuditLog.fields("plan",
                plan.getCode(), "unit", unit.getName(), "year", year, "fileName", job.getFileName(), "lines", judged.size(),
                "accepted", judged.stream().filter(r -> r.getVerdict() == ValueImportRow.Verdict.ACCEPTED).count()));
        return job.getId();
    }

    /**
     * @param id an import
     * @return its preview: the import, its plan and unit, and its lines in sheet order
     * @throws NotFoundException when there is no such import
     */
    @Transactional(readOnly = true)
    public Preview get(long id) {
        ValueImport job = imports.findById(id).orElseThrow(() -> new NotFoundException("value import " + id));
        return new Preview(job, plans.get(job.getPlanId()), units.get(job.getOrgUnitId()), rows.findByImportIdOrderByLine(id));
    }

    /**
     * Saves the accepted lines of a preview, once. A line is skipped (counted, not saved) when its value was changed
     * by someone after the preview, or when it no longer passes the entry rules (its target retired, say).
     *
     * @param user who confirms (saves are recorded under their name, with their rights)
     * @param id   the import
     * @return how many lines were saved and skipped, and whether the import had already been saved before
     * @throws NotFoundException when there is no such import
     */
    @Transactional
    public ConfirmResult confirm(CurrentUser user, long id) {
        ValueImport job = imports.findForUpdate(id).orElseThrow(() -> new NotFoundException("value import " + id));
        if (job.getState() == ValueImport.State.SAVED) {
            return new ConfirmResult(0, 0, true);
        }
        int saved = 0;
        int skipped = 0;
        for (ValueImportRow row : rows.findByImportIdOrderByLine(id)) {
            if (row.getVerdict() != ValueImportRow.Verdict.ACCEPTED) {
                continue;
            }
            Target t = targets.get(row.getTargetId());
            Long now = entry.find(t, job.getOrgUnitId(), job.getYear()).map(IndicatorValue::getVersion).orElse(null);
            ValueForm f = LineVerdicts.form(row.sheetLine(), job.getOrgUnitId(), job.getYear(), row.getExistingVersion());
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(f, "form");
            // checked before saving, so that a stale or invalid line is skipped instead of failing the transaction
            ValueInput input = Objects.equals(now, row.getExistingVersion()) && t.getRetiredOn() == null
                    ? entry.check(user, t, f, errors) : null;
            row.confirmed(input != null);
            if (input == null) {
                skipped++;
                continue;
            }
            entry.save(user, t, input);
            saved++;
        }
        job.saved(saved, skipped, user.getUsername(), clock.instant());
        imports.flush();
        // each saved line has its own indicatorValue.save entry
        audit.record(user.getUsername(), "value_import", id, "import.confirm", AuditLog.fields("state", ValueImport.State.PREVIEW),
                AuditLog.fields("state", ValueImport.State.SAVED, "saved", saved, "skipped", skipped));
        return new ConfirmResult(saved, skipped, false);
    }

    private OrgUnit territory(Plan plan, long unitId, int year) {
        return units.territoriesIn(plan.getIssuingUnit().getId(), year).stream()
                .filter(u -> u.getId() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundException("unit " + unitId + " in " + year));
    }

    /** @return "mẫu của Quận Hải An năm 2025 (kế hoạch HAI-AN-2024)" for the identity written in a file */
    private String describe(TemplateReader.Content c) {
        String name = c.unitCode() == null ? "?" : c.unitCode();
        try {
            name = units.get(Long.parseLong(c.unitId())).getName();
        } catch (RuntimeException e) {
            // an unknown or damaged unit id: show the code written in the file
        }
        return lines.msg("workbook.error.templateOf", name, c.year() == null ? "?" : c.year(),
                c.planCode() == null ? "?" : c.planCode());
    }

    /**
     * @param job   the import
     * @param plan  its plan
     * @param unit  its unit
     * @param lines its lines in sheet order
     */
    public record Preview(ValueImport job, Plan plan, OrgUnit unit, List<ValueImportRow> lines) {

        /**
         * @param verdict a verdict name ({@code ACCEPTED}, {@code REJECTED}, {@code EMPTY})
         * @return how many lines have it
         */
        public long count(String verdict) {
            return lines.stream().filter(l -> l.getVerdict().name().equals(verdict)).count();
        }
    }

    /**
     * @param saved        lines saved now
     * @param skipped      accepted lines not saved (changed by someone after the preview, or no longer valid)
     * @param alreadySaved whether the import had been confirmed before (nothing was saved this time)
     */
    public record ConfirmResult(int saved, int skipped, boolean alreadySaved) {
    }
}
