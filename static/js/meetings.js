/* Meetings: show each meeting's time in the viewer's own time zone too. Progressive enhancement:
   the server already shows the meeting's zone and UTC offset; without JavaScript nothing is lost. */
(function () {
    "use strict";
    if (!window.Intl || !Intl.DateTimeFormat) { return; }
    var viewerZone;
    try { viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    var lang = document.documentElement.lang || "en";

    function offsetMinutes(date, zone) {
        var parts = new Intl.DateTimeFormat("en-US", {
            timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
            hour: "2-digit", minute: "2-digit"
        }).formatToParts(date);
        var get = function (type) { return Number(parts.filter(function (p) { return p.type === type; })[0].value); };
        var asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
        return Math.round((asUtc - date.getTime()) / 60000);
    }

    document.querySelectorAll(".meeting-when[data-start][data-end]").forEach(function (el) {
        var start = new Date(el.getAttribute("data-start"));
        var end = new Date(el.getAttribute("data-end"));
        var meetingZone = el.getAttribute("data-zone");
        if (isNaN(start) || isNaN(end)) { return; }
        try {
            if (meetingZone && offsetMinutes(start, meetingZone) === offsetMinutes(start, viewerZone)) { return; }
        } catch (e) { /* an unknown zone name: show the local time anyway */ }
        var format;
        try {
            format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZoneName: "short" });
        } catch (e) {
            format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
        }
        var text = format.formatRange ? format.formatRange(start, end) : format.format(start) + " – " + format.format(end);
        var local = document.createElement("span");
        local.className = "meeting-when__viewer";
        local.textContent = (el.getAttribute("data-local-label") || "") + " (" + viewerZone.replace(/_/g, " ") + "): " + text;
        el.appendChild(document.createTextNode(" "));
        el.appendChild(local);
    });
}());
