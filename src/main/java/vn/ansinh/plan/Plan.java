package vn.ansinh.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.orgunit.OrgUnit;

/**
 * A plan (kế hoạch) issued by a People's Committee: its targets run from {@link #getBaseYear()} (the year
 * it was issued, whose values serve as default baselines) to {@link #getTargetYear()}, with a vision
 * to {@link #getVisionYear()}. The Hải An plan implements 26-CTr/QU → 73-CTr/TU → 42-NQ/TW.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    /** Document number such as {@code 123/KH-UBND}; {@code null} when not known (illegible in the source). */
    private String number;

    private String title;

    private String summary;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_unit_id")
    private OrgUnit issuingUnit;

    @Column(name = "base_year")
    private int baseYear;

    @Column(name = "target_year")
    private int targetYear;

    @Column(name = "vision_year")
    private Integer visionYear;

    @Column(name = "vision_text")
    private String visionText;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    @Version
    private long version;

    protected Plan() {
    }

    void edit(String number, String title, String summary, LocalDate issueDate, Integer visionYear, String visionText,
              String signerTitle, String signerName) {
        this.visionYear = visionYear;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.issueDate = issueDate;
        this.visionText = visionText;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
    }

    public long getVersion() {
        return version;
    }

    /**
     * @param year a calendar year (usually the current one)
     * @return the year of this plan to show by default: {@code year} held within base year … target year
     */
    public int yearWithin(int year) {
        return Math.max(baseYear, Math.min(year, targetYear));
    }

    /**
     * @param thisYear the current calendar year
     * @return the years figures can be shown for: from the base year up to {@link #yearWithin}(thisYear), oldest first
     */
    public java.util.List<Integer> yearsUpTo(int thisYear) {
        return java.util.stream.IntStream.rangeClosed(baseYear, yearWithin(thisYear)).boxed().toList();
    }

    /**
     * @param year a calendar year
     * @return whether values may be recorded for that year: from the base year to the target year inclusive
     */
    public boolean coversYear(int year) {
        return year >= baseYear && year <= targetYear;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public OrgUnit getIssuingUnit() {
        return issuingUnit;
    }

    public int getBaseYear() {
        return baseYear;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public Integer getVisionYear() {
        return visionYear;
    }

    public String getVisionText() {
        return visionText;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }
}
