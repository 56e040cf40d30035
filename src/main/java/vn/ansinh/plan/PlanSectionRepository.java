package vn.ansinh.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {
}
