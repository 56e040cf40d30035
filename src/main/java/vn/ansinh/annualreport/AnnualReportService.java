package vn.ansinh.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.plan.Plan;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.user.CurrentUser;

/**
 * The district's annual report on a plan: the text staff write (one draft per plan and year, guarded by a version)
 * and the Word file made from it and the year's figures ({@link ReportFactsReader}, {@link AnnualReportDocx}).
 * Access is by URL: {@code /admin/**} is for ADMIN and DISTRICT_STAFF only.
 */
@Service
public class AnnualReportService {

    private final AnnualReportDraftRepository drafts;
    private final ReportFactsReader facts;
    private final MessageSource messages;
    private final Clock clock;

    private final vn.ansinh.orgunit.OrgUnitService units;
    private final vn.ansinh.audit.AuditLog audit;

    AnnualReportService(AnnualReportDraftRepository drafts, ReportFactsReader facts, MessageSource messages, Clock clock,
                        vn.ansinh.orgunit.OrgUnitService units, vn.ansinh.audit.AuditLog audit) {
        this.audit = audit;
        this.units = units;
        this.drafts = drafts;
        this.facts = facts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The text to show or print, and whether and when it was saved. */
    public record Draft(DraftText text, Long version, String updatedBy, Instant updatedAt) {
        /** @return whether the draft was saved (a version exists), not the suggested defaults */
        public boolean saved() {
            return version != null;
        }
    }

    /**
     * @param plan a plan
     * @return the years a report can be written for: from the base year to the target year, not after this year
     */
    List<Integer> years(Plan plan) {
        int last = Math.min(plan.getTargetYear(), LocalDate.now(clock).getYear());
        return IntStream.rangeClosed(plan.getBaseYear(), last).boxed().toList();
    }

    /**
     * @param plan a plan (with its issuing unit)
     * @param year a year of {@link #years}
     * @return the saved draft, or the defaults (from the plan and its issuing unit) with a null version
     */
    @Transactional(readOnly = true)
    Draft load(Plan plan, int year) {
        return drafts.findByPlanIdAndYear(plan.getId(), year)
                .map(d -> new Draft(d.text(), d.getVersion(), d.getUpdatedBy(), d.getUpdatedAt()))
                .orElseGet(() -> new Draft(defaults(plan, year), null, null, null));
    }

    /**
     * Saves the text of a plan's report for a year.
     *
     * @param user    who saves
     * @param plan    the plan
     * @param year    the year
     * @param text    the checked text
     * @param version the version the form was opened at, null when there was no draft yet; a text equal to the stored
     *                one changes nothing
     * @throws ObjectOptimisticLockingFailureException when someone saved it since (or created it meanwhile)
     */
    @Transactional
    void save(CurrentUser user, Plan plan, int year, DraftText text, Long version) {
        AnnualReportDraft d = drafts.findByPlanIdAndYear(plan.getId(), year).orElse(null);
        Long stored = d == null ? null : d.getVersion();
        if (!Objects.equals(stored, version)) {
            throw new ObjectOptimisticLockingFailureException(AnnualReportDraft.class, plan.getId() + "/" + year);
        }
        if (d != null && d.text().equals(text)) {
            // saved again unchanged (e.g. "Lưu và tải" only to download): no new version, no audit entry
            return;
        }
        java.util.Map<String, Object> before = d == null ? null : vn.ansinh.audit.AuditLog.fieldsOf(d.text());
        if (d == null) {
            d = new AnnualReportDraft(plan.getId(), year);
        }
        d.write(text, user.getUsername(), clock.instant());
        try {
            d = drafts.saveAndFlush(d);
        } catch (DataIntegrityViolationException e) {
            throw new ObjectOptimisticLockingFailureException(AnnualReportDraft.class, plan.getId() + "/" + year);
        }
        java.util.Map<String, Object> after = vn.ansinh.audit.AuditLog.fields("plan", plan.getCode(), "year", year);
        after.putAll(vn.ansinh.audit.AuditLog.fieldsOf(text));
        audit.record(user.getUsername(), "annual_report_draft", plan.getId() + "/" + year, "annualReport.save", before, after);
    }

    /**
     * @param plan a plan (with its issuing unit)
     * @param year a year
     * @return the .docx file of the year's report, from the saved draft or the defaults
     */
    @Transactional(readOnly = true)
    byte[] docx(Plan plan, int year) {
        // the plan may come from outside this transaction: read its unit and the unit's parent afresh
        OrgUnit unit = units.get(plan.getIssuingUnit().getId());
        var text = load(plan, year).text();
        return AnnualReportDocx.write(new AnnualReportDocx.Input(unit.getName(), unit.getNameInSentence(), year,
                text, facts.read(plan, year, text.date())), messages);
    }

    /**
     * @param plan a plan (with its issuing unit)
     * @param year a year
     * @param date the report's date (wards' timeliness is counted to it), null for now
     * @return the figures the year's report will print, as the Word file prints them
     */
    @Transactional(readOnly = true)
    ReportFacts facts(Plan plan, int year, java.time.LocalDate date) {
        return facts.read(plan, year, date);
    }

    /**
     * @param year the year
     * @return the download's name, {@code Báo cáo kết quả thực hiện kế hoạch năm 2026.docx}
     */
    String fileName(int year) {
        return msg("annualReport.fileName", "" + year) + ".docx";
    }

    private DraftText defaults(Plan plan, int year) {
        // the plan may come from outside this transaction: read its unit and the unit's parent afresh
        OrgUnit unit = units.get(plan.getIssuingUnit().getId());
        // a unit named with a number is written in full: "Phường Đông Hải 1, ngày …" (Nghị định 30/2020/NĐ-CP)
        String place = unit.getDisplayName().matches(".*\\d$") ? unit.getName() : unit.getDisplayName();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today.getYear() == year || today.getYear() == year + 1 ? today : null;
        String planName = plan.getSummary() != null && plan.getSummary().length() < 400 ? plan.getSummary()
                : msg("annualReport.default.plan", plan.getCode());
        OrgUnit parent = unit.getParent() == null ? null : units.get(unit.getParent().getId());
        String recipients = (parent == null ? "" : msg("annualReport.default.parent", parent.getNameInSentence()) + "\n")
                + msg("annualReport.default.recipients", unit.getNameInSentence());
        return new DraftText(null, msg("annualReport.default.symbol"), place, date,
                msg("annualReport.default.summary", planName, "" + year), null, null, null, null, null, null, null,
                recipients, plan.getSignerTitle(), plan.getSignerName());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
