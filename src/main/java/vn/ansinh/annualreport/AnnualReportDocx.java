package vn.ansinh.annualreport;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Writes the district's annual report as a Word file following Nghị định 30/2020/NĐ-CP, Phụ lục I: the header and
 * the signature with recipients from {@link DecreeFrame}; between them sections in Roman numerals and items in Arabic
 * numerals, the staff's text (one paragraph a line, a dotted line where nothing was written) and the tables of figures
 * (12 pt, header row repeated on each page). Page and fonts: {@link Docx}. Words come from the message bundle
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
        DecreeFrame.header(w.doc, w.words, in);
        w.bodyOf(in);
        DecreeFrame.signature(w.doc, w.words, in.text());
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

}
