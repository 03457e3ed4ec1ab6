"""Report sections: labels and designations, the label history, and the perspectives compared.

:func:`labels_html` shows who calls whom what on the map's date, the legal designations and
the dated label changes -- when a listing began, i.e. when a door closed for anyone who would
engage that actor under that jurisdiction (:func:`actormap.core.labels.label_history`).
:func:`perspectives_html` shows each perspective against the shared map: the ties it draws
differently and the ones that change the mediator shortlist on their own
(:func:`actormap.core.perspective.compare_perspectives`). :func:`describe_change` is the one
sentence for a label change (the report and ``actormap labels``). No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from ..core.labels import LabelChange, label_history, label_matrix
from ..core.perspective import Disagreement, PerspectiveComparison
from ..core.scenario import SHORTLIST

MAX_HISTORY = 60


def describe_change(c: LabelChange, with_date: bool = True) -> str:
    """One sentence, e.g. ``2016-05-20 US State Department labels Islamic State 'Foreign Terrorist
    Organization' -- a legal designation (United States): engaging may become a crime there (a door
    closes)``."""
    if c.change == "labelled":
        what = f"labels {c.actor} {c.new!r}"
    elif c.change == "relabelled":
        what = f"relabels {c.actor}: {c.old!r} -> {c.new!r}"
    else:
        what = f"no longer calls {c.actor} {c.old!r}"
    where = f" ({c.jurisdiction})" if c.jurisdiction else ""
    if c.designation == "listed":
        what += f" -- a legal designation{where}: engaging may become a crime there (a door closes)"
    elif c.designation == "delisted":
        what += f" -- the designation{where} ends (a door opens)"
    return (f"{c.date.isoformat()}  " if with_date else "") + f"{c.source} {what}"


def labels_html(amap: Any) -> str:
    """The "Labels and designations" section, or "" when no actor has a label."""
    actors = getattr(amap, "actors", None)
    if not actors or not any(a.labels for a in actors):
        return ""
    m = label_matrix(amap)
    when = f"on {amap.as_of.isoformat()}" if amap.as_of else "now (labels without an end date)"
    rows = []
    for r in m.actors:
        for source, text in r.labels.items():
            listed = [d for d in r.designations if d.source == source and d.in_force and d.label in text]
            mark = " <b>§</b>" + (f" ({escape(listed[0].jurisdiction)})" if listed[0].jurisdiction else "") \
                if listed else ""
            rows.append(f"<tr><td>{escape(r.name)}</td><td>{escape(source)}</td><td>{escape(text)}{mark}</td></tr>")
    out = ['<h2 id="labels">Labels and designations</h2>',
           f'<p class="note">Who calls whom what {escape(when)}: labels are political, and a legal designation '
           "(<b>§</b>: a terrorist listing, sanctions, a criminal-organisation designation) can make engaging "
           "the actor a crime in that jurisdiction.</p>"]
    if rows:
        out += ["<table><tr><th>Actor</th><th>Source</th><th>Label</th></tr>", *rows, "</table>"]
    history = label_history(amap)
    if history:
        out.append("<h3>When labels changed</h3><ul>")
        for c in history[:MAX_HISTORY]:
            strong = c.designation == "listed"
            text = escape(describe_change(c, with_date=False))
            out.append(f"<li>{c.date.isoformat()}: {'<b>' + text + '</b>' if strong else text}</li>")
        out.append("</ul>")
        if len(history) > MAX_HISTORY:
            out.append(f'<p class="note">… and {len(history) - MAX_HISTORY} more changes.</p>')
    return "\n".join(out)


def _side(d: Disagreement, which: str) -> str:
    ties = d.a if which == "a" else d.b
    return "; ".join(escape(t.text()) for t in ties) or "no tie"


def perspectives_html(pc: PerspectiveComparison | None, names: Mapping[str, str]) -> str:
    """The "Perspectives compared" section, or "" without perspectives."""
    if pc is None or not pc.perspectives:
        return ""

    def fmt(ids) -> str:
        return "; ".join(escape(names.get(i, i)) for i in ids) or "—"

    out = ['<h2 id="perspectives">Perspectives compared</h2>',
           '<p class="note">Each perspective is the map as one party would draw it. Below: the ties it draws '
           "differently from the shared map, pair of actors by pair, and those that on their own change who "
           f"is on the mediator shortlist (top {SHORTLIST}).</p>",
           f"<p>Mediator shortlist on the shared map: {fmt(pc.base.mediators[:SHORTLIST])}</p>"]
    for r in pc.perspectives:
        seen = f" (seen by {escape(names.get(r.seen_by, r.seen_by))})" if r.seen_by else ""
        out.append(f"<h3>{escape(r.name)}{seen}</h3>")
        out.append(f"<p>Mediator shortlist: {fmt(r.summary.mediators[:SHORTLIST])}"
                   + (f"; new: {fmt(r.delta.mediators_in)}" if r.delta.mediators_in else "")
                   + (f"; gone: {fmt(r.delta.mediators_out)}" if r.delta.mediators_out else "") + "</p>")
        if not r.disagreements:
            out.append('<p class="note">It draws every tie as the shared map does.</p>')
            continue
        changers = [r.disagreements[i] for i in r.shortlist_changers]
        if changers:
            out.append("<p><b>Disagreements that change the shortlist on their own:</b> "
                       + "; ".join(escape(f"{d.names[0]} / {d.names[1]}") for d in changers) + "</p>")
        elif r.delta.mediators_in or r.delta.mediators_out:
            out.append('<p class="note">No single disagreement changes the shortlist; together they do.</p>')
        out.append("<table><tr><th>Actors</th><th>Shared map</th><th>This perspective</th><th>Note</th></tr>")
        for i, d in enumerate(r.disagreements):
            note = ", ".join(x for x in ("sign flips" if d.sign_flip else "",
                                          "changes the shortlist" if i in r.shortlist_changers else "") if x)
            out.append(f"<tr><td>{escape(d.names[0])} / {escape(d.names[1])}</td><td>{_side(d, 'a')}</td>"
                       f"<td>{_side(d, 'b')}</td><td>{escape(note)}</td></tr>")
        out.append("</table>")
    return "\n".join(out)
