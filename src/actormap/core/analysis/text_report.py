"""A plain-text report of an :func:`.report.analyze` result, for the terminal."""

from __future__ import annotations

import textwrap

from ..messages import DEFAULT_LANG, phrase, render
from .result import AnalysisResult

TOP = 5


def _fmt(x, digits: int = 3) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def _names(ids, name: dict, limit: int = 8) -> str:
    ids = list(ids)
    shown = [name.get(i, str(i)) for i in ids[:limit]]
    more = f" (+{len(ids) - limit} more)" if len(ids) > limit else ""
    return ", ".join(shown) + more


def render_text(result: AnalysisResult, top: int = TOP, width: int = 100, lang: str = DEFAULT_LANG) -> str:
    """Top brokers, removal impact, key players, mediator shortlist with reasons, blocs."""
    actors = result.actors
    name = result.names()
    m, frag, bal = result.map, result.fragmentation, result.balance
    approx = [k for k, v in result.approximate if v]
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="       ")
    out = [
        m.title,
        "=" * min(len(m.title), width),
        f"{m.actors} actors, {m.ties} ties, {frag.components} component(s). "
        f"Fragmentation F = {_fmt(frag.F)}, distance-weighted DF = {_fmt(frag.DF)}.",
    ]
    if approx:
        out.append(phrase("report.approximate", lang, measures=approx))

    out += ["", f"Insider-mediator shortlist (top {top})", "-" * 40]
    meds = result.mediators
    if not meds:
        out.append(phrase("report.no_candidates", lang))
    for i, c in enumerate(meds[:top], 1):
        out.append(f"{i}. {c.name} [{c.faction}]  score {_fmt(c.score, 2)}")
        parts = ", ".join(f"{k} {_fmt(v, 2)}" for k, v in c.components)
        out.append(wrap.fill(f"     parts: {parts}"))
        for r in c.reasons:
            out.append(wrap.fill(f"     - {render(r, lang)}"))
    gated = result.gated
    if gated:
        out.append(wrap.fill(f"   Gated out: {len(gated)} actor(s), e.g. "
                             + "; ".join(f"{g.name}: {render(g.reasons[0], lang)}" for g in gated[:3])))

    out += ["", "Top brokers (betweenness on all ties; Gould-Fernandez roles on trust ties)", "-" * 40]
    for a in sorted(actors, key=lambda a: (-a.betweenness, a.name))[:top]:
        b = a.brokerage
        out.append(wrap.fill(
            f"{a.name} [{a.faction}]: betweenness {_fmt(a.betweenness)}, constraint "
            f"{_fmt(a.constraint)}, brokerage total {b.total} (liaison {b.liaison}, "
            f"representative {b.representative}, gatekeeper {b.gatekeeper}, itinerant "
            f"{b.itinerant}, coordinator {b.coordinator})"))

    out += ["", "Removal impact (who holds the map together)", "-" * 40]
    risky = [a for a in actors if a.removal.pairs_disconnected or a.removal.faction_pairs_disconnected]
    risky.sort(key=lambda a: (-a.removal.pairs_disconnected, -a.removal.faction_pairs_disconnected, a.name))
    if not risky:
        out.append(phrase("report.no_removal_cuts", lang))
    for a in risky[:top]:
        r = a.removal
        spl = " | ".join(_names(p, name, 4) for p in r.splinters[:3])
        line = (f"{a.name}: F after removal {_fmt(r.F)}, {r.pairs_disconnected} pairs cut off, "
                f"{r.faction_pairs_disconnected} inside its own faction")
        out.append(wrap.fill(line + (f"; splinters: {spl}" if spl else "")))

    kp = result.key_players
    if kp:
        out += ["", f"Key players (k = {kp.k})", "-" * 40,
                wrap.fill(f"{_names(kp.set, name, 50)}; "
                          + phrase("report.key_players", lang, F=kp.F, exact=kp.exact))]

    out += ["", "Blocs (structural balance on trust + / hostile - ties)", "-" * 40]
    how = phrase("report.balance_how", lang, exact=bal.exact)
    out.append(f"Triangle index {_fmt(bal.triangle_index)} ({bal.balanced_triangles} of "
               f"{bal.triangles} signed triangles balanced); frustration index {bal.frustration} ({how}).")
    groups = [b for b in bal.blocs if len(b) > 1]
    for i, b in enumerate(groups[:8], 1):
        out.append(wrap.fill(f"Bloc {i} ({len(b)}): {_names(b, name, 12)}"))
    if len(groups) > 8:
        out.append(phrase("report.more_blocs", lang, count=len(groups) - 8))
    alone = [b[0] for b in bal.blocs if len(b) == 1]
    if alone:
        out.append(wrap.fill(phrase("report.alone", lang, names=[name.get(a, a) for a in alone])))
    if bal.frustrated_pairs:
        pairs = "; ".join(f"{name.get(u, u)} - {name.get(v, v)}" for u, v in bal.frustrated_pairs[:6])
        more = f" (+{len(bal.frustrated_pairs) - 6} more)" if len(bal.frustrated_pairs) > 6 else ""
        out.append(wrap.fill(f"Ties against the blocs: {pairs}{more}"))
    if bal.mixed:
        out.append(phrase("report.mixed_pairs", lang, count=len(bal.mixed)))
    if result.agreements:
        out += ["", "Agreements and possible spoilers (Stedman 1997)", "-" * 40]
        for g in result.agreements:
            out.append(wrap.fill(f"{g.name} ({g.kind.value.replace('_', ' ')}, "
                                 f"{g.status.value.replace('_', ' ')}): parties {_names(g.parties, name)}"))
            if not g.spoiler_reasons:
                out.append("     no possible spoiler on this map")
            for sp in g.spoiler_reasons[:top]:
                out.append(wrap.fill(f"     - {sp.name} [{sp.faction}]: "
                                     + "; ".join(render(r, lang) for r in sp.reasons)))
    det = result.factions.detected
    out += ["", f"Declared factions: {len(result.factions.declared)}; groups detected on trust "
            f"ties (Louvain): {sum(1 for g in det if len(g) > 1)} (+{sum(1 for g in det if len(g) == 1)} "
            "isolated)."]
    return "\n".join(out) + "\n"
