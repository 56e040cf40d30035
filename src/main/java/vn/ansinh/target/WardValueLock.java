package vn.ansinh.target;

/**
 * Tells whether a ward may still change its values of a year: the report module answers no once the ward's report
 * for that year has been submitted (until the district returns or reopens it). Implemented outside this module, so
 * the target module does not depend on reports.
 */
public interface WardValueLock {

    /**
     * @param planId the plan
     * @param wardId the ward
     * @param year   the year of the values
     * @return whether the ward's values of that year are locked for the ward
     */
    boolean isLocked(long planId, long wardId, int year);
}
