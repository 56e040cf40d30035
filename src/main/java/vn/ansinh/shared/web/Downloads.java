package vn.ansinh.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File downloads whose names keep their Vietnamese diacritics: the {@code Content-Disposition} header carries
 * {@code filename*=UTF-8''…} (RFC 6266 with RFC 5987 encoding) for browsers, and a plain ASCII {@code filename="…"}
 * for older clients ("Chỉ tiêu 2025.xlsx" becomes "Chi tieu 2025.xlsx"; Đ/đ become D/d).
 */
public final class Downloads {

    /** Excel workbook (.xlsx). */
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Word document (.docx). */
    public static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    /**
     * @param fileName the name as people read it, e.g. {@code "Giá trị chỉ tiêu năm 2025.xlsx"}
     * @return the header value: {@code attachment; filename="Gia tri chi tieu nam 2025.xlsx"; filename*=UTF-8''Gi%C3%A1…}
     */
    public static String contentDisposition(String fileName) {
        String utf8 = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
        String star = utf8.substring(utf8.indexOf("filename*="));
        return "attachment; filename=\"" + ascii(fileName) + "\"; " + star;
    }

    /**
     * @param fileName a file name
     * @return it without diacritics and without characters outside printable ASCII, quotes and backslashes
     */
    public static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
    }

    /**
     * @param body     the file's bytes
     * @param type     its media type
     * @param fileName the name as people read it
     * @return a 200 response that downloads the file under that name
     */
    public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .body(body);
    }
}
