package org.scrutiny.shared.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.scrutiny.shared.TypedText;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Atom feed (RFC 4287) built with ROME: a stable id and a self link, the time of the latest
 * entry as its updated time, the panel as author, and one entry per published thing, each with
 * its permanent address as id and link.
 */
public final class AtomFeed {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /** One published thing: where it lives, what it is called, when it last changed, a sentence about it. */
    public record Item(String url, String title, Instant updated, String summary) {}

    private AtomFeed() {}

    public static ResponseEntity<String> response(String selfUrl, String title, String author, List<Item> items) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(selfUrl);
        feed.setTitleEx(text(title));
        Link self = new Link();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(selfUrl);
        feed.setOtherLinks(List.of(self));
        Person person = new Person();
        person.setName(TypedText.oneLine(author));
        feed.setAuthors(List.<SyndPerson>of(person));
        List<Item> sorted = items.stream()
                .sorted(Comparator.comparing(Item::updated).reversed())
                .toList();
        feed.setUpdated(
                Date.from(sorted.isEmpty() ? Instant.EPOCH : sorted.get(0).updated()));
        List<Entry> entries = new ArrayList<>();
        for (Item item : sorted) {
            Entry entry = new Entry();
            entry.setId(item.url());
            entry.setTitleEx(text(item.title()));
            entry.setUpdated(Date.from(item.updated()));
            Link link = new Link();
            link.setRel("alternate");
            link.setHref(item.url());
            entry.setAlternateLinks(List.of(link));
            if (item.summary() != null) {
                entry.setSummary(text(item.summary()));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    /** Cleaned on the way out, so that text stored before the text rule cannot make the feed invalid XML. */
    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(TypedText.clean(value));
        return content;
    }
}
