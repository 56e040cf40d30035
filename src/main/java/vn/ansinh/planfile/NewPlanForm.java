package vn.ansinh.planfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.ansinh.shared.web.Formats;

/**
 * The "new plan" form as typed. {@link #parse} checks: a code of 2–40 letters, digits and hyphens; a title; base
 * and target years between 2000 and 2100, the target after the base; an issue date written dd/MM/yyyy when given;
 * the ward report deadline as a day and month that exist (29/02 is refused, since not every year has it).
 */
public class NewPlanForm {

    /** A plan code: 2 to 40 letters without diacritics, digits or hyphens (it goes into file names and addresses). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,40}");

    private String code;
    private String number;
    private String title;
    private String summary;
    private String issueDate;
    private Integer baseYear;
    private Integer targetYear;
    private String issuingUnit;
    private Long copyFrom;
    private String wardDeadline = "05/10";

    /**
     * What {@link #parse} returns when the form is valid.
     *
     * @param plan          the plan's own fields, as in a plan file
     * @param copyFrom      the plan whose sections, targets, tasks and duties are copied, or null for an empty plan
     * @param deadlineDay   day of the yearly ward report deadline
     * @param deadlineMonth month of that deadline
     */
    public record NewPlan(PlanFile.PlanDoc plan, Long copyFrom, int deadlineDay, int deadlineMonth) {
    }

    NewPlan parse(Errors errors) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            errors.rejectValue("code", "planNew.error.code");
        }
        if (title == null || title.isBlank()) {
            errors.rejectValue("title", "planEdit.error.title");
        }
        boolean baseOk = year(baseYear, "baseYear", errors);
        if (year(targetYear, "targetYear", errors) && baseOk && targetYear <= baseYear) {
            errors.rejectValue("targetYear", "planNew.error.years");
        }
        if (issuingUnit == null || issuingUnit.isBlank()) {
            errors.rejectValue("issuingUnit", "planNew.error.unit");
        }
        LocalDate date = null;
        if (issueDate != null && !issueDate.isBlank()) {
            try {
                date = Formats.parseDate(issueDate);
            } catch (DateTimeParseException e) {
                errors.rejectValue("issueDate", "planEdit.error.date");
            }
        }
        int day = 0;
        int month = 0;
        try {
            LocalDate d = Formats.parseDate((wardDeadline == null ? "" : wardDeadline.strip()) + "/2025");
            day = d.getDayOfMonth();
            month = d.getMonthValue();
        } catch (DateTimeParseException e) {
            errors.rejectValue("wardDeadline", "planNew.error.deadline");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewPlan(new PlanFile.PlanDoc(code.strip().toUpperCase(java.util.Locale.ROOT), blank(number), title.strip(),
                blank(summary), date, issuingUnit.strip(), baseYear, targetYear, null, null, null, null), copyFrom, day, month);
    }

    /** @return whether the year is there and within 2000–2100; a field that did not bind (not a number) keeps its own message */
    private static boolean year(Integer year, String field, Errors errors) {
        if (errors.hasFieldErrors(field)) {
            return false;
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.rejectValue(field, "planNew.error.year");
            return false;
        }
        return true;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
    public Integer getBaseYear() { return baseYear; }
    public void setBaseYear(Integer baseYear) { this.baseYear = baseYear; }
    public Integer getTargetYear() { return targetYear; }
    public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    public String getIssuingUnit() { return issuingUnit; }
    public void setIssuingUnit(String issuingUnit) { this.issuingUnit = issuingUnit; }
    public Long getCopyFrom() { return copyFrom; }
    public void setCopyFrom(Long copyFrom) { this.copyFrom = copyFrom; }
    public String getWardDeadline() { return wardDeadline; }
    public void setWardDeadline(String wardDeadline) { this.wardDeadline = wardDeadline; }
}
