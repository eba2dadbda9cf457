package org.scrutiny.papers.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each item's papers fall in an agenda pack: the front sheet first, then each item's papers
 * starting on an odd page, with a blank page before them when the previous ones end on an odd page.
 */
public final class AgendaPack {

    /** An item's papers' place in the pack; {@code blankBefore} when a blank page precedes them. */
    public record Placement(
            long itemId, int itemNumber, String itemTitle, int firstPage, int lastPage, boolean blankBefore) {

        public String pages() {
            return firstPage == lastPage ? Integer.toString(firstPage) : firstPage + " - " + lastPage;
        }
    }

    /** An item's papers and how many pages they fill. */
    public record Paper(long itemId, int itemNumber, String itemTitle, int pageCount) {}

    private AgendaPack() {}

    public static List<Placement> place(int frontSheetPages, List<Paper> papers) {
        List<Placement> placements = new ArrayList<>();
        int next = frontSheetPages + 1;
        for (Paper paper : papers) {
            boolean blank = next % 2 == 0;
            if (blank) {
                next++;
            }
            int last = next + paper.pageCount() - 1;
            placements.add(new Placement(paper.itemId(), paper.itemNumber(), paper.itemTitle(), next, last, blank));
            next = last + 1;
        }
        return placements;
    }

    /** The pages in the pack, with a blank page at the end if needed for double-sided printing. */
    public static int totalPages(int frontSheetPages, List<Placement> placements) {
        int last = placements.isEmpty()
                ? frontSheetPages
                : placements.get(placements.size() - 1).lastPage();
        return last % 2 == 0 ? last : last + 1;
    }
}
