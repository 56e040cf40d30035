package vn.ansinh.report;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The scanned signed report of a ward (PDF), at most one per report; a new upload replaces it.
 */
@Entity
@Table(name = "ward_report_scan")
public class ReportScan {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ReportScan() {
    }

    ReportScan(Long reportId, String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.reportId = reportId;
        replace(fileName, content, uploadedBy, uploadedAt);
    }

    void replace(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getFileName() {
        return fileName;
    }

    /** @return the size in bytes */
    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
