package vn.ansinh.plan;

import java.util.List;

/**
 * Everything the plan overview page shows, read in a fixed number of queries.
 *
 * @param plan             the plan with its issuing unit
 * @param legalBasis       legal documents, chain first (highest level first), then related ones
 * @param sections         sections as a tree, in the plan's order
 * @param responsibilities section V entries in order, with their units
 * @param reportingRules   reporting duties stated by the plan
 */
public record PlanOverview(Plan plan, List<LegalDocument> legalBasis, List<SectionNode> sections,
                           List<PlanResponsibility> responsibilities, List<ReportingRule> reportingRules) {

    /**
     * A section with its subsections.
     *
     * @param section  the section
     * @param children its subsections in order
     */
    public record SectionNode(PlanSection section, List<SectionNode> children) {
    }
}
