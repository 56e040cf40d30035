package vn.ansinh.orgunit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuccessionRepository extends JpaRepository<Succession, Long> {

    @Query("select s from Succession s join fetch s.from join fetch s.to where s.from.id in :ids or s.to.id in :ids")
    List<Succession> findTouching(List<Long> ids);
}
