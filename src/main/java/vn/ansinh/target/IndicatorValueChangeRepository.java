package vn.ansinh.target;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorValueChangeRepository extends JpaRepository<IndicatorValueChange, Long> {

    /** Changes of all values of a target, newest first, each with the value's unit and year. */
    @Query("""
            select new vn.ansinh.target.ValueChangeRow(c, v.orgUnit.name, v.year)
            from IndicatorValueChange c, IndicatorValue v
            where c.indicatorValueId = v.id and v.target.id = :targetId
            order by c.changedAt desc, c.id desc
            """)
    List<ValueChangeRow> findByTarget(long targetId);
}
