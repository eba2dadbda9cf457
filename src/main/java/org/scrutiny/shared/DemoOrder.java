package org.scrutiny.shared;

/**
 * The order in which the modules load the demo panel on a fresh database, each after the modules it
 * depends on: who sits on the panel, then its meetings, their agendas and minutes, then what the
 * minutes led to, and last the public's questions and email updates.
 */
public final class DemoOrder {

    public static final int ACCOUNTS = 1;
    public static final int MEMBERSHIP = 2;
    public static final int MEETINGS = 3;
    public static final int AGENDA = 4;
    public static final int MINUTES = 5;
    public static final int RECOMMENDATIONS = 6;
    public static final int PRECEPT = 7;
    public static final int QUESTIONS = 8;
    public static final int SUBSCRIPTIONS = 9;

    private DemoOrder() {}
}
