package org.scrutiny.minutes.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a minute's point, when the point opens by naming them as the panel's minutes do
 * ("Councillor Wilson asked…", "The Chief Constable said…", "Edward Leigh noted…"), for the search's
 * count of points by speaker. A point that opens otherwise names no one.
 */
final class Speakers {

    private static final String NAME = "[A-Z][\\p{L}'’-]+";

    private static final Pattern NAMED = Pattern.compile("^(?:The )?("
            + "(?:Councillor|Cllr|Mr|Mrs|Ms|Dr) " + NAME
            + "|Deputy Chief Constable|Assistant Chief Constable|Chief Constable"
            + "|Deputy Police and Crime Commissioner|Police and Crime Commissioner|Deputy Commissioner|Commissioner"
            + "|Chief Finance Officer|Chief Executive|Monitoring Officer|Vice-Chair|Chair"
            + "|(?!The |A |An |Members |Panel )" + NAME + " " + NAME + ")"
            + "(?:, [^,]{1,60},)? (?:said|asked|stated|explained|advised|confirmed|reported|noted|highlighted"
            + "|responded|replied|added|commented|welcomed|queried|suggested|informed|thanked|raised"
            + "|questioned|expressed|clarified|acknowledged|emphasised|assured)\\b");

    private Speakers() {}

    /** The speaker the point opens with, as the minutes name them; null when it names none. */
    static String of(String point) {
        Matcher named = NAMED.matcher(point.strip());
        if (!named.find()) {
            return null;
        }
        String who = named.group(1);
        return who.startsWith("Cllr ") ? "Councillor " + who.substring(5) : who;
    }
}
