package vn.ansinh.report;

import java.time.LocalDate;

/**
 * The dates of a cycle.
 *
 * @param opensOn    first day reports can be submitted
 * @param deadline   last day to submit on time
 * @param lockDate   after this day, no submission; null for none
 * @param periodFrom first day of the data period
 * @param periodTo   last day of the data period
 */
public record CycleDates(LocalDate opensOn, LocalDate deadline, LocalDate lockDate, LocalDate periodFrom,
                         LocalDate periodTo) {
}
