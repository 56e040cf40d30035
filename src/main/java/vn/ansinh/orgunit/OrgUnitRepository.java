package vn.ansinh.orgunit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("""
            select u from OrgUnit u
            where (u.id = :rootId or u.parent.id = :rootId)
              and u.kind in (vn.ansinh.orgunit.OrgUnitKind.DISTRICT, vn.ansinh.orgunit.OrgUnitKind.WARD)
            order by case when u.id = :rootId then 0 else 1 end, u.code
            """)
    List<OrgUnit> findTerritoriesUnder(long rootId);

    /** Wards that succeeded (directly) a ward of the district, wherever they now belong. */
    @Query("""
            select distinct s.to from Succession s
            where s.from.parent.id = :districtId and s.to.kind = vn.ansinh.orgunit.OrgUnitKind.WARD
            """)
    List<OrgUnit> findSuccessorWards(long districtId);
}
