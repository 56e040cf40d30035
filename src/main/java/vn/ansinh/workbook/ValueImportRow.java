package vn.ansinh.workbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an uploaded workbook (table {@code value_import_row}, V015): the text read from its cells (numeric
 * cells already written in vi-VN notation), the verdict and its Vietnamese reason, and the version of the value
 * stored when the preview was made (null when there was none), so that confirming never overwrites a value someone
 * changed after the preview.
 */
@Entity
@Table(name = "value_import_row")
public class ValueImportRow {

    /** The verdict on a line. */
    public enum Verdict { ACCEPTED, REJECTED, EMPTY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id")
    private long importId;

    private int line;

    @Column(name = "target_code")
    private String targetCode;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "value_text")
    private String valueText;

    @Column(name = "numerator_text")
    private String numeratorText;

    @Column(name = "denominator_text")
    private String denominatorText;

    private String source;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String reason;

    @Column(name = "existing_version")
    private Long existingVersion;

    private Boolean saved;

    protected ValueImportRow() {
    }

    ValueImportRow(long importId, SheetLine line, Long targetId, Verdict verdict, String reason, Long existingVersion) {
        this.importId = importId;
        this.line = line.line();
        this.targetCode = line.code();
        this.valueText = line.value();
        this.numeratorText = line.numerator();
        this.denominatorText = line.denominator();
        this.source = line.source();
        this.targetId = targetId;
        this.verdict = verdict;
        this.reason = reason;
        this.existingVersion = existingVersion;
    }

    /** @return the line as read from the sheet */
    SheetLine sheetLine() {
        return new SheetLine(line, targetCode, valueText, numeratorText, denominatorText, source);
    }

    public Long getId() {
        return id;
    }

    public int getLine() {
        return line;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getValueText() {
        return valueText;
    }

    public String getNumeratorText() {
        return numeratorText;
    }

    public String getDenominatorText() {
        return denominatorText;
    }

    public String getSource() {
        return source;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }

    public Long getExistingVersion() {
        return existingVersion;
    }

    /**
     * @return what confirming did with this line: {@code true} saved, {@code false} skipped (changed by someone else
     *         since the preview, or no longer valid); {@code null} before confirming and for lines never saved
     */
    public Boolean getSaved() {
        return saved;
    }

    /** Records the outcome of confirming this accepted line. */
    void confirmed(boolean wasSaved) {
        this.saved = wasSaved;
    }
}
