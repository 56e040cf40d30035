package vn.ansinh.workbook;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValueImportRowRepository extends JpaRepository<ValueImportRow, Long> {

    List<ValueImportRow> findByImportIdOrderByLine(long importId);
}
