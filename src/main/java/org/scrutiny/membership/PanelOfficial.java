package org.scrutiny.membership;

/** Someone holding a post around the panel on a date: an officer, the Commissioner or their staff, the police. */
public record PanelOfficial(long personId, String name, String title, Office office) {}
