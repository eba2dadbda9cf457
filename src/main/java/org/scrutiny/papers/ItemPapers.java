package org.scrutiny.papers;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.scrutiny.meetings.ItemPurpose;

/**
 * Papers other modules generate for a standing item, such as the review of actions produced from
 * the action log. The agenda lists them under the item, and the agenda pack binds them in, without
 * knowing where they come from.
 */
public interface ItemPapers {

    /** A generated paper: its title and its address on the site. */
    record Paper(String title, String href) {}

    /**
     * A generated paper as the agenda pack binds it: its title, and how to make it as a tagged PDF
     * (called while the pack is built, outside any transaction of the caller's).
     */
    record Document(String title, Supplier<byte[]> pdf) {}

    Optional<Paper> paperFor(long meetingId, ItemPurpose purpose);

    /**
     * The paper as the pack of the version of the agenda published at {@code publishedAt} carries
     * it, fixed as it stood then; empty for a paper that is only a page (such as the way to ask a
     * question). Deciding whether there is one must be cheap: only {@link Document#pdf()} renders.
     */
    default Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        return Optional.empty();
    }
}
