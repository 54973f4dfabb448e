package io.alliancehub.notifications.domain;

import java.util.OptionalInt;

/**
 * When a membership's primary representative is reminded that its term ends: 60, 30 and 7 days before. A
 * reminder belongs to the window up to the next one ((30, 60] days left is the 60-day reminder), so one missed on
 * its day (the service was down) still goes out later in its window, and a term first seen 20 days before its end
 * gets the 30-day reminder only.
 */
public final class TermReminder {

    /** Days before the end of the term, largest first. */
    public static final int[] DAYS_BEFORE = {60, 30, 7};

    private TermReminder() {}

    /** The reminder due with this many days left, if any (none after the term ended or more than 60 days before). */
    public static OptionalInt due(long daysLeft) {
        if (daysLeft < 0) {
            return OptionalInt.empty();
        }
        OptionalInt due = OptionalInt.empty();
        for (int days : DAYS_BEFORE) {
            if (daysLeft <= days) {
                due = OptionalInt.of(days);
            }
        }
        return due;
    }
}
