package vn.ansinh.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskProgressChangeRepository extends JpaRepository<TaskProgressChange, Long> {

    @Query("""
            select c from TaskProgressChange c, TaskProgress p
            where c.progressId = p.id and p.task.id = :taskId order by c.changedAt desc, c.id desc
            """)
    List<TaskProgressChange> findByTask(long taskId);
}
