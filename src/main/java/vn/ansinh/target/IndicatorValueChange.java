package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change of an {@link IndicatorValue}: old and new value (number and display text), who and when.
 * Rows are only ever inserted.
 */
@Entity
@Table(name = "indicator_value_change")
public class IndicatorValueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_value_id")
    private Long indicatorValueId;

    @Column(name = "old_value")
    private BigDecimal oldValue;

    @Column(name = "new_value")
    private BigDecimal newValue;

    @Column(name = "old_text")
    private String oldText;

    @Column(name = "new_text")
    private String newText;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected IndicatorValueChange() {
    }

    IndicatorValueChange(Long indicatorValueId, BigDecimal oldValue, BigDecimal newValue, String oldText,
                         String newText, String changedBy, Instant changedAt) {
        this.indicatorValueId = indicatorValueId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.oldText = oldText;
        this.newText = newText;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getIndicatorValueId() {
        return indicatorValueId;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    /** @return the old value as displayed (e.g. {@code 75,5% (151/200)}), or null when the value was created */
    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
