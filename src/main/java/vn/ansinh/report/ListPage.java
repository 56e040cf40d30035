package vn.ansinh.report;

import java.util.List;

/**
 * One page of a list held in memory (the wards of a cycle: about ten for a district, 3.321 communes for a national
 * plan), for the completeness and cycles pages.
 *
 * @param items the items of this page
 * @param page  1-based page number
 * @param pages number of pages, at least 1
 * @param total items on all pages
 * @param <T>   the item type
 */
public record ListPage<T>(List<T> items, int page, int pages, int total) {

    /**
     * @param all  every item, in display order
     * @param page 1-based page wanted; below 1 reads as 1, beyond the last as the last
     * @param size items per page
     * @return that page
     */
    static <T> ListPage<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        int from = (current - 1) * size;
        return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), current, pages, all.size());
    }

    /** @return the page before this one, or this one when it is the first (for a disabled link) */
    public int previous() {
        return Math.max(1, page - 1);
    }

    /** @return the page after this one, or this one when it is the last */
    public int next() {
        return Math.min(pages, page + 1);
    }
}
