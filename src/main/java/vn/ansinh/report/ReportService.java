package vn.ansinh.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Ward annual reports (plan section V.13): cycles, drafts, submission and review, and completeness.
 * <p>
 * Rules: a ward officer sees and edits only their own ward's reports (another ward's report is "not found");
 * drafts and returned reports are editable, submitted and accepted ones are not; submitting is refused after the
 * cycle's lock date; district staff (and administrators) return a submitted report with a reason or accept it.
 * Every save checks the version the user started from, so two officials never overwrite each other silently.
 * Every state change is kept as a {@link ReportTransition}.
 */
@Service
public class ReportService {

    private final ReportingCycleRepository cycles;
    private final WardReportRepository reports;
    private final ReportTransitionRepository transitions;
    private final PlanService plans;
    private final OrgUnitService units;
    private final CycleChangeRepository cycleChanges;
    private final ValueEntryService values;
    private final ReportScanRepository scans;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditLog audit;

    ReportService(ReportingCycleRepository cycles, WardReportRepository reports, ReportTransitionRepository transitions,
                  PlanService plans, OrgUnitService units, CycleChangeRepository cycleChanges, MessageSource messages,
                  ValueEntryService values, ReportScanRepository scans, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.values = values;
        this.scans = scans;
        this.cycleChanges = cycleChanges;
        this.messages = messages;
        this.cycles = cycles;
        this.reports = reports;
        this.transitions = transitions;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** @return today's date in Vietnam */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param plan a plan
     * @return its cycles, newest year first
     */
    @Transactional(readOnly = true)
    public List<ReportingCycle> cycles(Plan plan) {
        return cycles.findByPlan(plan.getId());
    }

    /**
     * @param id cycle id
     * @return the cycle with its plan
     * @throws NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public ReportingCycle cycle(long id) {
        return cycles.findDetailed(id).orElseThrow(() -> new NotFoundException("cycle " + id));
    }

    /**
     * Opens the cycle of a year with the defaults of the plan's ward reporting rule.
     *
     * @param user district staff or administrator
     * @param plan the plan
     * @param year a year of the plan, not after the current year
     * @return the new cycle
     * @throws AccessDeniedException for other roles
     * @throws ReportException       {@code report.error.yearNotAllowed} or {@code report.error.cycleExists}
     */
    @Transactional
    public ReportingCycle openCycle(CurrentUser user, Plan plan, int year) {
        requireDistrict(user);
        if (!plan.coversYear(year) || year > today().getYear()) {
            throw new ReportException("report.error.yearNotAllowed");
        }
        if (cycles.existsForYear(plan.getId(), year)) {
            throw new ReportException("report.error.cycleExists");
        }
        ReportingCycle cycle = cycles.saveAndFlush(new ReportingCycle(plan, plans.wardReportingRule(plan.getId()), year,
                user.getUsername(), clock.instant()));
        Map<String, Object> after = AuditLog.fields("plan", plan.getCode(), "year", year);
        after.putAll(AuditLog.fieldsOf(cycle.dates()));
        audit.record(user.getUsername(), "reporting_cycle", cycle.getId(), "cycle.open", null, after);
        return cycle;
    }

    /**
     * Changes a cycle's dates and records the change (before, after, reason, who, when).
     *
     * @param user    district staff or administrator
     * @param cycleId the cycle
     * @param dates   the new dates, already checked by {@link CycleForm}
     * @param reason  why (optional)
     * @param version the version the form was opened at
     * @return the changed cycle
     * @throws ObjectOptimisticLockingFailureException when someone changed it since the form was opened
     */
    @Transactional
    public ReportingCycle changeCycle(CurrentUser user, long cycleId, CycleDates dates, String reason, long version) {
        requireDistrict(user);
        ReportingCycle cycle = cycle(cycleId);
        if (cycle.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ReportingCycle.class, cycleId);
        }
        String before = describe(cycle.dates());
        Map<String, Object> beforeFields = AuditLog.fieldsOf(cycle.dates());
        cycle.change(dates);
        cycles.saveAndFlush(cycle);
        String after = describe(dates);
        if (!before.equals(after)) {
            cycleChanges.save(new CycleChange(cycleId, before, after, reason == null || reason.isBlank() ? null : reason.strip(),
                    user.getUsername(), clock.instant()));
        }
        Map<String, Object> afterFields = AuditLog.fieldsOf(cycle.dates());
        afterFields.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        audit.record(user.getUsername(), "reporting_cycle", cycleId, "cycle.change", beforeFields, afterFields);
        return cycle;
    }

