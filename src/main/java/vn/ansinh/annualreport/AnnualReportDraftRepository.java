package vn.ansinh.annualreport;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportDraftRepository extends JpaRepository<AnnualReportDraft, Long> {

    Optional<AnnualReportDraft> findByPlanIdAndYear(long planId, int year);
}
