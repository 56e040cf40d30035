package vn.ansinh.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * The parts of an administrative document that Nghị định 30/2020/NĐ-CP, Phụ lục I fixes: the header (a borderless
 * table: issuing body in capitals, bold, 13 pt, top left, e.g. "ỦY BAN NHÂN DÂN" / "QUẬN HẢI AN"; "CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM" bold 12 pt and "Độc lập - Tự do - Hạnh phúc" bold 13 pt underlined, top right; "Số: 05/BC-UBND" and
 * the italic 14 pt place and date line below them), the kind "BÁO CÁO" and summary line (bold, centred, 14 pt), and
 * the signature block (authority and title in capitals, bold; name bold) beside "Nơi nhận:" (bold italic 12 pt, list
 * 11 pt, each line "- …;", the last "- Lưu: VT, … .").
 */
final class DecreeFrame {

    private DecreeFrame() {
    }

    private static String w(MessageSource words, String key, Object... args) {
        return words.getMessage(key, args, VietnameseNumbers.VI_VN);
    }

    /** Writes the header table, the kind "BÁO CÁO" and the summary line at the top of {@code doc}. */
    static void header(Docx doc, MessageSource words, AnnualReportDocx.Input in) {
        XWPFTable t = doc.table(2, new int[]{3800, 6100}, false);
        XWPFTableCell left = t.getRow(0).getCell(0);
        Docx.cell(left, w(words, "annualReport.doc.authority"), ParagraphAlignment.CENTER, 13, true, false, false);
        Docx.cell(left, in.unitName().toUpperCase(VietnameseNumbers.VI_VN), ParagraphAlignment.CENTER, 13, true, false, true);
        XWPFTableCell right = t.getRow(0).getCell(1);
        Docx.cell(right, w(words, "annualReport.doc.country"), ParagraphAlignment.CENTER, 12, true, false, false);
        XWPFParagraph motto = Docx.cell(right, w(words, "annualReport.doc.motto"), ParagraphAlignment.CENTER, 13, true, false, true);
        motto.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        DraftText d = in.text();
        String number = d.number() == null ? "     " : d.number();
        Docx.cell(t.getRow(1).getCell(0), w(words, "annualReport.doc.number", number, d.symbol()), ParagraphAlignment.CENTER, 13,
                false, false, false).setSpacingBefore(120);
        Docx.cell(t.getRow(1).getCell(1), dateLine(d.place(), d.date(), in.year()), ParagraphAlignment.CENTER, 14,
                false, true, false).setSpacingBefore(120);
        XWPFParagraph title = doc.paragraph(ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        Docx.run(title, w(words, "annualReport.doc.kind"), 14, true, false);
        XWPFParagraph summary = doc.paragraph(ParagraphAlignment.CENTER);
        summary.setSpacingAfter(240);
        Docx.run(summary, d.summary(), 14, true, false);
    }

    /**
     * The place and date line: day under 10 and months 1–2 with a leading zero (Nghị định 30/2020/NĐ-CP).
     *
     * @param place the place, {@code Hải An}
     * @param date  the date, or null to leave day and month blank for the handwritten date
     * @param year  the year printed when the date is blank
     * @return {@code Hải An, ngày 05 tháng 10 năm 2026}, {@code Hải An, ngày 15 tháng 02 năm 2027}
     */
    static String dateLine(String place, LocalDate date, int year) {
        if (date == null) {
            return place + ", ngày      tháng      năm " + year;
        }
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() <= 2 ? "0" : "") + date.getMonthValue();
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** Writes "Nơi nhận:" with its list (left) and the signature block (right) at the end of {@code doc}. */
    static void signature(Docx doc, MessageSource words, DraftText d) {
        doc.paragraph(ParagraphAlignment.LEFT).setSpacingAfter(120);
        XWPFTable t = doc.table(1, new int[]{4500, 4855}, false);
        XWPFTableCell left = t.getRow(0).getCell(0);
        Docx.cell(left, w(words, "annualReport.doc.recipients"), ParagraphAlignment.LEFT, 12, true, true, false);
        List<String> lines = AnnualReportForm.recipientLines(d.recipients());
        for (int i = 0; i < lines.size(); i++) {
            Docx.cell(left, "- " + lines.get(i) + (i == lines.size() - 1 ? "." : ";"), ParagraphAlignment.LEFT, 11, false, false, true);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        List<String> titles = d.signerTitle() == null ? List.of()
                : List.of(d.signerTitle().split("\\s+[–-]\\s+|\\R"));
        boolean first = true;
        for (String title : titles) {
            Docx.cell(right, title.strip().toUpperCase(VietnameseNumbers.VI_VN), ParagraphAlignment.CENTER, 14, true, false, !first);
            first = false;
        }
        for (int i = 0; i < 4; i++) {
            Docx.cell(right, "", ParagraphAlignment.CENTER, 14, false, false, !first);
            first = false;
        }
        Docx.cell(right, d.signerName() == null ? "" : d.signerName(), ParagraphAlignment.CENTER, 14, true, false, true);
    }
}