    /** What a ward writes in its report, for the audit trail (results by task group, then the assessment parts). */
    private static Map<String, Object> content(WardReport r) {
        return AuditLog.fields("results", new java.util.TreeMap<>(r.getResults()), "strengths", r.getStrengths(),
                "limitations", r.getLimitations(), "causes", r.getCauses(), "difficulties", r.getDifficulties(),
                "nextYear", r.getNextYear(), "proposals", r.getProposals());
    }

    /**
     * @param cycleId a cycle
     * @return its recorded changes, newest first
     */
    @Transactional(readOnly = true)
    public List<CycleChange> cycleChanges(long cycleId) {
        return cycleChanges.findByCycle(cycleId);
    }

    private String describe(CycleDates d) {
        return messages.getMessage("cycle.describe", new Object[]{Formats.DATE.format(d.opensOn()),
                Formats.DATE.format(d.deadline()), d.lockDate() == null ? "—" : Formats.DATE.format(d.lockDate()),
                Formats.DATE.format(d.periodFrom()), Formats.DATE.format(d.periodTo())}, VietnameseNumbers.VI_VN);
    }

    /**
     * @param user a ward officer
     * @param plan the plan
     * @return the officer's ward reports of the plan, by cycle id
     */
    @Transactional(readOnly = true)
    public Map<Long, WardReport> reportsOfMyWard(CurrentUser user, Plan plan) {
        if (user.getOrgUnitId() == null) {
            return Map.of();
        }
        return reports.findByWardAndPlan(user.getOrgUnitId(), plan.getId()).stream()
                .collect(Collectors.toMap(r -> r.getCycle().getId(), Function.identity()));
    }

    /**
     * Starts the ward's report of a cycle, or returns the one already started.
     *
     * @param user    a ward officer
     * @param cycleId the cycle
     * @return the ward's report
     * @throws AccessDeniedException when the user is not a ward officer bound to a ward
     * @throws ReportException       {@code report.error.wardNotInCycle} when the ward did not exist in the cycle's year
     */
    @Transactional
    public WardReport start(CurrentUser user, long cycleId) {
        if (user.getRole() != Role.WARD_OFFICER || user.getOrgUnitId() == null) {
            throw new AccessDeniedException("only ward officers start reports");
        }
        ReportingCycle cycle = cycle(cycleId);
        Optional<WardReport> existing = reports.findOne(cycleId, user.getOrgUnitId());
        if (existing.isPresent()) {
            return existing.get();
        }
        OrgUnit ward = units.get(user.getOrgUnitId());
        if (!ward.isValidOn(cycle.getDeadline())) {
            throw new ReportException("report.error.wardNotInCycle");
        }
        WardReport report = reports.saveAndFlush(new WardReport(cycle, ward, user.getUsername(), clock.instant()));
        transitions.save(new ReportTransition(report.getId(), null, ReportState.DRAFT, null, user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), "ward_report", report.getId(), "report.start", null,
                AuditLog.fields("ward", ward.getName(), "year", cycle.getYear(), "state", ReportState.DRAFT));
        return report;
    }

    /**
     * @param user who asks
     * @param id   report id
     * @return the report with its ward, cycle, plan and results
     * @throws NotFoundException when there is no such report, when it belongs to another ward than a ward officer's,
     *                           or when it is still a draft and the user is not of its ward
     */
    @Transactional(readOnly = true)
    public WardReport get(CurrentUser user, long id) {
        WardReport report = reports.findDetailed(id).orElseThrow(() -> new NotFoundException("report " + id));
        if (user.getRole() == Role.WARD_OFFICER && !Objects.equals(report.getWard().getId(), user.getOrgUnitId())) {
            throw new NotFoundException("report " + id + " of another ward");
        }
        if (user.getRole() != Role.WARD_OFFICER && report.getState() == ReportState.DRAFT) {
            throw new NotFoundException("draft report " + id + " is the ward's own");
        }
        return report;
    }

    /**
     * @param reportId a report
     * @return its transitions, oldest first
     */
    @Transactional(readOnly = true)
    public List<ReportTransition> history(long reportId) {
        return transitions.findByReport(reportId);
    }

    /**
     * Saves the draft (or the returned report being corrected).
     *
     * @param user    a ward officer of the report's ward
     * @param id      report id
     * @param content what the ward wrote
     * @param version the version the form was opened at
     * @return the saved report
     * @throws NotFoundException      for another ward's report
     * @throws ReportException        {@code report.error.notEditable} when submitted or accepted
     * @throws ObjectOptimisticLockingFailureException when someone saved it since the form was opened
     */
    @Transactional
    public WardReport save(CurrentUser user, long id, ReportContent content, long version) {
        WardReport report = editable(user, id, version);
        Map<String, Object> before = content(report);
        report.write(content, user.getUsername(), clock.instant());
        WardReport saved = reports.saveAndFlush(report);
        audit.record(user.getUsername(), "ward_report", id, "report.save", before, content(saved));
        return saved;
    }

