package vn.ansinh.task;

import java.net.URI;

import org.springframework.validation.Errors;

import vn.ansinh.plan.Plan;
import vn.ansinh.shared.TypedText;

/**
 * The progress form as typed. {@link #parse} checks: a state, a year of the plan not after the current year, a
 * narrative of at most 4.000 characters, and evidence as an http(s) link of at most 500 characters to a named host
 * with a dot ({@code http://a} is refused; {@code https://haian.haiphong.gov.vn/…} is accepted).
 */
public class ProgressForm {

    private Long unitId;
    private Integer year;
    private TaskState state;
    private String narrative;
    private String evidenceUrl;
    private Long version;

    static ProgressForm of(TaskProgress p, long unitId, int year) {
        ProgressForm f = new ProgressForm();
        f.unitId = unitId;
        f.year = year;
        if (p != null) {
            f.state = p.getState();
            f.narrative = p.getNarrative();
            f.evidenceUrl = p.getEvidenceUrl();
            f.version = p.getVersion();
        }
        return f;
    }

    ProgressInput parse(Plan plan, int currentYear, Errors errors) {
        if (year == null || !plan.coversYear(year) || year > currentYear) {
            errors.rejectValue("year", "progress.error.year", new Object[]{String.valueOf(plan.getBaseYear()),
                    String.valueOf(Math.min(currentYear, plan.getTargetYear()))}, null);
        }
        if (state == null && !errors.hasFieldErrors("state")) {
            errors.rejectValue("state", "progress.error.state");
        }
        if (unitId == null) {
            errors.rejectValue("unitId", "progress.error.unit");
        }
        String text = TypedText.clean(narrative);
        if (text != null && text.length() > 4000) {
            errors.rejectValue("narrative", "value.tooLong", new Object[]{"4.000"}, null);
        }
        String link = evidenceUrl == null || evidenceUrl.isBlank() ? null : evidenceUrl.strip();
        if (link != null && (link.length() > 500 || !isWebLink(link))) {
            errors.rejectValue("evidenceUrl", "progress.error.link");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProgressInput(unitId, year, state, text, link, version);
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            String host = uri.getHost();
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && host != null && host.indexOf('.') > 0 && !host.endsWith(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public TaskState getState() {
        return state;
    }

    public void setState(TaskState state) {
        this.state = state;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
