package vn.ansinh.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.NotFoundException;

/**
 * Reads plans with their legal basis, sections, section V assignments and reporting rules.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;

    PlanService(PlanRepository plans) {
        this.plans = plans;
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
     * @return the plan shown when a user opens the app: the one with the latest base year (a copy loaded later with
     * the same base year does not replace the plan people are working on)
     * @throws NotFoundException when no plan has been loaded
     */
    public Plan current() {
        return all().stream().findFirst().orElseThrow(() -> new NotFoundException("any plan"));
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
     * @param planId  the plan
     * @param version the version the form was opened at
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone changed it since
     */
    @Transactional
    public void editPlan(long planId, String number, String title, String summary, java.time.LocalDate issueDate,
                         String visionText, String signerTitle, String signerName, long version) {
        Plan p = get(planId);
        if (p.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Plan.class, planId);
        }
        p.edit(number, title, summary, issueDate, visionText, signerTitle, signerName);
        plans.saveAndFlush(p);
    }

    /**
     * Changes a section's heading and text.
     *
     * @param planId the plan
     * @param code   the section code
     * @param heading the heading, required
     * @param body   the text (paragraphs separated by blank lines, bullets starting with "- "), or null
     * @throws NotFoundException when the plan has no such section
     */
    @Transactional
    public void editSection(long planId, String code, String heading, String body) {
        PlanSection s = plans.findSections(planId).stream().filter(x -> x.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + code));
        s.edit(heading, body);
        plans.flush();
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
