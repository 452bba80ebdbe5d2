package de.foyer.server.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

/**
 * The calendar as an HTML table. Free days are green links with a tick and their number of free
 * times, so that colour is never the only sign; each day also carries its full date and state as
 * text for screen readers.
 */
final class CalendarTable {

    private final Texts texts;
    private final Language language;

    CalendarTable(Texts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    String render(CalendarWeeks.Calendar calendar, Choice choice) {
        StringBuilder table = new StringBuilder("<table class=\"calendar\">\n<caption>")
                .append(Html.escape(texts.get(language, "days.caption", Map.of(
                        "from", texts.pattern(language, "format.dayMonth", calendar.first()),
                        "to", texts.pattern(language, "format.dayMonthYear", calendar.last())))))
                .append("</caption>\n<thead>\n<tr>");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            table.append("<th scope=\"col\"><abbr title=\"").append(Html.escape(weekday.getDisplayName(TextStyle.FULL, language.locale)))
                    .append("\">").append(Html.escape(texts.get(language, "weekday." + weekday.getValue()))).append("</abbr></th>");
        }
        table.append("</tr>\n</thead>\n<tbody>\n");
        for (List<CalendarWeeks.Cell> week : calendar.weeks()) {
            table.append("<tr>");
            for (CalendarWeeks.Cell cell : week) {
                table.append(cell(cell, cell.date().equals(calendar.first()), choice));
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private String cell(CalendarWeeks.Cell cell, boolean firstShown, Choice choice) {
        LocalDate date = cell.date();
        String state = switch (cell.state()) {
            case FREE -> texts.get(language, cell.free() == 1 ? "days.freeOne" : "days.freeMany", "count", cell.free());
            case FULL -> texts.get(language, "days.full");
            case CLOSED -> texts.get(language, "days.closed");
            case PAST -> texts.get(language, "days.past");
            case LATER -> texts.get(language, "days.later");
        };
        String number = "<span class=\"day-number\" aria-hidden=\"true\">" + date.getDayOfMonth()
                + (firstShown || date.getDayOfMonth() == 1
                ? " <span class=\"month\">" + Html.escape(texts.pattern(language, "format.monthShort", date)) + "</span>" : "")
                + "</span>";
        String spoken = Html.hidden(texts.date(language, date) + ": " + state);
        String css = "day " + cell.state().name().toLowerCase();
        if (cell.state() == CalendarWeeks.State.FREE) {
            return "<td class=\"" + css + "\"><a href=\"" + Html.escape(choice.timesUrl(date)) + "\">" + number
                    + "<span class=\"mark\" aria-hidden=\"true\">✓ " + cell.free() + "</span>" + spoken + "</a></td>";
        }
        String mark = cell.state() == CalendarWeeks.State.FULL ? "<span class=\"mark\" aria-hidden=\"true\">–</span>" : "";
        return "<td class=\"" + css + "\">" + number + mark + spoken + "</td>";
    }

    String pager(CalendarWeeks.Calendar calendar, Choice choice) {
        StringBuilder pager = new StringBuilder();
        if (calendar.earlier() != null) {
            pager.append("<a class=\"pager-earlier\" href=\"").append(Html.escape(choice.daysUrl(calendar.earlier()))).append("\">")
                    .append("<span aria-hidden=\"true\">← </span>").append(Html.escape(texts.get(language, "days.earlier"))).append("</a>\n");
        }
        if (calendar.later() != null) {
            pager.append("<a class=\"pager-later\" href=\"").append(Html.escape(choice.daysUrl(calendar.later()))).append("\">")
                    .append(Html.escape(texts.get(language, "days.laterWeeks"))).append("<span aria-hidden=\"true\"> →</span></a>\n");
        }
        return pager.toString();
    }
}
