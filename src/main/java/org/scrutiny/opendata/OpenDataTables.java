package org.scrutiny.opendata;

import java.util.List;

/**
 * Tables a module publishes as CSV, for the bulk download of the whole public record (and for the
 * module's own download beside the page that shows the table). Everything in them is public.
 */
public interface OpenDataTables {

    /** A table: the name of its file in the download ("recommendations.csv"), its header and rows. */
    record Table(String fileName, List<String> header, List<List<String>> rows) {}

    List<Table> tables();
}
