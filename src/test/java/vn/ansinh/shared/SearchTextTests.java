package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsCaseDiacriticsAndDd() {
        assertThat(SearchText.fold("Phường ĐẰNG Lâm")).isEqualTo("phuong dang lam");
        assertThat(SearchText.fold("Tỷ lệ  thất nghiệp")).isEqualTo("ty le that nghiep");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        assertThat(SearchText.matches("Tỷ lệ thất nghiệp chung dưới 2%", "THAT nghiep")).isTrue();
        assertThat(SearchText.matches("Phường Đằng Lâm", "dang lam")).isTrue();
        assertThat(SearchText.matches("Phường Đằng Lâm", "đằng hải")).isFalse();
        assertThat(SearchText.matches("Bất kỳ", "  ")).isTrue();
    }
}
