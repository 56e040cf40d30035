package vn.ansinh.task;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskProgressRepository extends JpaRepository<TaskProgress, Long> {

    @EntityGraph(attributePaths = "orgUnit")
    @Query("select p from TaskProgress p where p.task.id = :taskId order by p.year desc, p.orgUnit.code")
    List<TaskProgress> findByTask(long taskId);

    @Query("select p from TaskProgress p where p.task.id = :taskId and p.orgUnit.id = :unitId and p.year = :year")
    Optional<TaskProgress> findOne(long taskId, long unitId, int year);

    @Query("select p from TaskProgress p where p.task.plan.id = :planId and p.year = :year")
    List<TaskProgress> findByPlanAndYear(long planId, int year);

    @EntityGraph(attributePaths = {"task", "orgUnit"})
    @Query("select p from TaskProgress p where p.updatedBy = :username order by p.updatedAt desc")
    List<TaskProgress> findLatestBy(String username, Pageable page);
}
