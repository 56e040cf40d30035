package vn.ansinh.workbook;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ValueImportRepository extends JpaRepository<ValueImport, Long> {

    /** Locks the import row until the transaction ends, so two confirmations of one preview run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ValueImport i where i.id = :id")
    Optional<ValueImport> findForUpdate(long id);
}
