package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.ansinh.user.Role;

/**
 * The file pickers speak Vietnamese whatever the browser's language (Chromium here runs in English): app.js puts a
 * "Chọn tệp…" button and "Chưa chọn tệp nào" in place of the browser's "Choose File / No file chosen", shows the
 * chosen file's name, and the upload still goes through the real, visually hidden input.
 */
class FilePickerJourneyTests extends BrowserTestSupport {

    @Test
    void theWorkbookImportPickerIsVietnameseAndShowsTheChosenFile() throws Exception {
        String staff = account("canbo", "Cán bộ quận", Role.DISTRICT_STAFF, null);
        Path file = Files.createTempFile("Mau-Cat-Bi", ".xlsx");
        Files.writeString(file, "xin chào", StandardCharsets.UTF_8);
        try (Browser b = new Browser(port, "file-picker")) {
            b.open("/admin/workbook");
            b.login(staff, PASSWORD);
            assertThat(b.find(".file-picker label").getText()).isEqualTo("Chọn tệp…");
            assertThat(b.find(".file-picker span").getText()).isEqualTo("Chưa chọn tệp nào");
            assertThat(b.text()).doesNotContain("Choose File", "No file chosen");

            b.driver().findElement(By.id("import-file")).sendKeys(file.toString());
            assertThat(b.find(".file-picker span").getText()).isEqualTo(file.getFileName().toString());
            b.screenshots("chosen");
            b.clickAndWait("form[action$='/admin/workbook/imports'] button[type=submit]");
            // the file reached the server, which refuses it in Vietnamese
            assertThat(b.text()).contains("Tệp này không phải bảng tính đọc được.");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
