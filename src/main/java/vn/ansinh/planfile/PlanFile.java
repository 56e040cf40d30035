package vn.ansinh.planfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a JSON file (format version 1): everything the app holds about a plan, with units named by their codes.
 * Exported by {@link PlanFileService#export}, read back by {@link PlanFileService#check} and {@link PlanFileService#load};
 * the format is described in docs/plan-file.md.
 *
 * @param formatVersion   1
 * @param plan            the plan itself
 * @param legalDocuments  its legal basis
 * @param sections        its numbered sections (parent given by code)
 * @param responsibilities section V entries
 * @param reportingRules  reporting duties
 * @param targets         targets
 * @param tasks           tasks of section III with their units
 */
public record PlanFile(int formatVersion, PlanDoc plan, List<LegalDoc> legalDocuments, List<SectionDoc> sections,
                       List<ResponsibilityDoc> responsibilities, List<RuleDoc> reportingRules, List<TargetDoc> targets,
                       List<TaskDoc> tasks) {

    /** The plan's own fields; {@code issuingUnit} is a unit code. */
    public record PlanDoc(String code, String number, String title, String summary, LocalDate issueDate,
                          String issuingUnit, int baseYear, int targetYear, Integer visionYear, String visionText,
                          String signerTitle, String signerName) {
    }

    /** A legal document; {@code relation} is CHAIN or RELATED. */
    public record LegalDoc(int position, String kind, String number, LocalDate issuedOn, String issuer, String title,
                           String relation) {
    }

    /** A section; {@code parent} is the parent's code or null. */
    public record SectionDoc(String code, String parent, int position, String heading, String body) {
    }

    /** A section V entry; {@code units} are unit codes. */
    public record ResponsibilityDoc(int position, String heading, String body, boolean lead, String scope,
                                    List<String> units) {
    }

    /** A reporting rule; {@code recipient} and {@code via} are unit codes. */
    public record RuleDoc(String reporterKind, String recipient, String via, String frequency, int deadlineMonth,
                          int deadlineDay, boolean deadlineExclusive, String sourceSection, String description) {
    }

    /** A target; enums by name, {@code responsibleUnit} a unit code. */
    public record TargetDoc(String code, int position, String section, String area, String statement,
                            String indicatorName, String measureUnit, String kind, String valueType,
                            String maintainDirection, BigDecimal targetValue, BigDecimal targetValueMax,
                            BigDecimal rateMultiplier, int targetYear, Integer baselineYear, BigDecimal baselineValue,
                            String responsibleUnit, String dataSource, int decimals, BigDecimal plausibleMin,
                            BigDecimal plausibleMax, boolean wardLevel) {
    }

    /** A task; {@code lead} and {@code coordinating} are unit codes. */
    public record TaskDoc(String code, String section, int position, String text, String scope, String lead,
                          List<String> coordinating) {
    }

    /**
     * A problem found in a file.
     *
     * @param line    the line of the element concerned (1-based), 0 when unknown
     * @param message what is wrong, in Vietnamese
     */
    public record Problem(int line, String message) {
    }
}
