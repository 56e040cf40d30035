package vn.ansinh.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks: A4 portrait (210 × 297 mm), margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout; page numbers centred at the top from page 2;
 * body paragraphs justified with a 1,27 cm first-line indent, 6 pt before, line spacing 1,15. Sizes are in
 * twentieths of a point (twips): 1 mm ≈ 56,7 twips.
 */
final class Docx {

    static final String FONT = "Times New Roman";
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    /** Width between the margins, in twips. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Body text size, in points. */
    static final int BODY = 14;

    private final XWPFDocument doc = new XWPFDocument();

    Docx() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        pageNumbers(sect);
    }

    /** Page numbers centred at the top, none on the first page (an empty first-page header and "titlePg"). */
    private void pageNumbers(CTSectPr sect) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun begin = run(p, "", BODY, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = run(p, "", BODY, false, false);
        code.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = run(p, "", BODY, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", BODY, false, false);
        XWPFRun end = run(p, "", BODY, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** @return a new paragraph at the end of the body, with no spacing */
    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        return tight(doc.createParagraph(), alignment);
    }

    /**
     * A body paragraph: justified, first line indented 1,27 cm, 6 pt before, line spacing 1,15, {@value #BODY} pt.
     *
     * @param text the text
     * @param bold whether bold (headings of sections and items)
     * @return the paragraph
     */
    XWPFParagraph body(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(p, text, BODY, bold, false);
        return p;
    }

    static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /**
     * @param p      a paragraph
     * @param text   the text
     * @param points the size in points
     * @param bold   bold
     * @param italic italic
     * @return the new run, in Times New Roman
     */
    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }

    /**
     * @param rows    number of rows
     * @param widths  column widths in twips
     * @param borders whether to draw single borders (data tables) or none (header and signature blocks)
     * @return a table with a fixed layout, centred
     */
    XWPFTable table(int rows, int[] widths, boolean borders) {
        XWPFTable t = doc.createTable(rows, widths.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        var pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        t.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                t.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        XWPFTable.XWPFBorderType type = borders ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
        int size = borders ? 4 : 0;
        t.setTopBorder(type, size, 0, "000000");
        t.setBottomBorder(type, size, 0, "000000");
        t.setLeftBorder(type, size, 0, "000000");
        t.setRightBorder(type, size, 0, "000000");
        t.setInsideHBorder(type, size, 0, "000000");
        t.setInsideVBorder(type, size, 0, "000000");
        return t;
    }

    /**
     * Writes text into a table cell's first paragraph (or a new one when {@code newParagraph}).
     *
     * @return the paragraph written to
     */
    static XWPFParagraph cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, int points, boolean bold,
                              boolean italic, boolean newParagraph) {
        XWPFParagraph p = newParagraph ? cell.addParagraph() : cell.getParagraphs().get(0);
        tight(p, alignment);
        run(p, text, points, bold, italic);
        return p;
    }

    /** @return the document as .docx bytes */
    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
