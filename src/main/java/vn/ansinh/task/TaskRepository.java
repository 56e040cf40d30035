package vn.ansinh.task;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("""
            select distinct t from Task t left join fetch t.assignments a left join fetch a.orgUnit
            where t.plan.id = :planId and t.retiredOn is null
            order by t.sectionCode, t.position
            """)
    List<Task> findByPlan(long planId);

    @Query("""
            select distinct t from Task t left join fetch t.assignments a left join fetch a.orgUnit
            join fetch t.plan p join fetch p.issuingUnit
            where t.id = :id
            """)
    Optional<Task> findDetailed(long id);
}
