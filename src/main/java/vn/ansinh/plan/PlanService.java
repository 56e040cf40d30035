package vn.ansinh.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.NotFoundException;

/**
 * Reads plans with their legal basis, sections, section V assignments and reporting rules.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private static final java.util.regex.Pattern SECTION_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    private final PlanRepository plans;
    private final PlanSectionRepository sections;

    private final java.time.Clock clock;
    private final AuditLog audit;

    PlanService(PlanRepository plans, PlanSectionRepository sections, java.time.Clock clock, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.sections = sections;
        this.clock = clock;
    }

    /**
     * @param id plan id
     * @return the plan with its issuing unit loaded
     * @throws NotFoundException when there is no such plan
     */
    public Plan get(long id) {
        return plans.findWithUnit(id).orElseThrow(() -> new NotFoundException("plan " + id));
    }

    /** @return every plan, the most recent base year first; among plans of one base year, the first loaded first */
    public List<Plan> all() {
        return plans.findAllNewestFirst();
    }

    /**
     * @return the plan shown when a user opens the app: among plans whose period (base year to target year) covers the
     * current year, the one loaded first, so a plan prepared or copied later (for the next period, or as a draft) does
     * not replace the plan people are working on until that plan's period ends; failing that, the latest plan already
     * started; failing that, the first one to start.
     * @throws NotFoundException when no plan has been loaded
     */
    public Plan current() {
        int year = java.time.LocalDate.now(clock).getYear();
        List<Plan> all = all();
        return all.stream().filter(p -> p.getBaseYear() <= year && year <= p.getTargetYear())
                .min(java.util.Comparator.comparing(Plan::getId))
                .or(() -> all.stream().filter(p -> p.getBaseYear() <= year).findFirst())
                .or(() -> all.stream().reduce((a, b) -> b))
                .orElseThrow(() -> new NotFoundException("any plan"));
    }

    /**
     * @param id plan id
     * @return the plan with everything its overview page shows (5 queries)
     * @throws NotFoundException when there is no such plan
     */
    public PlanOverview overview(long id) {
        Plan plan = get(id);
        return new PlanOverview(plan, plans.findLegalBasis(id), tree(plans.findSections(id)),
                plans.findResponsibilities(id), plans.findReportingRules(id));
    }

    /**
     * @param planId plan id
     * @return all sections of the plan, parents before children (1 query)
     */
    public List<PlanSection> overviewSections(long planId) {
        return plans.findSections(planId);
    }

    /**
     * @param planId plan id
     * @return the task groups a ward report covers: the direct subsections of section III (III.1 … III.8 for Hải An)
     */
    public List<PlanSection> taskGroups(long planId) {
        return plans.findChildren(planId, "III");
    }

    /**
     * @param planId plan id
     * @return the plan's rule for ward reports
     * @throws NotFoundException when the plan states no ward reporting duty
     */
    public ReportingRule wardReportingRule(long planId) {
        return plans.findReportingRules(planId).stream()
                .filter(r -> "WARD".equals(r.getReporterKind()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ward reporting rule of plan " + planId));
    }

    /**
     * Changes the plan's own fields (its number once known, title, summary, issue date, vision, signer).
     *
     * @param username who edits (login name, for the audit trail)
     * @param planId  the plan
     * @param f       the fields validated by {@link PlanEditForm}
     * @param version the version the form was opened at
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone changed it since
     */
    @Transactional
    public void editPlan(String username, long planId, PlanEditForm.Fields f, long version) {
        Plan p = get(planId);
        if (p.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Plan.class, planId);
        }
        Map<String, Object> before = AuditLog.fields("number", p.getNumber(), "title", p.getTitle(), "summary", p.getSummary(),
                "issueDate", p.getIssueDate(), "visionYear", p.getVisionYear(), "visionText", p.getVisionText(),
                "signerTitle", p.getSignerTitle(), "signerName", p.getSignerName());
        p.edit(f.number(), f.title(), f.summary(), f.issueDate(), f.visionYear(), f.visionText(), f.signerTitle(), f.signerName());
        plans.saveAndFlush(p);
        audit.record(username, "plan", planId, "plan.edit", before, AuditLog.fieldsOf(f));
    }

    /**
     * Changes a section's heading and text.
     *
     * @param username who edits (login name, for the audit trail)
     * @param planId the plan
     * @param code   the section code
     * @param heading the heading, required
     * @param body   the text (paragraphs separated by blank lines, bullets starting with "- "), or null
     * @throws NotFoundException when the plan has no such section
     */
    @Transactional
    public void editSection(String username, long planId, String code, String heading, String body) {
        checkHeading(heading);
        PlanSection s = plans.findSections(planId).stream().filter(x -> x.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + code));
        Map<String, Object> before = AuditLog.fields("code", code, "heading", s.getHeading(), "body", s.getBody());
        s.edit(heading, body);
        plans.flush();
        audit.record(username, "plan_section", s.getId(), "section.edit", before,
                AuditLog.fields("code", code, "heading", s.getHeading(), "body", s.getBody()));
    }

    /**
     * Adds a section at the end of its parent (or of the plan).
     *
     * @param username   who adds it (login name, for the audit trail)
     * @param planId     the plan
     * @param code       the full code, e.g. {@code III.9} under {@code III}, {@code VI} at the top: letters and digits
     *                   separated by dots, at most 20 characters, one segment more than the parent's
     * @param parentCode the parent's code, or null for a top-level section
     * @param heading    the heading, required
     * @param body       the text, or null
     * @return the new section
     * @throws PlanEditException {@code planEdit.error.sectionCode} for a malformed code or one that does not extend the
     *                           parent's, {@code planEdit.error.sectionExists} when the plan already has it,
     *                           {@code planEdit.error.heading} without a heading
     * @throws NotFoundException when there is no such plan or parent section
     */
    @Transactional
    public PlanSection addSection(String username, long planId, String code, String parentCode, String heading, String body) {
        Plan plan = get(planId);
        List<PlanSection> all = plans.findSections(planId);
        PlanSection parent = parentCode == null ? null : all.stream().filter(s -> s.getCode().equals(parentCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + parentCode));
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        boolean extendsParent = parent == null ? !c.contains(".")
                : c.startsWith(parent.getCode() + ".") && !c.substring(parent.getCode().length() + 1).contains(".");
        if (c.length() > 20 || !SECTION_CODE.matcher(c).matches() || !extendsParent) {
            throw new PlanEditException("planEdit.error.sectionCode");
        }
        if (all.stream().anyMatch(s -> s.getCode().equalsIgnoreCase(c))) {
            throw new PlanEditException("planEdit.error.sectionExists");
        }
        checkHeading(heading);
        Long parentId = parent == null ? null : parent.getId();
        int position = all.stream().filter(s -> java.util.Objects.equals(s.getParentId(), parentId))
                .mapToInt(PlanSection::getPosition).max().orElse(0) + 1;
        PlanSection added = sections.saveAndFlush(new PlanSection(plan, parentId, c, position, heading.strip(),
                body == null || body.isBlank() ? null : body.strip()));
        audit.record(username, "plan_section", added.getId(), "section.create", null, AuditLog.fields("plan", plan.getCode(),
                "code", c, "parent", parentCode, "heading", added.getHeading(), "body", added.getBody()));
        return added;
    }

    /** Headings are one line of the plan: required, at most 500 characters. */
    private static void checkHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            throw new PlanEditException("planEdit.error.heading");
        }
        if (heading.strip().length() > 500) {
            throw new PlanEditException("planEdit.error.headingTooLong");
        }
    }

    /**
     * @param planId plan id
     * @return all sections in document order (each section followed by its subsections), for lists and choices
     */
    public List<PlanSection> sectionsInOrder(long planId) {
        List<PlanSection> out = new ArrayList<>();
        flatten(tree(plans.findSections(planId)), out);
        return out;
    }

    private static void flatten(List<PlanOverview.SectionNode> nodes, List<PlanSection> out) {
        for (PlanOverview.SectionNode n : nodes) {
            out.add(n.section());
            flatten(n.children(), out);
        }
    }

    private static List<PlanOverview.SectionNode> tree(List<PlanSection> sections) {
        Map<Long, List<PlanOverview.SectionNode>> children = new LinkedHashMap<>();
        List<PlanOverview.SectionNode> roots = new ArrayList<>();
        for (PlanSection s : sections) {
            children.put(s.getId(), new ArrayList<>());
        }
        for (PlanSection s : sections) {
            var node = new PlanOverview.SectionNode(s, children.get(s.getId()));
            if (s.getParentId() == null || !children.containsKey(s.getParentId())) {
                roots.add(node);
            } else {
                children.get(s.getParentId()).add(node);
            }
        }
        return roots;
    }
}