    /**
     * Saves and submits the report to the district. The first submission's time decides timeliness.
     *
     * @param user    a ward officer of the report's ward
     * @param id      report id
     * @param content what the ward wrote
     * @param version the version the form was opened at
     * @return the submitted report
     * @throws ReportException {@code report.error.notEditable}, {@code report.error.locked} after the lock date, or
     *                         {@code report.error.incomplete} without any task group's results or the strengths
     * @throws ObjectOptimisticLockingFailureException when someone saved it since the form was opened
     */
    @Transactional
    public WardReport submit(CurrentUser user, long id, ReportContent content, long version) {
        WardReport report = editable(user, id, version);
        Map<String, Object> before = content(report);
        if (!report.submittableOn(today())) {
            throw new ReportException("report.error.locked");
        }
        if (today().isBefore(report.getCycle().getOpensOn())) {
            throw new ReportException("report.error.notOpen");
        }
        report.write(content, user.getUsername(), clock.instant());
        if (!report.isComplete()) {
            throw new ReportException("report.error.incomplete");
        }
        ReportState from = report.getState();
        report.submit(user.getUsername(), clock.instant());
        reports.saveAndFlush(report);
        transitions.save(new ReportTransition(id, from, ReportState.SUBMITTED, null, user.getUsername(), clock.instant()));
        before.put("state", from);
        Map<String, Object> after = content(report);
        after.put("state", ReportState.SUBMITTED);
        audit.record(user.getUsername(), "ward_report", id, "report.submit", before, after);
        return report;
    }

    /**
     * Returns a submitted report to the ward, which can then correct and resubmit it.
     *
     * @param user    district staff or administrator
     * @param id      report id
     * @param reason  why, shown to the ward; required
     * @param version the version the reviewer saw
     * @return the returned report
     * @throws ReportException {@code report.error.reasonRequired} or {@code report.error.notSubmitted}
     */
    @Transactional
    public WardReport returnToWard(CurrentUser user, long id, String reason, long version) {
        requireDistrict(user);
        if (reason == null || reason.isBlank()) {
            throw new ReportException("report.error.reasonRequired");
        }
        WardReport report = submitted(user, id, version);
        report.returnToWard(reason.strip(), user.getUsername(), clock.instant());
        reports.saveAndFlush(report);
        transitions.save(new ReportTransition(id, ReportState.SUBMITTED, ReportState.RETURNED, reason.strip(),
                user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), "ward_report", id, "report.return", AuditLog.fields("state", ReportState.SUBMITTED),
                AuditLog.fields("state", ReportState.RETURNED, "reason", reason.strip()));
        return report;
    }

    /**
     * Accepts a submitted report; the ward's values of that year then count in district figures.
     *
     * @param user    district staff or administrator
     * @param id      report id
     * @param version the version the reviewer saw
     * @return the accepted report
     * @throws ReportException {@code report.error.notSubmitted}
     */
    @Transactional
    public WardReport accept(CurrentUser user, long id, long version) {
        requireDistrict(user);
        WardReport report = submitted(user, id, version);
        report.accept(user.getUsername(), clock.instant());
        int confirmed = values.confirmWardValues(report.getCycle().getPlan().getId(), report.getWard().getId(),
                report.getCycle().getYear());
        reports.saveAndFlush(report);
        transitions.save(new ReportTransition(id, ReportState.SUBMITTED, ReportState.ACCEPTED, null,
                user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), "ward_report", id, "report.accept", AuditLog.fields("state", ReportState.SUBMITTED),
                AuditLog.fields("state", ReportState.ACCEPTED, "confirmedValues", confirmed));
        return report;
    }

