package vn.ansinh.annualreport;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The text of the district's annual report on a plan for one year (table {@code annual_report_draft}, V016); one per
 * plan and year. {@code version} guards against two officials overwriting each other.
 */
@Entity
@Table(name = "annual_report_draft")
class AnnualReportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    private int year;

    @Column(name = "doc_number")
    private String number;

    @Column(name = "doc_symbol")
    private String symbol;

    private String place;

    @Column(name = "doc_date")
    private LocalDate date;

    private String summary;
    private String opening;
    private String results;
    private String strengths;
    private String limitations;
    private String causes;

    @Column(name = "next_year")
    private String nextYear;

    private String proposals;
    private String recipients;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnualReportDraft() {
    }

    AnnualReportDraft(long planId, int year) {
        this.planId = planId;
        this.year = year;
    }

    void write(DraftText t, String user, Instant now) {
        number = t.number();
        symbol = t.symbol();
        place = t.place();
        date = t.date();
        summary = t.summary();
        opening = t.opening();
        results = t.results();
        strengths = t.strengths();
        limitations = t.limitations();
        causes = t.causes();
        nextYear = t.nextYear();
        proposals = t.proposals();
        recipients = t.recipients();
        signerTitle = t.signerTitle();
        signerName = t.signerName();
        updatedBy = user;
        updatedAt = now;
    }

    DraftText text() {
        return new DraftText(number, symbol, place, date, summary, opening, results, strengths, limitations, causes,
                nextYear, proposals, recipients, signerTitle, signerName);
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
