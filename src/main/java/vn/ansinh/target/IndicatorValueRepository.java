package vn.ansinh.target;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    @Query("""
            select v from IndicatorValue v
            where v.target.plan.id = :planId and v.orgUnit.id = :unitId
            order by v.target.id, v.year
            """)
    List<IndicatorValue> findByPlanAndUnit(long planId, long unitId);

    @EntityGraph(attributePaths = "orgUnit")
    @Query("select v from IndicatorValue v where v.target.id = :targetId order by v.year desc, v.orgUnit.code")
    List<IndicatorValue> findByTarget(long targetId);

    @EntityGraph(attributePaths = "orgUnit")
    @Query("select v from IndicatorValue v where v.target.id = :targetId and v.orgUnit.id = :unitId and v.year = :year")
    Optional<IndicatorValue> findOne(long targetId, long unitId, int year);

    @EntityGraph(attributePaths = {"orgUnit", "target"})
    @Query("""
            select v from IndicatorValue v
            where v.orgUnit.id = :wardId and v.year = :year and v.target.plan.id = :planId and v.target.wardLevel = true
            """)
    List<IndicatorValue> findWardValues(long planId, long wardId, int year);

    @Query("""
            select v from IndicatorValue v
            where v.target.id = :targetId and v.confirmedAt is not null
              and v.orgUnit.kind = vn.ansinh.orgunit.OrgUnitKind.WARD
            order by v.year
            """)
    List<IndicatorValue> findConfirmedWardValues(long targetId);

    @Query("select count(v) > 0 from IndicatorValue v where v.target.plan.id = :planId and v.demo = true")
    boolean existsDemoInPlan(long planId);
}