    /**
     * Reopens a ward's report: a submitted or accepted report goes back to the ward (returned, with the reason),
     * and the ward may submit until {@code until} even after the cycle's lock date. An accepted report's ward values
     * stop counting in district figures until it is accepted again.
     *
     * @param user    district staff or administrator
     * @param id      report id
     * @param reason  why; required
     * @param until   last day the ward may submit; not before today
     * @param version the version the reviewer saw
     * @return the reopened report
     * @throws ReportException {@code report.error.reopenReasonRequired}, {@code report.error.reopenDate}
     */
    @Transactional
    public WardReport reopen(CurrentUser user, long id, String reason, LocalDate until, long version) {
        requireDistrict(user);
        if (reason == null || reason.isBlank()) {
            throw new ReportException("report.error.reopenReasonRequired");
        }
        if (until == null || until.isBefore(today())) {
            throw new ReportException("report.error.reopenDate");
        }
        // the district may reopen a ward's draft (past the lock date) without reading it
        WardReport report = reports.findDetailed(id).orElseThrow(() -> new NotFoundException("report " + id));
        checkVersion(report, version);
        ReportState from = report.getState();
        if (from == ReportState.ACCEPTED) {
            values.unconfirmWardValues(report.getCycle().getPlan().getId(), report.getWard().getId(), report.getCycle().getYear());
        }
        report.reopen(reason.strip(), until, user.getUsername(), clock.instant());
        reports.saveAndFlush(report);
        transitions.save(new ReportTransition(id, from, report.getState(), reason.strip(), user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), "ward_report", id, "report.reopen", AuditLog.fields("state", from),
                AuditLog.fields("state", report.getState(), "reason", reason.strip(), "reopenedUntil", until,
                        "valuesUnconfirmed", from == ReportState.ACCEPTED));
        return report;
    }

    /**
     * @param plan a plan
     * @param year a year
     * @return the ward reports of that year's cycle, or empty when no cycle was opened for the year (4 queries)
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Completeness> completeness(Plan plan, int year) {
        return cycles(plan).stream().filter(c -> c.getYear() == year).findFirst().map(this::completeness);
    }

    /**
     * @param cycle a cycle
     * @return every ward that existed on the cycle's deadline (the wards then in office report) with its report and
     * timeliness; after the 2025 reorganisation the successor wards
     */
    @Transactional(readOnly = true)
    public Completeness completeness(ReportingCycle cycle) {
        Map<Long, WardReport> byWard = reports.findByCycle(cycle.getId()).stream()
                .collect(Collectors.toMap(r -> r.getWard().getId(), Function.identity()));
        List<CompletenessRow> rows = units.wardsOn(cycle.getPlan().getIssuingUnit().getId(), cycle.getDeadline()).stream()
                .map(ward -> {
                    WardReport r = byWard.get(ward.getId());
                    return new CompletenessRow(ward, r, Timeliness.of(cycle.getDeadline(),
                            r == null ? null : r.getFirstSubmittedAt(), clock.instant()));
                })
                .toList();
        return new Completeness(cycle, rows);
    }

    /**
     * The wards × years matrix of a plan: for each ward that existed in any cycle's year and each cycle, the
     * timeliness of its report (null where the ward did not exist that year). Three queries.
     *
     * @param plan the plan
     * @return the matrix, newest cycle first (visible first on a phone), wards in code order
     */
    @Transactional(readOnly = true)
    public CompletenessMatrix matrix(Plan plan) {
        List<ReportingCycle> all = cycles.findByPlan(plan.getId()).stream()
                .sorted(Comparator.comparingInt(ReportingCycle::getYear).reversed()).toList();
        Map<String, WardReport> byCycleAndWard = reports.findByPlan(plan.getId()).stream()
                .collect(Collectors.toMap(r -> r.getCycle().getId() + ":" + r.getWard().getId(), Function.identity()));
        List<OrgUnit> wards = units.territoriesEver(plan.getIssuingUnit().getId()).stream()
                .filter(u -> u.getKind() == OrgUnitKind.WARD).toList();
        List<List<Timeliness>> cells = wards.stream().map(w -> all.stream().map(c -> {
            if (!w.isValidOn(c.getDeadline())) {
                return (Timeliness) null;
            }
            WardReport r = byCycleAndWard.get(c.getId() + ":" + w.getId());
            return Timeliness.of(c.getDeadline(), r == null ? null : r.getFirstSubmittedAt(), clock.instant());
        }).toList()).toList();
        return new CompletenessMatrix(all, wards, cells);
    }

