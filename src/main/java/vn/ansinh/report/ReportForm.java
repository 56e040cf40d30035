package vn.ansinh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.plan.PlanSection;
import vn.ansinh.shared.TypedText;

/**
 * The ward report form: text exactly as typed, so nothing is lost when the form is shown again.
 * {@code results} follow the order of the plan's task groups (section III.1 … III.8).
 */
public class ReportForm {

    private static final int MAX_LENGTH = 20_000;

    private List<String> results = new ArrayList<>();
    private String strengths;
    private String limitations;
    private String causes;
    private String difficulties;
    private String nextYear;
    private String proposals;
    private long version;

    static ReportForm of(WardReport r, List<PlanSection> groups) {
        ReportForm f = new ReportForm();
        groups.forEach(g -> f.results.add(r.getResults().getOrDefault(g.getCode(), "")));
        f.strengths = r.getStrengths();
        f.limitations = r.getLimitations();
        f.causes = r.getCauses();
        f.difficulties = r.getDifficulties();
        f.nextYear = r.getNextYear();
        f.proposals = r.getProposals();
        f.version = r.getVersion();
        return f;
    }

    /**
     * @param groups the plan's task groups, in the order of {@link #getResults()}
     * @return the content to store
     * @throws ReportException {@code report.error.tooLong} when a part is over 20.000 characters (nothing is cut)
     */
    ReportContent content(List<PlanSection> groups) {
        boolean tooLong = results.stream().anyMatch(r -> r != null && r.length() > MAX_LENGTH)
                || java.util.stream.Stream.of(strengths, limitations, causes, difficulties, nextYear, proposals)
                .anyMatch(t -> t != null && t.length() > MAX_LENGTH);
        if (tooLong) {
            throw new ReportException("report.error.tooLong");
        }
        Map<String, String> byCode = new LinkedHashMap<>();
        for (int i = 0; i < groups.size() && i < results.size(); i++) {
            byCode.put(groups.get(i).getCode(), clean(results.get(i)));
        }
        return new ReportContent(byCode, clean(strengths), clean(limitations), clean(causes), clean(difficulties),
                clean(nextYear), clean(proposals));
    }

    private static String clean(String s) {
        return TypedText.clean(s);
    }

    public List<String> getResults() {
        return results;
    }

    public void setResults(List<String> results) {
        this.results = results;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getLimitations() {
        return limitations;
    }

    public void setLimitations(String limitations) {
        this.limitations = limitations;
    }

    public String getCauses() {
        return causes;
    }

    public void setCauses(String causes) {
        this.causes = causes;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getNextYear() {
        return nextYear;
    }

    public void setNextYear(String nextYear) {
        this.nextYear = nextYear;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
