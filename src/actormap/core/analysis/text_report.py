"""A plain-text report of an :func:`.report.analyze` result, for the terminal, in a language of the catalogue."""

from __future__ import annotations

import textwrap

from ..messages import DEFAULT_LANG, camp, phrase, render
from ..messages.language import RULES
from .result import AnalysisResult

TOP = 5


def _fmt(x, lang: str, digits: int = 3) -> str:
    if x is None:
        return phrase("report.na", lang)
    if isinstance(x, float):
        return RULES.get(lang, RULES[DEFAULT_LANG]).num(x, digits)
    return str(x)


def _names(ids, name: dict, lang: str, limit: int = 8) -> str:
    ids = list(ids)
    shown = [name.get(i, str(i)) for i in ids[:limit]]
    more = " " + phrase("report.plus_more", lang, count=len(ids) - limit) if len(ids) > limit else ""
    return ", ".join(shown) + more


def render_text(result: AnalysisResult, top: int = TOP, width: int = 100, lang: str = DEFAULT_LANG) -> str:
    """Top brokers, removal impact, key players, mediator shortlist with reasons, blocs -- in ``lang``."""
    actors = result.actors
    name = result.names()
    m, frag, bal = result.map, result.fragmentation, result.balance
    approx = [k for k, v in result.approximate if v]
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="       ")

    def f(x, digits: int = 3) -> str:
        return _fmt(x, lang, digits)

    def p(key: str, **params) -> str:
        return phrase(key, lang, **params)

    out = [
        m.title,
        "=" * min(len(m.title), width),
        p("report.counts", actors=m.actors, ties=m.ties, components=frag.components, F=f(frag.F), DF=f(frag.DF)),
    ]
    if approx:
        out.append(p("report.approximate", measures=approx))

    out += ["", p("report.shortlist_top", top=top), "-" * 40]
    meds = result.mediators
    if not meds:
        out.append(p("report.no_candidates"))
    for i, c in enumerate(meds[:top], 1):
        out.append(p("report.candidate", rank=i, name=c.name, camp=camp(c.faction, lang), score=f(c.score, 2)))
        parts = ", ".join(f"{p('component.' + k)} {f(v, 2)}" for k, v in c.components)
        out.append(wrap.fill("     " + p("report.parts", parts=parts)))
        for r in c.reasons:
            out.append(wrap.fill(f"     - {render(r, lang)}"))
    gated = result.gated
    if gated:
        examples = "; ".join(f"{g.name}: {render(g.reasons[0], lang)}" for g in gated[:3])
        out.append(wrap.fill("   " + p("report.gated_out", count=len(gated), examples=examples)))

    out += ["", textwrap.fill(p("report.brokers_title"), width), "-" * 40]
    for a in sorted(actors, key=lambda a: (-a.betweenness, a.name))[:top]:
        b = a.brokerage
        roles = ", ".join(f"{p('role.' + r)} {getattr(b, r)}"
                          for r in ("liaison", "representative", "gatekeeper", "itinerant", "coordinator"))
        out.append(wrap.fill(p("report.broker", name=a.name, camp=camp(a.faction, lang), betweenness=f(a.betweenness),
                               constraint=f(a.constraint), total=b.total, roles=roles)))

    out += ["", textwrap.fill(p("report.removal_title"), width), "-" * 40]
    risky = [a for a in actors if a.removal.pairs_disconnected or a.removal.faction_pairs_disconnected]
    risky.sort(key=lambda a: (-a.removal.pairs_disconnected, -a.removal.faction_pairs_disconnected, a.name))
    if not risky:
        out.append(p("report.no_removal_cuts"))
    for a in risky[:top]:
        r = a.removal
        spl = " | ".join(_names(s, name, lang, 4) for s in r.splinters[:3])
        line = p("report.removal", name=a.name, F=f(r.F), pairs=r.pairs_disconnected,
                 faction_pairs=r.faction_pairs_disconnected)
        out.append(wrap.fill(line + ("; " + p("report.splinters", splinters=spl) if spl else "")))

    kp = result.key_players
    if kp:
        out += ["", p("report.key_players_title", k=kp.k), "-" * 40,
                wrap.fill(f"{_names(kp.set, name, lang, 50)}; " + p("report.key_players", F=kp.F, exact=kp.exact))]

    out += ["", textwrap.fill(p("report.blocs_title"), width), "-" * 40]
    how = p("report.balance_how", exact=bal.exact)
    out.append(textwrap.fill(p("report.balance", triangle_index=f(bal.triangle_index), balanced=bal.balanced_triangles,
                 triangles=bal.triangles, frustration=bal.frustration, how=how), width))
    groups = [b for b in bal.blocs if len(b) > 1]
    for i, b in enumerate(groups[:8], 1):
        out.append(wrap.fill(p("report.bloc", number=i, count=len(b), names=_names(b, name, lang, 12))))
    if len(groups) > 8:
        out.append(p("report.more_blocs", count=len(groups) - 8))
    alone = [b[0] for b in bal.blocs if len(b) == 1]
    if alone:
        out.append(wrap.fill(p("report.alone", names=[name.get(a, a) for a in alone])))
    if bal.frustrated_pairs:
        pairs = "; ".join(f"{name.get(u, u)} - {name.get(v, v)}" for u, v in bal.frustrated_pairs[:6])
        more = (" " + p("report.plus_more", count=len(bal.frustrated_pairs) - 6)
                if len(bal.frustrated_pairs) > 6 else "")
        out.append(wrap.fill(p("report.against_blocs", pairs=pairs + more)))
    if bal.mixed:
        out.append(p("report.mixed_pairs", count=len(bal.mixed)))
    if result.agreements:
        out += ["", textwrap.fill(p("report.agreements_title"), width), "-" * 40]
        for g in result.agreements:
            out.append(wrap.fill(p("report.agreement", name=g.name, kind=p("agreement_kind." + g.kind.value),
                                   status=p("agreement_status." + g.status.value),
                                   parties=_names(g.parties, name, lang))))
            if not g.spoiler_reasons:
                out.append("     " + p("report.no_spoiler"))
            for sp in g.spoiler_reasons[:top]:
                out.append(wrap.fill(f"     - {sp.name} [{camp(sp.faction, lang)}]: "
                                     + "; ".join(render(r, lang) for r in sp.reasons)))
    det = result.factions.detected
    out += ["", p("report.factions", declared=len(result.factions.declared),
                  detected=sum(1 for g in det if len(g) > 1), isolated=sum(1 for g in det if len(g) == 1))]
    return "\n".join(out) + "\n"
