"""Strategies compared, as rows of text: one list for the compare window, the HTML and the PDF report.

:func:`comparison_rows` turns a :class:`~actormap.core.scenario.Comparison` into
``(row title, [base cell, scenario cells...])``: F, components, hostile ties (saying how many
went only because an actor was removed), coercion and extortion of communities, blocs, the
splinters of removed actors' camps (the kingpin effect), the pieces the map falls into, the
mediator shortlist before and after, and each agreement's spoilers. :func:`strategies_html`
is the report section. Every text comes from the message catalogue (``strategy.*``), in the
language asked for. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from ..core.messages import DEFAULT_LANG, camp, phrase
from ..core.messages import render as render_message
from ..core.messages.language import RULES
from ..core.scenario import SHORTLIST, Comparison, Delta, Summary, splinter_groups

Names = Callable[..., str]


def _signed(x, lang: str = DEFAULT_LANG) -> str:
    if isinstance(x, float):
        text = RULES[lang].num(abs(x), 3)
        return ("+" if x >= 0 else "-") + text
    return f"{x:+d}"


def _plain(x, lang: str = DEFAULT_LANG) -> str:
    return RULES[lang].num(x, 3) if isinstance(x, float) else str(x)


def name_list(names: Mapping[str, str], lang: str = DEFAULT_LANG) -> Names:
    """``fmt(ids, limit)`` -> "A; B; and 2 more" (ids without a name show as themselves)."""
    def fmt(ids, limit: int = 6) -> str:
        ids = list(ids)
        if not ids:
            return "—"
        text = "; ".join(names.get(i, i) for i in ids[:limit])
        return text + (f"; {phrase('report.and_more', lang, count=len(ids) - limit)}" if len(ids) > limit else "")
    return fmt


def comparison_rows(c: Comparison, names: Mapping[str, str], lang: str = DEFAULT_LANG) -> list[tuple[str, list[str]]]:
    """The comparison as text rows in ``lang``: title, then the base's cell and each scenario's."""
    lang = lang if lang in RULES else DEFAULT_LANG
    fmt = name_list(names, lang)

    def p(key: str, **params) -> str:
        return phrase(key, lang, **params)

    def num(key: str):
        def cell(s: Summary, d: Delta | None) -> str:
            v = getattr(s, key)
            return _plain(v, lang) if d is None else f"{_plain(v, lang)} ({_signed(getattr(d, key), lang)})"
        return cell

    def gone(key: str, with_removed: str):
        def cell(s: Summary, d: Delta | None) -> str:
            k = getattr(d, with_removed) if d is not None else 0
            return num(key)(s, d) + (f"\n{p('strategy.went_with_removed', count=k)}" if k else "")
        return cell

    def scenario(s, d):
        if d is None:
            return p("strategy.base")
        r = next(r for r in c.scenarios if r.delta is d)
        return f"{r.name}\n({p('strategy_kind.' + r.strategy.value)})"

    def splinters(s, d):
        out = []
        for sp in s.splinters:
            if len(sp.groups) > 1:
                out.append(p("strategy.splinters_into", camp=camp(sp.camp, lang), count=len(sp.groups),
                             groups=" | ".join(fmt(g, 3) for g in sp.groups)))
            else:
                out.append(p("strategy.stays_together", camp=camp(sp.camp, lang)))
        return "\n".join(out) or "—"

    def splits(s, d):
        if d is None or not d.splits:
            return "—"
        return "\n".join(" | ".join(fmt(g, 3) for g in split) for split in d.splits)

    def shortlist(s, d):
        text = fmt(s.mediators[:SHORTLIST], SHORTLIST)
        if d is not None and d.mediators_in:
            text += "\n" + p("strategy.new", names=fmt(d.mediators_in))
        if d is not None and d.mediators_out:
            text += "\n" + p("strategy.gone", names=fmt(d.mediators_out))
        return text

    def designated(s, d):
        """Who on the shortlist is designated, and what that forbids (the mediator reason's text)."""
        return "\n".join(f"{fmt([x.id])}: {render_message({'code': 'designated', 'params': {'designations': x.designations}}, lang)}"
                         for x in s.designated) or "—"

    spec: list[tuple[str, Callable[[Summary, Delta | None], str]]] = [
        ("scenario", scenario),
        ("F", num("F")),
        ("components", num("components")),
        ("hostile", gone("hostile_ties", "hostile_ties_with_removed")),
        ("communities", gone("community_exposure", "community_exposure_with_removed")),
        ("blocs", lambda s, d: f"{len(s.blocs)}" + (f" ({_signed(d.blocs, lang)})" if d else "")),
        ("splinter_groups",
         lambda s, d: f"{splinter_groups(s)}" + (f" ({_signed(d.splinter_groups, lang)})" if d else "")),
        ("removed", lambda s, d: fmt(d.removed, 8) if d else "—"),
        ("kingpin", splinters),
        ("falls_apart", splits),
        ("shortlist", shortlist),
        ("designated", designated),
    ]
    columns: list[tuple[Summary, Delta | None]] = [(c.base, None), *((r.summary, r.delta) for r in c.scenarios)]
    rows = [(p("strategy.row." + key), [fn(s, d) for s, d in columns]) for key, fn in spec]
    agreements: dict[str, str] = {}
    for s, _d in columns:
        for g in s.agreements:
            agreements.setdefault(g.id, g.name)
    for gid, gname in agreements.items():
        cells = []
        for s, _d in columns:
            g = next((x for x in s.agreements if x.id == gid), None)
            if g is None:
                cells.append(p("strategy.not_signed"))
            else:
                status = str(getattr(g.status, "value", g.status))
                cells.append(f"{p('agreement_status.' + status)}: "
                             + (fmt(g.spoilers, 4) if g.spoilers else p("strategy.no_spoilers")))
        rows.append((p("strategy.row.spoilers_of", name=gname), cells))
    return rows


def strategies_html(c: Comparison, names: Mapping[str, str], descriptions: Mapping[str, str] | None = None,
                    lang: str = DEFAULT_LANG) -> str:
    """The "Strategies compared" section of the report in ``lang`` ('' when the map has no scenario);
    ``descriptions``: scenario id -> its description."""
    if not c.scenarios:
        return ""
    lang = lang if lang in RULES else DEFAULT_LANG

    def t(key: str, **params) -> str:
        return escape(phrase(key, lang, **params))

    rows = comparison_rows(c, names, lang)
    head = "".join(f"<th>{h}</th>" for h in
                   ["", t("html.base_map"), *(f"#{i} {t('strategy_kind.' + r.strategy.value)}"
                                              for i, r in enumerate(c.scenarios, 1))])
    body = []
    for title, cells in rows:
        tds = "".join('<td dir="auto">' + "<br>".join(escape(line) for line in cell.split("\n")) + "</td>"
                      for cell in cells)
        body.append(f"<tr><th>{escape(title)}</th>{tds}</tr>")
    items = []
    for i, r in enumerate(c.scenarios, 1):
        desc = (descriptions or {}).get(r.id, "")
        skipped = f" <i>{t('html.scenario_skipped', count=len(r.problems))}</i>" if r.problems else ""
        items.append(f"<li><b>#{i} <bdi>{escape(r.name)}</bdi></b> ({t('strategy_kind.' + r.strategy.value)})"
                     + (f': <span dir="auto">{escape(desc)}</span>' if desc else "") + skipped + "</li>")
    return (
        f'<h2 id="strategies">{t("html.strategies")}</h2>'
        f'<p class="note">{t("html.strategies_note")}</p>'
        f'<ol class="scenarios">{"".join(items)}</ol>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
