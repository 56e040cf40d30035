package vn.ansinh.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportScanRepository extends JpaRepository<ReportScan, Long> {

    @Query("""
            select new vn.ansinh.report.ScanInfo(s.fileName, s.sizeBytes, s.uploadedBy, s.uploadedAt)
            from ReportScan s where s.reportId = :reportId
            """)
    Optional<ScanInfo> findInfo(long reportId);
}
