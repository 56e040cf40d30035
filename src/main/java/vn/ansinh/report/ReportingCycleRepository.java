package vn.ansinh.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    @Query("select c from ReportingCycle c where c.plan.id = :planId order by c.year desc")
    List<ReportingCycle> findByPlan(long planId);

    @EntityGraph(attributePaths = {"plan", "plan.issuingUnit"})
    @Query("select c from ReportingCycle c where c.id = :id")
    Optional<ReportingCycle> findDetailed(long id);

    @Query("select count(c) > 0 from ReportingCycle c where c.plan.id = :planId and c.year = :year")
    boolean existsForYear(long planId, int year);
}