    /** Largest scan accepted, in bytes (10 MB; also the multipart limit in application.properties). */
    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    /**
     * Stores the scan of the signed report, replacing an earlier one.
     *
     * @param user     a ward officer of the report's ward, while the report is editable
     * @param id       report id
     * @param fileName the uploaded file's name
     * @param content  the file
     * @throws ReportException {@code report.error.scanNotPdf} unless the content starts with {@code %PDF-},
     *                         {@code report.error.scanTooLarge} over {@value #MAX_SCAN_BYTES} bytes,
     *                         {@code report.error.scanEmpty} when empty, {@code report.error.scanAccepted} once
     *                         the report is accepted (the signed copy may follow the submission until then)
     */
    @Transactional
    public void attachScan(CurrentUser user, long id, String fileName, byte[] content) {
        if (user.getRole() != Role.WARD_OFFICER) {
            throw new AccessDeniedException("only the ward attaches its scan");
        }
        WardReport report = get(user, id);
        if (report.getState() == ReportState.ACCEPTED) {
            throw new ReportException("report.error.scanAccepted");
        }
        if (content == null || content.length == 0) {
            throw new ReportException("report.error.scanEmpty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw new ReportException("report.error.scanTooLarge");
        }
        if (!isPdf(content)) {
            throw new ReportException("report.error.scanNotPdf");
        }
        String name = fileName == null || fileName.isBlank() ? "bao-cao.pdf"
                : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        final String cleanName = name;
        Optional<ReportScan> old = scans.findById(id);
        Map<String, Object> before = old.map(s -> AuditLog.fields("fileName", s.getFileName(), "bytes", s.getSizeBytes()))
                .orElse(null);
        old.ifPresentOrElse(
                s -> s.replace(cleanName, content, user.getUsername(), clock.instant()),
                () -> scans.save(new ReportScan(id, cleanName, content, user.getUsername(), clock.instant())));
        audit.record(user.getUsername(), "ward_report_scan", id, "report.scan", before,
                AuditLog.fields("fileName", cleanName, "bytes", content.length));
    }

    /**
     * @param user who asks (same access as {@link #get})
     * @param id   report id
     * @return the report's scan, if any
     */
    @Transactional(readOnly = true)
    public Optional<ReportScan> scan(CurrentUser user, long id) {
        get(user, id);
        return scans.findById(id).map(s -> {
            s.getContent();
            return s;
        });
    }

    /**
     * @param id report id (access already checked by the caller)
     * @return name, size and upload time of the report's scan, without its content
     */
    @Transactional(readOnly = true)
    public Optional<ScanInfo> scanInfo(long id) {
        return scans.findInfo(id);
    }

    /** A PDF file starts with "%PDF-" (ISO 32000-1, 7.5.2). */
    static boolean isPdf(byte[] content) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** How many days before the deadline a ward starts seeing a reminder. */
    public static final int REMINDER_DAYS = 30;

    /**
     * The reports a ward officer still has to act on: not yet submitted while the deadline is within
     * {@value #REMINDER_DAYS} days or has passed, or returned by the district.
     *
     * @param user a ward officer
     * @param plan the plan
     * @return one notice per such cycle, newest year first (2 queries); empty for other roles
     */
    @Transactional(readOnly = true)
    public List<ReportNotice> noticesFor(CurrentUser user, Plan plan) {
        if (user.getRole() != Role.WARD_OFFICER || user.getOrgUnitId() == null) {
            return List.of();
        }
        Map<Long, WardReport> mine = reportsOfMyWard(user, plan);
        return cycles.findByPlan(plan.getId()).stream()
                .map(c -> {
                    WardReport r = mine.get(c.getId());
                    Timeliness t = Timeliness.of(c.getDeadline(), r == null ? null : r.getFirstSubmittedAt(), clock.instant());
                    boolean locked = r == null ? c.isLockedOn(today()) : !r.submittableOn(today());
                    return new ReportNotice(c, r, t, locked);
                })
                .filter(ReportNotice::needsAction)
                .toList();
    }

    /**
     * @param report a report
     * @return its timeliness now
     */
    public Timeliness timeliness(WardReport report) {
        return Timeliness.of(report.getCycle().getDeadline(), report.getFirstSubmittedAt(), clock.instant());
    }

    private WardReport editable(CurrentUser user, long id, long version) {
        if (user.getRole() != Role.WARD_OFFICER) {
            throw new AccessDeniedException("only the ward edits its report");
        }
        WardReport report = get(user, id);
        checkVersion(report, version);
        if (!report.getState().editableByWard()) {
            throw new ReportException("report.error.notEditable");
        }
        return report;
    }

    private WardReport submitted(CurrentUser user, long id, long version) {
        WardReport report = get(user, id);
        checkVersion(report, version);
        if (report.getState() != ReportState.SUBMITTED) {
            throw new ReportException("report.error.notSubmitted");
        }
        return report;
    }

    private static void checkVersion(WardReport report, long version) {
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(WardReport.class, report.getId());
        }
    }

    private static void requireDistrict(CurrentUser user) {
        if (!user.hasAnyRole(Role.DISTRICT_STAFF, Role.ADMIN)) {
            throw new AccessDeniedException("only district staff review reports");
        }
    }
}
