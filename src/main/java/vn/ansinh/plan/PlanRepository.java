package vn.ansinh.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @EntityGraph(attributePaths = "issuingUnit")
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> findWithUnit(long id);

    @EntityGraph(attributePaths = "issuingUnit")
    @Query("select p from Plan p order by p.baseYear desc, p.id asc")
    List<Plan> findAllNewestFirst();

    @Query("select d from LegalDocument d where d.plan.id = :planId order by d.position")
    List<LegalDocument> findLegalBasis(long planId);

    @Query("select s from PlanSection s where s.plan.id = :planId order by s.parentId nulls first, s.position")
    List<PlanSection> findSections(long planId);

    @Query("""
            select s from PlanSection s
            where s.plan.id = :planId and s.parentId = (select p.id from PlanSection p where p.plan.id = :planId and p.code = :parentCode)
            order by s.position
            """)
    List<PlanSection> findChildren(long planId, String parentCode);

    @Query("select distinct r from PlanResponsibility r left join fetch r.units where r.plan.id = :planId order by r.position")
    List<PlanResponsibility> findResponsibilities(long planId);

    @Query("""
            select r from ReportingRule r join fetch r.recipient left join fetch r.via
            where r.plan.id = :planId order by r.reporterKind
            """)
    List<ReportingRule> findReportingRules(long planId);
}
