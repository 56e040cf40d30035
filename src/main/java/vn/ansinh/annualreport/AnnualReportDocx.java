package vn.ansinh.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.springframework.context.MessageSource;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Writes the district's annual report as a Word file following Nghị định 30/2020/NĐ-CP, Phụ lục I: the header
 * blocks (issuing body in capitals, bold, top left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the underlined motto top
 * right), "Số: 05/BC-UBND", the italic place and date line, "BÁO CÁO" and the summary line in bold, sections in Roman
 * numerals and items in Arabic numerals, the tables of figures, the signature block and "Nơi nhận:" (bold italic 12 pt,
 * list 11 pt, the last line "- Lưu: VT, …"). Page and fonts: {@link Docx}. Words come from the message bundle
 * ({@code annualReport.doc.*}).
 */
final class AnnualReportDocx {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
    private static final String DOTS = "………………………………………………………………………………";

    private final Docx doc = new Docx();
    private final MessageSource words;

    private AnnualReportDocx(MessageSource words) {
        this.words = words;
    }

    /**
     * @param in    what the document needs
     * @param words the message bundle (keys {@code annualReport.doc.*}), read in vi-VN
     * @return the .docx bytes
     */
    static byte[] write(Input in, MessageSource words) {
        AnnualReportDocx w = new AnnualReportDocx(words);
        w.header(in);
        w.bodyOf(in);
        w.signature(in.text());
        return w.doc.bytes();
    }

    /**
     * @param unitName  the issuing unit's name, {@code Quận Hải An}
     * @param unitInSentence the name inside a sentence, {@code quận Hải An}
     * @param year      the report year
     * @param text      what staff wrote
     * @param facts     the figures
     */
    record Input(String unitName, String unitInSentence, int year, DraftText text, ReportFacts facts) {
    }

    private String w(String key, Object... args) {
        return words.getMessage(key, args, VietnameseNumbers.VI_VN);
    }

