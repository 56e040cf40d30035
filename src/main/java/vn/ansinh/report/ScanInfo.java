package vn.ansinh.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What the pages show of a scan, without loading its content.
 *
 * @param fileName   the uploaded file's name
 * @param sizeBytes  its size in bytes
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record ScanInfo(String fileName, int sizeBytes, String uploadedBy, Instant uploadedAt) {

    /** @return the size in kilobytes (1 KB = 1.024 bytes), rounded up */
    public BigDecimal sizeKb() {
        return BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.UP);
    }
}
