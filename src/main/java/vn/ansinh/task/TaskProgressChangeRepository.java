package vn.ansinh.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskProgressChangeRepository extends JpaRepository<TaskProgressChange, Long> {

    @Query("""
            select new vn.ansinh.task.ProgressChangeRow(c, p.orgUnit.name, p.year) from TaskProgressChange c, TaskProgress p
            where c.progressId = p.id and p.task.id = :taskId order by c.changedAt desc, c.id desc
            """)
    List<ProgressChangeRow> findByTask(long taskId);
}
