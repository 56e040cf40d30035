package vn.ansinh.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The content of files that lie about their type, built in memory (the largest is the zip bomb: about 0,5 MB that
 * inflates to {@value #BOMB_MB} MB of zeros, written through a 64 KB buffer so that the test never holds the
 * inflated size).
 */
final class LyingFiles {

    /** What the zip bomb's one big entry inflates to, in MB. */
    static final int BOMB_MB = 400;

    /** The random bytes' seed, so that every run sends the same file. */
    static final long SEED = 20261130L;

    private LyingFiles() {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return utf8("<!DOCTYPE html>\n<html><head><title>Báo cáo</title></head>\n"
                + "<body><script>alert(document.cookie)</script><img src=x onerror=alert(1)></body></html>\n");
    }

    /** The start of a Windows executable: the DOS header "MZ", its stub message and the "PE" signature. */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        byte[] stub = ascii("This program cannot be run in DOS mode.\r\r\n$");
        System.arraycopy(stub, 0, b, 0x4E, stub.length);
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP archive with a text file and a folder: no [Content_Types].xml, so not an Office file. */
    static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("doc-truoc.txt"));
            zip.write(utf8("Danh sách hộ nghèo năm 2025\n"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("anh/"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real Word document (valid OOXML, made by POI). */
    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo kết quả thực hiện kế hoạch năm 2025");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real Excel 97–2003 workbook (BIFF8 in an OLE2 container, made by POI). */
    static byte[] xls() {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("CT24");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small valid PDF 1.4 (one empty page), with the comment line of bytes above 127 that PDF writers put second so
     * that tools take the file as binary (ISO 32000-1, 7.5.2).
     */
    static byte[] pdf() {
        byte[] head = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'};
        byte[] body = ascii("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n");
        byte[] b = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, b, head.length, body.length);
        return b;
    }

    static byte[] random() {
        byte[] b = new byte[64 * 1024];
        new Random(SEED).nextBytes(b);
        return b;
    }

    /**
     * A zip laid out like an .xlsx ({@code [Content_Types].xml}, then a sheet) whose sheet entry inflates to
     * {@value #BOMB_MB} MB of zeros. Deflated zeros shrink about 1.000 times, far beyond the 1 % ratio POI's
     * {@code ZipSecureFile} accepts.
     */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"></Types>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[64 * 1024];
            for (int i = 0; i < BOMB_MB * 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text with a UTF-16 (little-endian) byte order mark, as Windows Notepad saves "Unicode". */
    static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        return b;
    }

    /** {@code [[[[…]]]]} nested {@code depth} times. */
    static byte[] nested(int depth) {
        byte[] b = new byte[depth * 2];
        Arrays.fill(b, 0, depth, (byte) '[');
        Arrays.fill(b, depth, 2 * depth, (byte) ']');
        return b;
    }

    static byte[] truncated(byte[] whole) {
        return Arrays.copyOf(whole, whole.length / 2);
    }
}
