package vn.ansinh.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import vn.ansinh.shared.web.Formats;

/**
 * The plan edit form as typed. {@link #parse} checks: a title; the number at most 60 characters, the signer's title
 * and name at most 200 (the columns' sizes); an issue date written dd/MM/yyyy; a vision year, when given, from the
 * target year to 2100.
 */
public class PlanEditForm {

    private String number;
    private String title;
    private String summary;
    private String issueDate;
    private Integer visionYear;
    private String visionText;
    private String signerTitle;
    private String signerName;
    private long version;

    static PlanEditForm of(Plan p) {
        PlanEditForm f = new PlanEditForm();
        f.number = p.getNumber();
        f.title = p.getTitle();
        f.summary = p.getSummary();
        f.issueDate = p.getIssueDate() == null ? "" : Formats.DATE.format(p.getIssueDate());
        f.visionYear = p.getVisionYear();
        f.visionText = p.getVisionText();
        f.signerTitle = p.getSignerTitle();
        f.signerName = p.getSignerName();
        f.version = p.getVersion();
        return f;
    }

    /** The validated fields. */
    record Fields(String number, String title, String summary, LocalDate issueDate, Integer visionYear, String visionText,
                  String signerTitle, String signerName) {
    }

    Fields parse(Plan plan, Errors errors) {
        if (title == null || title.isBlank()) {
            errors.rejectValue("title", "planEdit.error.title");
        }
        tooLong(number, 60, "number", errors);
        tooLong(signerTitle, 200, "signerTitle", errors);
        tooLong(signerName, 200, "signerName", errors);
        LocalDate date = null;
        if (!blank(issueDate)) {
            try {
                date = Formats.parseDate(issueDate);
            } catch (DateTimeParseException e) {
                errors.rejectValue("issueDate", "planEdit.error.date");
            }
        }
        if (visionYear != null && (visionYear < plan.getTargetYear() || visionYear > 2100) && !errors.hasFieldErrors("visionYear")) {
            errors.rejectValue("visionYear", "planEdit.error.visionYear", new Object[]{String.valueOf(plan.getTargetYear())}, null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Fields(strip(number), title.strip(), strip(summary), date, visionYear, strip(visionText), strip(signerTitle),
                strip(signerName));
    }

    private static void tooLong(String text, int max, String field, Errors errors) {
        if (text != null && text.strip().length() > max) {
            errors.rejectValue(field, "common.tooLong", new Object[]{String.valueOf(max)}, null);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
    public Integer getVisionYear() { return visionYear; }
    public void setVisionYear(Integer visionYear) { this.visionYear = visionYear; }
    public String getVisionText() { return visionText; }
    public void setVisionText(String visionText) { this.visionText = visionText; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
