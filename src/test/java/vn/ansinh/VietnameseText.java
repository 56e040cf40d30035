package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's Vietnamese spelling check ({@code shared/tools/check-vietnamese}, hunspell with the vi_VN
 * dictionary) on text and asserts that it knows every word. The tool's path is {@code ../shared/tools/check-vietnamese}
 * from the project folder, or the system property {@code ansinh.check-vietnamese}. A missing tool fails the test:
 * a skipped check would pass silently.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * @param what a name for the failure message (e.g. the page's URL)
     * @param text the text or HTML to check
     */
    public static void assertCorrect(String what, String text) {
        try {
            Path file = Files.createTempFile("ansinh-check", what.endsWith(".html") ? ".html" : ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            assertCorrect(what, file);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param what a name for the failure message
     * @param file the file to check
     */
    public static void assertCorrect(String what, Path file) {
        Path tool = Path.of(System.getProperty("ansinh.check-vietnamese", "../shared/tools/check-vietnamese"));
        if (!Files.isRegularFile(tool)) {
            fail("The Vietnamese spelling check is missing at " + tool.toAbsolutePath()
                    + " (set -Dansinh.check-vietnamese=PATH)");
        }
        try {
            Process p = new ProcessBuilder(List.of("python3", tool.toString(), "--max", "0", file.toString()))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("check-vietnamese finished").isTrue();
            assertThat(p.exitValue()).as("unknown Vietnamese words in " + what + ":\n" + out).isZero();
            assertThat(out).as("check-vietnamese output for " + what).contains("0 unknown words");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
