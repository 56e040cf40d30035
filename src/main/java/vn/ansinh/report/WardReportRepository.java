package vn.ansinh.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WardReportRepository extends JpaRepository<WardReport, Long> {

    @EntityGraph(attributePaths = {"ward", "cycle", "cycle.plan", "cycle.plan.issuingUnit", "results"})
    @Query("select r from WardReport r where r.id = :id")
    Optional<WardReport> findDetailed(long id);

    @EntityGraph(attributePaths = "ward")
    @Query("select r from WardReport r where r.cycle.id = :cycleId")
    List<WardReport> findByCycle(long cycleId);

    @EntityGraph(attributePaths = "cycle")
    @Query("select r from WardReport r where r.ward.id = :wardId and r.cycle.plan.id = :planId")
    List<WardReport> findByWardAndPlan(long wardId, long planId);

    @Query("select r from WardReport r join fetch r.cycle where r.cycle.plan.id = :planId")
    List<WardReport> findByPlan(long planId);

    @Query("select r from WardReport r where r.cycle.id = :cycleId and r.ward.id = :wardId")
    Optional<WardReport> findOne(long cycleId, long wardId);
}
