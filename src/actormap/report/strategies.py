"""Strategies compared, as rows of text: one list for the compare window, the HTML and the PDF report.

:func:`comparison_rows` turns a :class:`~actormap.core.scenario.Comparison` into
``(row title, [base cell, scenario cells...])``: F, components, hostile ties (saying how many
went only because an actor was removed), coercion and extortion of communities, blocs, the
splinters of removed actors' camps (the kingpin effect), the pieces the map falls into, the
mediator shortlist before and after, and each agreement's spoilers. :func:`strategies_html`
is the report section. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from ..core.scenario import SHORTLIST, Comparison, Delta, Summary, splinter_groups

Names = Callable[..., str]


def _signed(x) -> str:
    return f"{x:+.3f}" if isinstance(x, float) else f"{x:+d}"


def _plain(x) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def name_list(names: Mapping[str, str]) -> Names:
    """``fmt(ids, limit)`` -> "A; B; and 2 more" (ids without a name show as themselves)."""
    def fmt(ids, limit: int = 6) -> str:
        ids = list(ids)
        if not ids:
            return "—"
        text = "; ".join(names.get(i, i) for i in ids[:limit])
        return text + (f"; and {len(ids) - limit} more" if len(ids) > limit else "")
    return fmt


def comparison_rows(c: Comparison, names: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """The comparison as text rows: title, then the base's cell and each scenario's."""
    fmt = name_list(names)

    def num(key: str):
        def cell(s: Summary, d: Delta | None) -> str:
            v = getattr(s, key)
            return _plain(v) if d is None else f"{_plain(v)} ({_signed(getattr(d, key))})"
        return cell

    def gone(key: str, with_removed: str):
        def cell(s: Summary, d: Delta | None) -> str:
            k = getattr(d, with_removed) if d is not None else 0
            return num(key)(s, d) + (f"\n{k} of them went with the removed actors" if k else "")
        return cell

    def scenario(s, d):
        if d is None:
            return "the map as it is"
        r = next(r for r in c.scenarios if r.delta is d)
        return f"{r.name}\n({r.strategy.value})"

    def splinters(s, d):
        out = []
        for sp in s.splinters:
            if len(sp.groups) > 1:
                out.append(f"{sp.camp} splinters into {len(sp.groups)}: "
                           + " | ".join(fmt(g, 3) for g in sp.groups))
            else:
                out.append(f"{sp.camp}: stays together")
        return "\n".join(out) or "—"

    def splits(s, d):
        if d is None or not d.splits:
            return "—"
        return "\n".join(" | ".join(fmt(g, 3) for g in split) for split in d.splits)

    def shortlist(s, d):
        text = fmt(s.mediators[:SHORTLIST], SHORTLIST)
        if d is not None and d.mediators_in:
            text += "\nnew: " + fmt(d.mediators_in)
        if d is not None and d.mediators_out:
            text += "\ngone: " + fmt(d.mediators_out)
        return text

    spec: list[tuple[str, Callable[[Summary, Delta | None], str]]] = [
        ("Scenario", scenario),
        ("Fragmentation F", num("F")),
        ("Components", num("components")),
        ("Hostile ties (conflict, coercive, parasitic)", gone("hostile_ties", "hostile_ties_with_removed")),
        ("Coercion & extortion of communities", gone("community_exposure", "community_exposure_with_removed")),
        ("Blocs", lambda s, d: f"{len(s.blocs)}" + (f" ({_signed(d.blocs)})" if d else "")),
        ("Camp splinters (extra groups)",
         lambda s, d: f"{splinter_groups(s)}" + (f" ({_signed(d.splinter_groups)})" if d else "")),
        ("Removed actors", lambda s, d: fmt(d.removed, 8) if d else "—"),
        ("Splinters of their camps (kingpin effect)", splinters),
        ("Falls apart", splits),
        ("Mediator shortlist", shortlist),
    ]
    columns: list[tuple[Summary, Delta | None]] = [(c.base, None), *((r.summary, r.delta) for r in c.scenarios)]
    rows = [(title, [fn(s, d) for s, d in columns]) for title, fn in spec]
    agreements: dict[str, str] = {}
    for s, _d in columns:
        for g in s.agreements:
            agreements.setdefault(g.id, g.name)
    for gid, gname in agreements.items():
        cells = []
        for s, _d in columns:
            g = next((x for x in s.agreements if x.id == gid), None)
            cells.append("not signed" if g is None else
                         f"{g.status.replace('_', ' ')}: " + (fmt(g.spoilers, 4) if g.spoilers else "none"))
        rows.append((f"Spoilers of “{gname}”", cells))
    return rows


def strategies_html(c: Comparison, names: Mapping[str, str], descriptions: Mapping[str, str] | None = None) -> str:
    """The "Strategies compared" section of the report ('' when the map has no scenario);
    ``descriptions``: scenario id -> its description."""
    if not c.scenarios:
        return ""
    rows = comparison_rows(c, names)
    head = "".join(f"<th>{escape(h)}</th>" for h in
                   ["", "Base map", *(f"#{i} {r.strategy.value}" for i, r in enumerate(c.scenarios, 1))])
    body = []
    for title, cells in rows:
        tds = "".join("<td>" + "<br>".join(escape(line) for line in cell.split("\n")) + "</td>" for cell in cells)
        body.append(f"<tr><th>{escape(title)}</th>{tds}</tr>")
    items = []
    for i, r in enumerate(c.scenarios, 1):
        desc = (descriptions or {}).get(r.id, "")
        skipped = (f" <i>{len(r.problems)} part(s) no longer fit the map and were skipped.</i>"
                   if r.problems else "")
        items.append(f"<li><b>#{i} {escape(r.name)}</b> ({escape(r.strategy.value)})"
                     + (f": {escape(desc)}" if desc else "") + skipped + "</li>")
    return (
        '<h2 id="strategies">Strategies compared</h2>'
        '<p class="note">Each scenario is a set of changes to the map (a strategy tried on it), measured as the '
        "map is: fragmentation F and components on every tie (Borgatti 2006), hostile ties, coercion and "
        "extortion of communities, blocs (structural balance), the groups a removed actor's own camp falls "
        "into on trust ties (the kingpin effect), the insider-mediator shortlist and the spoilers of each "
        "agreement (Stedman 1997). In brackets: the change from the base map. Ties of a removed actor "
        "vanish with it: they were not made peaceful.</p>"
        f'<ol class="scenarios">{"".join(items)}</ol>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
