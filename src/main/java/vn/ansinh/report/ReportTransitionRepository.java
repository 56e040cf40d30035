package vn.ansinh.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportTransitionRepository extends JpaRepository<ReportTransition, Long> {

    @Query("select t from ReportTransition t where t.reportId = :reportId order by t.at, t.id")
    List<ReportTransition> findByReport(long reportId);
}
