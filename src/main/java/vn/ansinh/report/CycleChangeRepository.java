package vn.ansinh.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleChangeRepository extends JpaRepository<CycleChange, Long> {

    @Query("select c from CycleChange c where c.cycleId = :cycleId order by c.changedAt desc, c.id desc")
    List<CycleChange> findByCycle(long cycleId);
}
