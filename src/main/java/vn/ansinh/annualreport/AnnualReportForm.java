package vn.ansinh.annualreport;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.ansinh.shared.TypedText;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * The annual report form as typed. {@link #parse} checks (messages {@code annualReport.error.*}): a number of digits
 * only or nothing, written with a leading zero under 10 (Nghị định 30/2020/NĐ-CP, Phụ lục I: "05"); a symbol of capital
 * letters and digits joined by hyphens ({@code BC-UBND}); a place; a date written dd/MM/yyyy in the report year or the
 * next, or nothing; a summary line; recipients with at least one line, the last one "Lưu: …"; lengths within the
 * columns (texts at most {@value #MAX_TEXT} characters).
 */
public class AnnualReportForm {

    /** Longest text of one section, in characters. */
    static final int MAX_TEXT = 20_000;
    private static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}0-9]+(-[\\p{Lu}0-9]+)*");

    private String number;
    private String symbol;
    private String place;
    private String date;
    private String summary;
    private String opening;
    private String results;
    private String strengths;
    private String limitations;
    private String causes;
    private String nextYear;
    private String proposals;
    private String recipients;
    private String signerTitle;
    private String signerName;
    private Long version;

    static AnnualReportForm of(DraftText t, Long version) {
        AnnualReportForm f = new AnnualReportForm();
        f.number = t.number();
        f.symbol = t.symbol();
        f.place = t.place();
        f.date = t.date() == null ? "" : Formats.DATE.format(t.date());
        f.summary = t.summary();
        f.opening = t.opening();
        f.results = t.results();
        f.strengths = t.strengths();
        f.limitations = t.limitations();
        f.causes = t.causes();
        f.nextYear = t.nextYear();
        f.proposals = t.proposals();
        f.recipients = t.recipients();
        f.signerTitle = t.signerTitle();
        f.signerName = t.signerName();
        f.version = version;
        return f;
    }

    /**
     * @param year   the report year
     * @param errors where field errors go
     * @return the cleaned text, or null when a field was refused
     */
    DraftText parse(int year, Errors errors) {
        String num = clean(number);
        if (num != null && !num.matches("\\d{1,5}")) {
            errors.rejectValue("number", "annualReport.error.number");
        } else if (num != null) {
            int n = Integer.parseInt(num);
            num = n == 0 ? null : (n < 10 ? "0" : "") + n;
        }
        String sym = clean(symbol) == null ? null : clean(symbol).toUpperCase(VietnameseNumbers.VI_VN);
        if (sym == null || sym.length() > 30 || !SYMBOL.matcher(sym).matches()) {
            errors.rejectValue("symbol", "annualReport.error.symbol");
        }
        required(place, 100, "place", errors);
        required(summary, 500, "summary", errors);
        LocalDate day = null;
        if (clean(date) != null) {
            try {
                day = Formats.parseDate(date);
                if (day.getYear() < year || day.getYear() > year + 1) {
                    errors.rejectValue("date", "annualReport.error.dateYear", new Object[]{"" + year, "" + (year + 1)}, null);
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("date", "annualReport.error.date");
            }
        }
        for (String field : List.of("opening", "results", "strengths", "limitations", "causes", "nextYear", "proposals")) {
            tooLong(text(field), MAX_TEXT, field, errors);
        }
        tooLong(signerTitle, 200, "signerTitle", errors);
        tooLong(signerName, 200, "signerName", errors);
        List<String> lines = recipientLines(recipients);
        if (lines.isEmpty() || !Normalizer.normalize(lines.get(lines.size() - 1), Normalizer.Form.NFC).startsWith("Lưu")) {
            errors.rejectValue("recipients", "annualReport.error.recipients");
        } else {
            tooLong(String.join("\n", lines), 2000, "recipients", errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new DraftText(num, sym, clean(place), day, clean(summary), clean(opening), clean(results), clean(strengths),
                clean(limitations), clean(causes), clean(nextYear), clean(proposals), String.join("\n", lines),
                clean(signerTitle), clean(signerName));
    }

    /**
     * @param text recipients as typed, one a line, with or without "- " and ";"
     * @return the non-empty lines without the leading dash and the trailing ";" or "."
     */
    static List<String> recipientLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(TypedText.withoutControls(text).split("\\R"))
                .map(l -> l.strip().replaceFirst("^[-–+•]\\s*", "").replaceFirst("[;.]+$", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    private String text(String field) {
        return switch (field) {
            case "opening" -> opening;
            case "results" -> results;
            case "strengths" -> strengths;
            case "limitations" -> limitations;
            case "causes" -> causes;
            case "nextYear" -> nextYear;
            default -> proposals;
        };
    }

    private static void required(String text, int max, String field, Errors errors) {
        if (clean(text) == null) {
            errors.rejectValue(field, "annualReport.error." + field);
        } else {
            tooLong(text, max, field, errors);
        }
    }

    private static void tooLong(String text, int max, String field, Errors errors) {
        if (text != null && text.strip().length() > max) {
            errors.rejectValue(field, "common.tooLong", new Object[]{VietnameseNumbers.format(java.math.BigDecimal.valueOf(max), 0)}, null);
        }
    }

    private static String clean(String s) {
        return TypedText.clean(s);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getLimitations() { return limitations; }
    public void setLimitations(String limitations) { this.limitations = limitations; }
    public String getCauses() { return causes; }
    public void setCauses(String causes) { this.causes = causes; }
    public String getNextYear() { return nextYear; }
    public void setNextYear(String nextYear) { this.nextYear = nextYear; }
    public String getProposals() { return proposals; }
    public void setProposals(String proposals) { this.proposals = proposals; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
