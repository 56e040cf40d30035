package vn.ansinh.workbook;

/**
 * A data line of an uploaded values template, as text.
 *
 * @param line        the Excel row number as the user sees it (1-based)
 * @param code        the target code (column A), trimmed, or null
 * @param value       the value (column D): a text cell as typed ("75,5"), a numeric cell in vi-VN notation, or null
 * @param numerator   the numerator (column E), same rules, or null
 * @param denominator the denominator (column F), same rules, or null
 * @param source      the source or note (column G), or null
 */
record SheetLine(int line, String code, String value, String numerator, String denominator, String source) {

    /** @return whether none of the cells to fill holds anything */
    boolean nothingToImport() {
        return value == null && numerator == null && denominator == null;
    }
}
