package vn.ansinh.planfile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.plan.LegalDocument;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanOverview;
import vn.ansinh.plan.PlanResponsibility;
import vn.ansinh.plan.PlanSection;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.target.Area;
import vn.ansinh.target.Target;
import vn.ansinh.target.TargetKind;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.ValueType;
import vn.ansinh.task.Task;
import vn.ansinh.task.TaskService;

/**
 * Plans as JSON files: export, a dry run that lists every problem with its line, and loading as a new plan.
 * Units are named by code and must exist (valid today); the plan code must be new.
 */
@Service
public class PlanFileService {

    private static final Logger log = LoggerFactory.getLogger(PlanFileService.class);

    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final PlanFileReader reader;

    private final AuditLog audit;

    PlanFileService(PlanService plans, TargetService targets, TaskService tasks, JdbcTemplate jdbc, MessageSource messages,
                    AuditLog audit) {
        this.reader = new PlanFileReader(messages);
        this.audit = audit;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * @param planId a plan
     * @return the plan as a {@link PlanFile}
     */
    @Transactional(readOnly = true)
    public PlanFile export(long planId) {
        PlanOverview o = plans.overview(planId);
        Plan p = o.plan();
        Map<Long, String> sectionCodes = new HashMap<>();
        List<PlanSection> all = plans.overviewSections(planId);
        all.forEach(s -> sectionCodes.put(s.getId(), s.getCode()));
        return new PlanFile(1,
                new PlanFile.PlanDoc(p.getCode(), p.getNumber(), p.getTitle(), p.getSummary(), p.getIssueDate(),
                        p.getIssuingUnit().getCode(), p.getBaseYear(), p.getTargetYear(), p.getVisionYear(), p.getVisionText(),
                        p.getSignerTitle(), p.getSignerName()),
                o.legalBasis().stream().map(d -> new PlanFile.LegalDoc(d.getPosition(), d.getKind(), d.getNumber(),
                        d.getIssuedOn(), d.getIssuer(), d.getTitle(), d.getRelation().name())).toList(),
                all.stream().map(s -> new PlanFile.SectionDoc(s.getCode(), s.getParentId() == null ? null : sectionCodes.get(s.getParentId()),
                        s.getPosition(), s.getHeading(), s.getBody())).toList(),
                o.responsibilities().stream().map(r -> new PlanFile.ResponsibilityDoc(r.getPosition(), r.getHeading(), r.getBody(),
                        r.isLead(), r.getScope().name(), r.getUnits().stream().map(u -> u.getCode()).sorted().toList())).toList(),
                o.reportingRules().stream().map(r -> new PlanFile.RuleDoc(r.getReporterKind(), r.getRecipient().getCode(),
                        r.getVia() == null ? null : r.getVia().getCode(), r.getFrequency(), r.getDeadlineMonth(),
                        r.getDeadlineDay(), r.isDeadlineExclusive(), r.getSourceSectionCode(), r.getDescription())).toList(),
                targets.table(p, null, null).stream().map(row -> target(row.target())).toList(),
                tasks.tasks(p, null).stream().map(PlanFileService::task).toList());
    }

    private static PlanFile.TargetDoc target(Target t) {
        return new PlanFile.TargetDoc(t.getCode(), t.getPosition(), t.getSectionCode(), t.getArea().name(), t.getStatement(),
                t.getIndicatorName(), t.getMeasureUnit(), t.getKind().name(), t.getValueType().name(),
                t.getMaintainDirection() == null ? null : t.getMaintainDirection().name(), strip(t.getTargetValue()),
                strip(t.getTargetValueMax()), strip(t.getRateMultiplier()), t.getTargetYear(), t.getBaselineYear(),
                strip(t.getBaselineValue()), t.getResponsibleUnit() == null ? null : t.getResponsibleUnit().getCode(),
                t.getDataSource(), t.getDecimals(), strip(t.getPlausibleMin()), strip(t.getPlausibleMax()), t.isWardLevel());
    }

    private static PlanFile.TaskDoc task(Task t) {
        return new PlanFile.TaskDoc(t.getCode(), t.getSectionCode(), t.getPosition(), t.getText(), t.getScope().name(),
                t.getLead() == null ? null : t.getLead().getOrgUnit().getCode(),
                t.getCoordinating().stream().map(a -> a.getOrgUnit().getCode()).sorted().toList());
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    /**
     * @param file a plan file
     * @return it as JSON text (UTF-8, indented)
     */
    public String toJson(PlanFile file) {
        return json.writeValueAsString(file);
    }

    /**
     * @param content a plan file (read as the dry run and the load read it, {@link PlanFileReader})
     * @return it read as a {@link PlanFile}
     * @throws IllegalArgumentException when it is not one, with the Vietnamese problems
     */
    public PlanFile read(byte[] content) {
        PlanFileReader.Read read = reader.read(content);
        if (read.file() == null) {
            throw new IllegalArgumentException(read.problems().toString());
        }
        return read.file();
    }

    /**
     * The dry run: reads the file and lists every problem, by line, without saving anything. A file with no problem
     * is also inserted inside a savepoint that is always rolled back, so that the database's own rules (text
     * lengths, checks) are applied exactly as {@link #load} will apply them.
     *
     * @param content the JSON file (UTF-8, or UTF-16 with a byte order mark)
     * @return the problems, in file order, in Vietnamese (see {@link PlanFileReader} for a file that cannot be read);
     * empty when the file can be loaded
     */
    @Transactional
    public List<PlanFile.Problem> check(byte[] content) {
        return checkAndInsert(null, content);
    }

    /**
     * Loads a file as a new plan, after the same checks as {@link #check}.
     *
     * @param username who loads it (login name, for the audit trail: {@code plan.load})
     * @param content  the JSON file
     * @return the problems; when empty, the plan has been saved
     */
    @Transactional
    public List<PlanFile.Problem> load(String username, byte[] content) {
        return checkAndInsert(username, content);
    }

    /** Checks, then inserts in a savepoint, kept only when {@code username} is given. */
    private List<PlanFile.Problem> checkAndInsert(String username, byte[] content) {
        PlanFileReader.Read read = reader.read(content);
        if (read.file() == null) {
            return read.problems();
        }
        PlanFile file = read.file();
        List<PlanFile.Problem> problems = new ArrayList<>();
        validate(file, read.lines(), problems);
        problems.sort(java.util.Comparator.comparingInt(PlanFile.Problem::line));
        if (!problems.isEmpty()) {
            return problems;
        }
        // the inserts run in a savepoint of this transaction (on its JDBC connection): a rule of the database the
        // checks above do not know (a text too long for its column, a check constraint) becomes a problem instead of
        // an aborted transaction, and the dry run meets it too
        Savepoint savepoint = jdbc.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint);
        long planId;
        try {
            planId = insert(file);
        } catch (DataAccessException e) {
            rollbackTo(savepoint);
            log.info("plan file refused by the database: {}", e.getMostSpecificCause().getMessage());
            boolean tooLong = e.getMostSpecificCause() instanceof SQLException s && "22001".equals(s.getSQLState());
            return List.of(new PlanFile.Problem(0, msg("planfile.error.notSaved",
                    msg(tooLong ? "planfile.reason.tooLong" : "planfile.reason.rule"))));
        }
        if (username == null) {
            rollbackTo(savepoint);
            return problems;
        }
        audit.record(username, "plan", planId, "plan.load", null, audited(file, null));
        return problems;
    }

    private void rollbackTo(Savepoint savepoint) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            c.rollback(savepoint);
            return null;
        });
    }

    /**
     * Creates a plan from the "new plan" form, after the same checks as a plan file. With {@code copyFrom}, the other
     * plan's legal basis, sections, section V duties, reporting rules, targets and tasks are copied (targets aim at the
     * new target year; a baseline from that year or later is dropped); values, progress and reports are not. Without
     * it, the plan is empty except for a yearly ward reporting rule to the issuing unit.
     *
     * @param username who creates it (login name, for the audit trail: {@code plan.create})
     * @param request  the validated form
     * @return the new plan's id, or the problems found (nothing saved)
     * @throws vn.ansinh.shared.NotFoundException when {@code copyFrom} names no plan
     */
    @Transactional
    public Created create(String username, NewPlanForm.NewPlan request) {
        PlanFile.PlanDoc p = request.plan();
        if (exists(p.code())) {
            return new Created(null, List.of(new PlanFile.Problem(0, msg("planNew.error.exists", p.code()))));
        }
        PlanFile file;
        if (request.copyFrom() == null) {
            file = new PlanFile(1, p, List.of(), List.of(), List.of(), List.of(new PlanFile.RuleDoc("WARD", p.issuingUnit(), null,
                    "YEARLY", request.deadlineMonth(), request.deadlineDay(), false, null, wardRule(request))),
                    List.of(), List.of());
        } else {
            PlanFile from = export(request.copyFrom());
            file = new PlanFile(1, p, from.legalDocuments(), from.sections(), from.responsibilities(),
                    from.reportingRules().stream().map(r -> !"WARD".equals(r.reporterKind())
                            || (r.deadlineDay() == request.deadlineDay() && r.deadlineMonth() == request.deadlineMonth()) ? r
                            : new PlanFile.RuleDoc(r.reporterKind(), r.recipient(), r.via(), r.frequency(), request.deadlineMonth(),
                            request.deadlineDay(), r.deadlineExclusive(), r.sourceSection(), wardRule(request))).toList(),
                    from.targets().stream().map(t -> retarget(t, p.targetYear())).toList(), from.tasks());
        }
        List<PlanFile.Problem> problems = new ArrayList<>();
        validate(file, Map.of(), problems);
        if (!problems.isEmpty()) {
            return new Created(null, problems);
        }
        long planId = insert(file);
        audit.record(username, "plan", planId, "plan.create", null,
                audited(file, request.copyFrom() == null ? null : plans.get(request.copyFrom()).getCode()));
        return new Created(planId, problems);
    }

    /**
     * @param planId   the new plan, or null when nothing was saved
     * @param problems what prevented it, in Vietnamese
     */
    public record Created(Long planId, List<PlanFile.Problem> problems) {
    }

    /** The ward reporting duty in words, with the deadline typed (a copied rule whose deadline changed gets this text too). */
    private String wardRule(NewPlanForm.NewPlan request) {
        return msg("planNew.wardRule", String.format("%02d/%02d", request.deadlineDay(), request.deadlineMonth()));
    }

    /**
     * @param code a plan code
     * @return whether a plan already has it
     */
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return jdbc.queryForObject("select count(*) from plan where upper(code) = upper(?)", Integer.class, code) > 0;
    }

    private static PlanFile.TargetDoc retarget(PlanFile.TargetDoc t, int targetYear) {
        boolean keepBaseline = t.baselineYear() != null && t.baselineYear() < targetYear;
        return new PlanFile.TargetDoc(t.code(), t.position(), t.section(), t.area(), t.statement(), t.indicatorName(),
                t.measureUnit(), t.kind(), t.valueType(), t.maintainDirection(), t.targetValue(), t.targetValueMax(),
                t.rateMultiplier(), targetYear, keepBaseline ? t.baselineYear() : null, keepBaseline ? t.baselineValue() : null,
                t.responsibleUnit(), t.dataSource(), t.decimals(), t.plausibleMin(), t.plausibleMax(), t.wardLevel());
    }

    private void validate(PlanFile f, Map<String, Integer> lines, List<PlanFile.Problem> problems) {
        Set<String> units = new HashSet<>(jdbc.queryForList("select code from org_unit where valid_to is null", String.class));
        if (f.formatVersion() != 1) {
            problems.add(new PlanFile.Problem(line(lines, "/formatVersion"), msg("planfile.error.version")));
        }
        PlanFile.PlanDoc p = f.plan();
        if (p == null) {
            problems.add(new PlanFile.Problem(1, msg("planfile.error.missing", "plan")));
            return;
        }
        if (blank(p.code())) {
            problems.add(new PlanFile.Problem(line(lines, "/plan"), msg("planfile.error.required", "plan.code")));
        } else if (!NewPlanForm.CODE.matcher(p.code()).matches()) {
            // the same rule as the new-plan form: the code goes into file names and addresses
            problems.add(new PlanFile.Problem(line(lines, "/plan/code"), msg("planNew.error.code")));
        } else if (jdbc.queryForObject("select count(*) from plan where code = ?", Integer.class, p.code()) > 0) {
            problems.add(new PlanFile.Problem(line(lines, "/plan/code"), msg("planfile.error.planExists", p.code())));
        }
        if (blank(p.title())) {
            problems.add(new PlanFile.Problem(line(lines, "/plan"), msg("planfile.error.required", "plan.title")));
        }
        unit(p.issuingUnit(), units, line(lines, "/plan/issuingUnit"), problems, true);
        if (p.baseYear() >= p.targetYear()) {
            problems.add(new PlanFile.Problem(line(lines, "/plan/targetYear"), msg("planfile.error.years")));
        }
        Set<String> sections = new HashSet<>();
        list(f.sections()).forEach(s -> sections.add(s.code()));
        for (int i = 0; i < list(f.sections()).size(); i++) {
            PlanFile.SectionDoc s = f.sections().get(i);
            int line = line(lines, "/sections/" + i);
            if (blank(s.code()) || blank(s.heading())) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.required", "code, heading")));
            }
            if (s.parent() != null && !sections.contains(s.parent())) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.section", s.parent())));
            }
        }
        duplicates(f.sections() == null ? List.of() : f.sections().stream().map(PlanFile.SectionDoc::code).toList(), "/sections/", lines, problems);
        for (int i = 0; i < list(f.legalDocuments()).size(); i++) {
            PlanFile.LegalDoc d = f.legalDocuments().get(i);
            if (!isEnum(d.relation(), LegalDocument.Relation.class)) {
                problems.add(new PlanFile.Problem(line(lines, "/legalDocuments/" + i), msg("planfile.error.value", "relation",
                        String.valueOf(d.relation()))));
            }
        }
        for (int i = 0; i < list(f.responsibilities()).size(); i++) {
            PlanFile.ResponsibilityDoc r = f.responsibilities().get(i);
            for (String u : list(r.units())) {
                unit(u, units, line(lines, "/responsibilities/" + i), problems, true);
            }
            if (!isEnum(r.scope(), PlanResponsibility.Scope.class)) {
                problems.add(new PlanFile.Problem(line(lines, "/responsibilities/" + i), msg("planfile.error.value", "scope",
                        String.valueOf(r.scope()))));
            }
        }
        for (int i = 0; i < list(f.reportingRules()).size(); i++) {
            PlanFile.RuleDoc r = f.reportingRules().get(i);
            unit(r.recipient(), units, line(lines, "/reportingRules/" + i), problems, true);
            unit(r.via(), units, line(lines, "/reportingRules/" + i), problems, false);
            if (r.deadlineMonth() < 1 || r.deadlineMonth() > 12 || r.deadlineDay() < 1 || r.deadlineDay() > 31) {
                problems.add(new PlanFile.Problem(line(lines, "/reportingRules/" + i), msg("planfile.error.deadline")));
            }
        }
        for (int i = 0; i < list(f.targets()).size(); i++) {
            String pointer = "/targets/" + i;
            int line = line(lines, pointer);
            target(f.targets().get(i), sections, units, line, problems);
            numbers(f.targets().get(i), field -> lines.getOrDefault(pointer + "/" + field, line), problems);
        }
        duplicates(list(f.targets()).stream().map(PlanFile.TargetDoc::code).toList(), "/targets/", lines, problems);
        for (int i = 0; i < list(f.tasks()).size(); i++) {
            PlanFile.TaskDoc t = f.tasks().get(i);
            int line = line(lines, "/tasks/" + i);
            if (blank(t.code()) || blank(t.text())) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.required", "code, text")));
            }
            if (!sections.contains(t.section())) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.section", t.section())));
            }
            unit(t.lead(), units, line, problems, true);
            list(t.coordinating()).forEach(u -> unit(u, units, line, problems, true));
            if (!isEnum(t.scope(), Task.Scope.class)) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.value", "scope", String.valueOf(t.scope()))));
            }
        }
        duplicates(list(f.tasks()).stream().map(PlanFile.TaskDoc::code).toList(), "/tasks/", lines, problems);
    }

    private void target(PlanFile.TargetDoc t, Set<String> sections, Set<String> units, int line, List<PlanFile.Problem> problems) {
        if (blank(t.code()) || blank(t.statement()) || blank(t.indicatorName())) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.required", "code, statement, indicatorName")));
        }
        if (!sections.contains(t.section())) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.section", t.section())));
        }
        if (!isEnum(t.area(), Area.class)) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.value", "area", String.valueOf(t.area()))));
        }
        if (!isEnum(t.valueType(), ValueType.class)) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.value", "valueType", String.valueOf(t.valueType()))));
        }
        if (!isEnum(t.kind(), TargetKind.class)) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.value", "kind", String.valueOf(t.kind()))));
        } else {
            TargetKind kind = TargetKind.valueOf(t.kind());
            boolean ok = switch (kind) {
                case MILESTONE, QUALITATIVE -> t.targetValue() == null;
                case RANGE -> t.targetValue() != null && t.targetValueMax() != null && t.targetValue().compareTo(t.targetValueMax()) <= 0;
                case MAINTAIN -> t.targetValue() != null && isEnum(t.maintainDirection(), Target.Direction.class);
                default -> t.targetValue() != null;
            };
            if (!ok) {
                // the kind by its Vietnamese label (file keys stay in English, the messages do not)
                problems.add(new PlanFile.Problem(line, kind == TargetKind.RANGE && t.targetValue() != null && t.targetValueMax() != null
                        ? msg("planfile.error.rangeReversed", t.code())
                        : msg("planfile.error.targetValue", t.code(), msg("kind." + t.kind()))));
            } else if (isEnum(t.valueType(), ValueType.class) && !kind.allows(ValueType.valueOf(t.valueType()))) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.kindType", t.code(), msg("kind." + t.kind()),
                        msg("valueType." + t.valueType()))));
            }
        }
        if ("PERCENT".equals(t.valueType()) && Stream.of(t.targetValue(), t.targetValueMax(), t.baselineValue())
                .allMatch(v -> v == null || fitsColumn(v))) {
            for (BigDecimal v : new BigDecimal[]{t.targetValue(), t.targetValueMax(), t.baselineValue()}) {
                if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    problems.add(new PlanFile.Problem(line, msg("planfile.error.percent", t.code(), v.toPlainString())));
                }
            }
        }
        if (t.decimals() < 0 || t.decimals() > 4) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.value", "decimals", String.valueOf(t.decimals()))));
        }
        unit(t.responsibleUnit(), units, line, problems, false);
    }

    /** Numbers that the columns cannot hold, each at its own line ({@code lineOf} gives the line of a field). */
    private void numbers(PlanFile.TargetDoc t, java.util.function.ToIntFunction<String> lineOf, List<PlanFile.Problem> problems) {
        String[] fields = {"targetValue", "targetValueMax", "rateMultiplier", "baselineValue", "plausibleMin", "plausibleMax"};
        BigDecimal[] numbers = {t.targetValue(), t.targetValueMax(), t.rateMultiplier(), t.baselineValue(), t.plausibleMin(),
                t.plausibleMax()};
        for (int i = 0; i < fields.length; i++) {
            if (numbers[i] != null && !fitsColumn(numbers[i])) {
                problems.add(new PlanFile.Problem(lineOf.applyAsInt(fields[i]), msg("planfile.error.number", t.code(), fields[i])));
            }
        }
    }

    /** A number the columns {@code numeric(18, 4)} hold: at most 14 digits before the decimal point and 4 after (1e999999 does not). */
    private static boolean fitsColumn(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 4 && s.precision() - s.scale() <= 14;
    }

    private void unit(String code, Set<String> units, int line, List<PlanFile.Problem> problems, boolean required) {
        if (code == null) {
            if (required) {
                problems.add(new PlanFile.Problem(line, msg("planfile.error.required", "unit")));
            }
        } else if (!units.contains(code)) {
            problems.add(new PlanFile.Problem(line, msg("planfile.error.unit", code)));
        }
    }

    private void duplicates(List<String> codes, String prefix, Map<String, Integer> lines, List<PlanFile.Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !seen.add(codes.get(i))) {
                problems.add(new PlanFile.Problem(line(lines, prefix + i), msg("planfile.error.duplicate", codes.get(i))));
            }
        }
    }

    /** A loaded or created plan for the audit trail: its code and title, the plan copied, and how many parts it got. */
    private static Map<String, Object> audited(PlanFile f, String copiedFrom) {
        return AuditLog.fields("code", f.plan().code(), "title", f.plan().title(), "copiedFrom", copiedFrom,
                "legalDocuments", list(f.legalDocuments()).size(), "sections", list(f.sections()).size(),
                "responsibilities", list(f.responsibilities()).size(), "reportingRules", list(f.reportingRules()).size(),
                "targets", list(f.targets()).size(), "tasks", list(f.tasks()).size());
    }

    /** @return the new plan's id */
    private long insert(PlanFile f) {
        PlanFile.PlanDoc p = f.plan();
        String unit = "(select id from org_unit where code = ? and valid_to is null)";
        jdbc.update("insert into plan (code, number, title, summary, issue_date, issuing_unit_id, base_year, target_year, "
                        + "vision_year, vision_text, signer_title, signer_name) values (?, ?, ?, ?, ?, " + unit + ", ?, ?, ?, ?, ?, ?)",
                p.code(), p.number(), p.title(), p.summary(), p.issueDate(), p.issuingUnit(), p.baseYear(), p.targetYear(),
                p.visionYear(), p.visionText(), p.signerTitle(), p.signerName());
        long planId = jdbc.queryForObject("select id from plan where code = ?", Long.class, p.code());
        for (PlanFile.LegalDoc d : list(f.legalDocuments())) {
            jdbc.update("insert into legal_document (plan_id, position, kind, number, issued_on, issuer, title, relation) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", planId, d.position(), d.kind(), d.number(), d.issuedOn(), d.issuer(),
                    d.title(), d.relation());
        }
        for (PlanFile.SectionDoc s : list(f.sections())) {
            jdbc.update("insert into plan_section (plan_id, code, position, heading, body) values (?, ?, ?, ?, ?)",
                    planId, s.code(), s.position(), s.heading(), s.body());
        }
        for (PlanFile.SectionDoc s : list(f.sections())) {
            if (s.parent() != null) {
                jdbc.update("update plan_section set parent_id = (select id from plan_section where plan_id = ? and code = ?) "
                        + "where plan_id = ? and code = ?", planId, s.parent(), planId, s.code());
            }
        }
        for (PlanFile.ResponsibilityDoc r : list(f.responsibilities())) {
            jdbc.update("insert into plan_responsibility (plan_id, position, heading, body, is_lead, scope) values (?, ?, ?, ?, ?, ?)",
                    planId, r.position(), r.heading(), r.body(), r.lead(), r.scope());
            for (String u : list(r.units())) {
                jdbc.update("insert into plan_responsibility_unit (responsibility_id, org_unit_id) values "
                        + "((select id from plan_responsibility where plan_id = ? and position = ?), " + unit + ")", planId, r.position(), u);
            }
        }
        for (PlanFile.RuleDoc r : list(f.reportingRules())) {
            jdbc.update("insert into reporting_rule (plan_id, reporter_kind, recipient_unit_id, via_unit_id, frequency, deadline_month, "
                    + "deadline_day, deadline_exclusive, source_section_code, description) values (?, ?, " + unit + ", " + unit
                    + ", ?, ?, ?, ?, ?, ?)", planId, r.reporterKind(), r.recipient(), r.via(), r.frequency(), r.deadlineMonth(),
                    r.deadlineDay(), r.deadlineExclusive(), r.sourceSection(), r.description());
        }
        for (PlanFile.TargetDoc t : list(f.targets())) {
            jdbc.update("insert into target (plan_id, code, position, section_code, area, statement, indicator_name, measure_unit, kind, "
                    + "value_type, maintain_direction, target_value, target_value_max, rate_multiplier, target_year, baseline_year, "
                    + "baseline_value, responsible_unit_id, data_source, decimals, plausible_min, plausible_max, ward_level) values "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + unit + ", ?, ?, ?, ?, ?)",
                    planId, t.code(), t.position(), t.section(), t.area(), t.statement(), t.indicatorName(), t.measureUnit(),
                    t.kind(), t.valueType(), t.maintainDirection(), t.targetValue(), t.targetValueMax(), t.rateMultiplier(),
                    t.targetYear(), t.baselineYear(), t.baselineValue(), t.responsibleUnit(), t.dataSource(), t.decimals(),
                    t.plausibleMin(), t.plausibleMax(), t.wardLevel());
        }
        for (PlanFile.TaskDoc t : list(f.tasks())) {
            jdbc.update("insert into task (plan_id, section_code, position, code, text, scope) values (?, ?, ?, ?, ?, ?)",
                    planId, t.section(), t.position(), t.code(), t.text(), t.scope());
            String task = "(select id from task where plan_id = ? and code = ?)";
            jdbc.update("insert into task_assignment (task_id, org_unit_id, role) values (" + task + ", " + unit + ", 'LEAD')",
                    planId, t.code(), t.lead());
            for (String u : list(t.coordinating())) {
                jdbc.update("insert into task_assignment (task_id, org_unit_id, role) values (" + task + ", " + unit
                        + ", 'COORDINATE')", planId, t.code(), u);
            }
        }
        return planId;
    }

    private static int line(Map<String, Integer> lines, String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> boolean isEnum(String name, Class<E> type) {
        if (name == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
