package vn.ansinh.workbook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded values workbook for one plan, unit and year (table {@code value_import}, V015). Starts as a
 * {@link State#PREVIEW} with the verdict of each line; {@link State#SAVED} once confirmed, which happens once.
 * {@code rowsProcessed} of {@code rowsTotal} is the reading progress shown on the preview page.
 */
@Entity
@Table(name = "value_import")
public class ValueImport {

    /** Where an import stands. */
    public enum State { PREVIEW, SAVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "org_unit_id")
    private long orgUnitId;

    private int year;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "rows_total")
    private int rowsTotal;

    @Column(name = "rows_processed")
    private int rowsProcessed;

    @Column(name = "rows_saved")
    private Integer rowsSaved;

    @Column(name = "rows_skipped")
    private Integer rowsSkipped;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ValueImport() {
    }

    ValueImport(long planId, long orgUnitId, int year, String fileName, int rowsTotal, String createdBy, Instant now) {
        this.planId = planId;
        this.orgUnitId = orgUnitId;
        this.year = year;
        this.fileName = fileName;
        this.rowsTotal = rowsTotal;
        this.state = State.PREVIEW;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void processed(int rows) {
        this.rowsProcessed = rows;
    }

    void saved(int saved, int skipped, String user, Instant now) {
        this.state = State.SAVED;
        this.rowsSaved = saved;
        this.rowsSkipped = skipped;
        this.confirmedBy = user;
        this.confirmedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getOrgUnitId() {
        return orgUnitId;
    }

    public int getYear() {
        return year;
    }

    public String getFileName() {
        return fileName;
    }

    public State getState() {
        return state;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsProcessed() {
        return rowsProcessed;
    }

    public Integer getRowsSaved() {
        return rowsSaved;
    }

    public Integer getRowsSkipped() {
        return rowsSkipped;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
