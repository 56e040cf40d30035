package vn.ansinh.annualreport;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff write for the annual report, checked and cleaned by {@link AnnualReportForm}: what the Word file prints
 * besides the figures read from the plan's targets, ward reports and tasks.
 *
 * @param number      the document number, two digits at least ({@code 05}), or null while not yet taken
 * @param symbol      the symbol after the slash, {@code BC-UBND}
 * @param place       the place in the date line, {@code Hải An}
 * @param date        the date of the document, or null to leave the day for the handwritten date
 * @param summary     the summary line under "BÁO CÁO" (trích yếu), required
 * @param opening     how the plan was directed and carried out (section I.1), or null
 * @param results     the narrative of results before the targets table (section I.2), or null
 * @param strengths   strengths (II.1), or null
 * @param limitations limitations (II.2), or null
 * @param causes      causes (II.3), or null
 * @param nextYear    directions for the next year (III), or null
 * @param proposals   proposals (IV), or null
 * @param recipients  one recipient a line without the leading "- " and trailing ";", the last one "Lưu: VT, …"
 * @param signerTitle the signer's authority and title, {@code KT. CHỦ TỊCH – PHÓ CHỦ TỊCH} (lines split at " – " or line breaks), or null
 * @param signerName  the signer's name, or null
 */
public record DraftText(String number, String symbol, String place, LocalDate date, String summary, String opening,
                        String results, String strengths, String limitations, String causes, String nextYear,
                        String proposals, String recipients, String signerTitle, String signerName) implements Serializable {
}
