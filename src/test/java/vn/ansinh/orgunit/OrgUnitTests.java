package vn.ansinh.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OrgUnitTests {

    @Test
    void aUnitIsValidInEveryYearItExistedOnAtLeastOneDay() {
        OrgUnit dongHai2 = new OrgUnit("11411", "Phường Đông Hải 2", OrgUnitKind.WARD, null, LocalDate.of(2002, 12, 20));
        assertThat(dongHai2.isValidIn(2002)).isTrue();
        assertThat(dongHai2.isValidIn(2001)).isFalse();
        assertThat(dongHai2.isValidIn(2030)).isTrue();
        assertThat(OrgUnitKind.WARD.isTerritorial()).isTrue();
        assertThat(OrgUnitKind.DEPARTMENT.isTerritorial()).isFalse();
    }
}
