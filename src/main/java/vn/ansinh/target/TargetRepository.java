package vn.ansinh.target;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.ansinh.orgunit.OrgUnit;

interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("select t.code from Target t where t.plan.id = :planId")
    java.util.Set<String> findCodes(long planId);

    @Query("select coalesce(max(t.position), 0) from Target t where t.plan.id = :planId")
    int findMaxPosition(long planId);

    @EntityGraph(attributePaths = {"responsibleUnit", "plan", "plan.issuingUnit"})
    @Query("select t from Target t where t.plan.id = :planId and t.retiredOn is null order by t.position")
    List<Target> findActiveByPlan(long planId);

    @Query("select distinct u from Target t join t.responsibleUnit u where t.plan.id = :planId and t.retiredOn is null")
    List<OrgUnit> findResponsibleUnits(long planId);

    @EntityGraph(attributePaths = {"responsibleUnit", "plan", "plan.issuingUnit"})
    @Query("select t from Target t where t.id = :id")
    Optional<Target> findDetailed(long id);
}
