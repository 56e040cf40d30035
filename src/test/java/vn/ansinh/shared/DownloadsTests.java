package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.ansinh.shared.web.Downloads;

class DownloadsTests {

    @Test
    void theNameKeepsItsDiacriticsForBrowsersAndHasAnAsciiFallback() {
        assertThat(Downloads.contentDisposition("Giá trị chỉ tiêu Đông Hải 2025.xlsx")).isEqualTo(
                "attachment; filename=\"Gia tri chi tieu Dong Hai 2025.xlsx\"; "
                        + "filename*=UTF-8''Gi%C3%A1%20tr%E1%BB%8B%20ch%E1%BB%89%20ti%C3%AAu%20%C4%90%C3%B4ng%20H%E1%BA%A3i%202025.xlsx");
        assertThat(Downloads.ascii("Báo cáo \"năm\" 2025.docx")).isEqualTo("Bao cao _nam_ 2025.docx");
    }
}