    private void header(Input in) {
        XWPFTable t = doc.table(2, new int[]{3800, 6100}, false);
        XWPFTableCell left = t.getRow(0).getCell(0);
        Docx.cell(left, w("annualReport.doc.authority"), ParagraphAlignment.CENTER, 13, true, false, false);
        Docx.cell(left, in.unitName().toUpperCase(VietnameseNumbers.VI_VN), ParagraphAlignment.CENTER, 13, true, false, true);
        XWPFTableCell right = t.getRow(0).getCell(1);
        Docx.cell(right, w("annualReport.doc.country"), ParagraphAlignment.CENTER, 12, true, false, false);
        XWPFParagraph motto = Docx.cell(right, w("annualReport.doc.motto"), ParagraphAlignment.CENTER, 13, true, false, true);
        motto.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        DraftText d = in.text();
        String number = d.number() == null ? "     " : d.number();
        Docx.cell(t.getRow(1).getCell(0), w("annualReport.doc.number", number, d.symbol()), ParagraphAlignment.CENTER, 13,
                false, false, false).setSpacingBefore(120);
        Docx.cell(t.getRow(1).getCell(1), dateLine(d.place(), d.date(), in.year()), ParagraphAlignment.CENTER, 14,
                false, true, false).setSpacingBefore(120);
        XWPFParagraph title = doc.paragraph(ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        Docx.run(title, w("annualReport.doc.kind"), 14, true, false);
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

    private void bodyOf(Input in) {
        DraftText d = in.text();
        ReportFacts f = in.facts();
        section(0, w("annualReport.doc.section1", "" + in.year()));
        item(1, w("annualReport.doc.direction"));
        text(d.opening());
        item(2, w("annualReport.doc.targets"));
        if (d.results() != null) {
            text(d.results());
        }
        doc.body(f.targetsSummary(), false);
        table(new String[]{w("annualReport.doc.col.code"), w("annualReport.doc.col.target"),
                        w("annualReport.doc.col.goal"), w("annualReport.doc.col.latest"), w("annualReport.doc.col.status")},
                new int[]{900, 3955, 1500, 1600, 1400},
                f.targets().stream().map(l -> new String[]{l.code(), l.statement(), l.goal(), l.latest(), l.status()}).toList());
        item(3, w("annualReport.doc.tasks"));
        doc.body(f.tasksSummary(), false);
        if (f.lateTasks().isEmpty()) {
            doc.body(w("annualReport.doc.noLateTasks"), false);
        } else {
            doc.body(w("annualReport.doc.lateTasks"), false);
            table(new String[]{w("annualReport.doc.col.code"), w("annualReport.doc.col.task"), w("annualReport.doc.col.lead"),
                            w("annualReport.doc.col.updated"), w("annualReport.doc.col.note")},
                    new int[]{1000, 3455, 1500, 1500, 1900},
                    f.lateTasks().stream().map(l -> new String[]{l.code(), l.text(), l.lead(), l.updatedOn(), l.narrative()}).toList());
        }
        item(4, w("annualReport.doc.wards"));
        doc.body(f.wardsSummary(), false);
        if (!f.wards().isEmpty()) {
            List<String[]> rows = new java.util.ArrayList<>();
            for (int i = 0; i < f.wards().size(); i++) {
                ReportFacts.WardLine l = f.wards().get(i);
                rows.add(new String[]{String.valueOf(i + 1), l.ward(), l.submitted(), l.timeliness()});
            }
            table(new String[]{w("annualReport.doc.col.no"), w("annualReport.doc.col.ward"),
                    w("annualReport.doc.col.submitted"), w("annualReport.doc.col.timeliness")}, new int[]{800, 4055, 2000, 2500}, rows);
        }
        section(1, w("annualReport.doc.section2"));
        item(1, w("annualReport.doc.strengths"));
        text(d.strengths());
        item(2, w("annualReport.doc.limitations"));
        text(d.limitations());
        item(3, w("annualReport.doc.causes"));
        text(d.causes());
        section(2, w("annualReport.doc.section3", "" + (in.year() + 1)));
        text(d.nextYear());
        section(3, w("annualReport.doc.section4"));
        text(d.proposals());
        String summary = d.summary().substring(0, 1).toLowerCase(VietnameseNumbers.VI_VN) + d.summary().substring(1);
        doc.body(w("annualReport.doc.closing", summary, in.unitInSentence()), false);
    }

    private void section(int index, String heading) {
        doc.body(ROMAN[index] + ". " + heading, true);
    }

    private void item(int number, String heading) {
        doc.body(number + ". " + heading, true);
    }

    /** Each line of a typed text becomes a paragraph; nothing typed leaves a dotted line to fill in. */
    private void text(String typed) {
        if (typed == null) {
            doc.body(DOTS, false);
            return;
        }
        typed.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> doc.body(l, false));
    }

    private void table(String[] head, int[] widths, List<String[]> rows) {
        doc.paragraph(ParagraphAlignment.LEFT).setSpacingAfter(60);
        XWPFTable t = doc.table(rows.size() + 1, widths, true);
        for (int c = 0; c < head.length; c++) {
            Docx.cell(t.getRow(0).getCell(c), head[c], ParagraphAlignment.CENTER, 12, true, false, false);
        }
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                ParagraphAlignment a = c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
                Docx.cell(t.getRow(r + 1).getCell(c), row[c] == null ? "" : row[c], a, 12, false, false, false);
            }
        }
    }

    private void signature(DraftText d) {
        doc.paragraph(ParagraphAlignment.LEFT).setSpacingAfter(120);
        XWPFTable t = doc.table(1, new int[]{4500, 4855}, false);
        XWPFTableCell left = t.getRow(0).getCell(0);
        Docx.cell(left, w("annualReport.doc.recipients"), ParagraphAlignment.LEFT, 12, true, true, false);
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
