"""``actormap whatif`` (try strategy edits on a map) and ``actormap compare`` (its saved scenarios).

``whatif MAP [--remove ACTOR]... [--tie "A>B=KIND"]... [--drop-tie "A>B"]...
[--set "ACTOR.FIELD=VALUE"]... [--json]``: ACTOR is an actor's id or name (exactly, or
ignoring case, or a part of one name). The edits apply in this order: removals, dropped
ties, added ties, field changes; editing an actor the same command removes is an error.
``compare MAP [--scenario NAME]... [--json]``: the saved scenarios (all by default);
``compare MAP --perspective NAME... [--json]``: perspectives instead, with the ties they draw
differently from the shared map (:mod:`actormap.core.perspective`).
Errors are one line on stderr and exit status 2.
"""

from __future__ import annotations

import sys
import textwrap

from ..core.errors import ActorMapError
from ..core.model import ActorMap, TieKind
from ..core.scenario import Comparison, Delta, Summary, compare, splinter_groups, whatif
from ..core.strategy import AddTie, DropTies, RemoveActors, Transform, strategy_id
from .store import store_for

NULLS = {"null", "none", ""}


class StrategyArgumentError(ActorMapError, ValueError):
    """A malformed or contradictory strategy option."""


def register(sub) -> None:
    p = sub.add_parser(
        "whatif", help="what a strategy would do: remove actors, add, drop or change ties and actors",
        description="Apply strategy edits to a map (nothing is saved) and print the base, the scenario and "
                    "the change: fragmentation, hostile ties, exposure of communities, blocs, mediators, "
                    "splinters of removed actors' camps, spoilers of agreements.")
    p.add_argument("map", metavar="MAP")
    p.add_argument("--remove", action="append", default=[], metavar="ACTOR",
                   help="take an actor off the map (arrest, kingpin removal); repeatable")
    p.add_argument("--tie", action="append", default=[], metavar="A>B=KIND",
                   help=f"add a tie from A to B; KIND one of {', '.join(k.value for k in TieKind)}")
    p.add_argument("--drop-tie", action="append", default=[], metavar="A>B",
                   help="end the ties from A to B (mutual kinds either way)")
    p.add_argument("--set", action="append", default=[], metavar="ACTOR.FIELD=VALUE",
                   help="change an actor's field, e.g. 'MS-13 street cliques.agenda=social' (null: not set)")
    p.add_argument("--json", action="store_true", help="print {base, scenario, delta} as JSON")
    p.set_defaults(func=run_whatif)

    p = sub.add_parser("compare", help="compare the scenarios saved in a map with the base map",
                       description="Summaries and deltas of the base map and its saved scenarios.")
    p.add_argument("map", metavar="MAP")
    p.add_argument("--scenario", action="append", default=None, metavar="NAME",
                   help="a saved scenario by name or id (repeatable; default: all)")
    p.add_argument("--perspective", action="append", default=None, metavar="NAME",
                   help="compare a perspective (the map as seen by a party) with the shared map instead: "
                        "summaries, deltas and the disagreeing ties by actor names (repeatable; 'all' for "
                        "every perspective)")
    p.add_argument("--json", action="store_true",
                   help="print {base, scenarios: [...]} (with --perspective: {base, perspectives: [...]}) as JSON")
    p.set_defaults(func=run_compare)


# ---- parsing ------------------------------------------------------------------------------------

def resolve_actor(amap: ActorMap, text: str) -> str:
    """The id of the actor ``text`` names: its id, its name, its name ignoring case, or a
    part of exactly one name."""
    wanted = text.strip()
    if not wanted:
        raise StrategyArgumentError("an actor name is empty")
    for a in amap.actors:
        if a.id == wanted:
            return a.id
    for test in (lambda a: a.name == wanted, lambda a: a.name.casefold() == wanted.casefold(),
                 lambda a: wanted.casefold() in a.name.casefold()):
        hits = [a for a in amap.actors if test(a)]
        if len(hits) == 1:
            return hits[0].id
        if len(hits) > 1:
            shown = "; ".join(sorted(a.name for a in hits)[:4])
            raise StrategyArgumentError(f"{text!r} names several actors ({shown}); give more of the name or the id")
    raise StrategyArgumentError(f"no actor {text!r} on the map")


def _pair(amap: ActorMap, text: str, option: str) -> tuple[str, str]:
    if text.count(">") != 1:
        raise StrategyArgumentError(f"{option} {text!r}: write it as \"A>B\"")
    a, b = text.split(">")
    return resolve_actor(amap, a), resolve_actor(amap, b)


def parse_tie(amap: ActorMap, text: str) -> tuple[str, str, TieKind]:
    """``"A>B=KIND"`` -> (source id, target id, kind)."""
    ends, sep, kind = text.rpartition("=")
    if not sep or ">" not in ends:
        raise StrategyArgumentError(f"--tie {text!r}: write it as \"A>B=KIND\"")
    try:
        k = TieKind(kind.strip().lower())
    except ValueError:
        raise StrategyArgumentError(f"--tie {text!r}: unknown kind {kind.strip()!r}; use one of "
                                    f"{', '.join(t.value for t in TieKind)}") from None
    a, b = _pair(amap, ends, "--tie")
    return a, b, k


def parse_set(amap: ActorMap, text: str) -> tuple[str, str, object]:
    """``"ACTOR.FIELD=VALUE"`` -> (actor id, field, value; ``null``/``none``/empty -> None)."""
    target, sep, value = text.partition("=")
    actor, dot, field = target.rpartition(".")
    if not sep or not dot or not field.strip():
        raise StrategyArgumentError(f"--set {text!r}: write it as \"ACTOR.FIELD=VALUE\"")
    field = field.strip()
    from ..core.model import Actor

    if field not in Actor.model_fields:
        raise StrategyArgumentError(f"--set {text!r}: actors have no field {field!r}")
    v = value.strip()
    return resolve_actor(amap, actor), field, (None if v.lower() in NULLS else v)


def build_edits(amap: ActorMap, remove=(), ties=(), drop=(), sets=()) -> list:
    """The strategy edits of the whatif options, in their order (removals first)."""
    edits: list = []
    removed = {resolve_actor(amap, r): r for r in remove}
    names = {a.id: a.name for a in amap.actors}

    def alive(aid: str, option: str) -> str:
        if aid in removed:
            raise StrategyArgumentError(f"{names[aid]!r} is removed (--remove) and then edited ({option}): "
                                        "a scenario cannot do both")
        return aid

    if removed:
        edits.append(RemoveActors(list(removed)))
    for d in drop:
        a, b = _pair(amap, d, "--drop-tie")
        edits.append(DropTies(alive(a, "--drop-tie"), alive(b, "--drop-tie")))
    for i, t in enumerate(ties):
        a, b, k = parse_tie(amap, t)
        edits.append(AddTie(alive(a, "--tie"), alive(b, "--tie"), k,
                            tie_id=strategy_id("whatif", a, b, k.value, str(i))))
    for s in sets:
        aid, field, value = parse_set(amap, s)
        edits.append(Transform(alive(aid, "--set"), {field: value}))
    if not edits:
        raise StrategyArgumentError("no strategy given: use --remove, --tie, --drop-tie or --set")
    return edits


# ---- text output ---------------------------------------------------------------------------------

def _num(x, signed: bool = False) -> str:
    if isinstance(x, float):
        return f"{x:+.3f}" if signed else f"{x:.3f}"
    return f"{x:+d}" if signed else str(x)


ROWS = (("F", "Fragmentation F"), ("components", "Components"), ("hostile_ties", "Hostile ties"),
        ("community_exposure", "Coercion/extortion of communities"))


def _names(ids, names: dict, limit: int = 6) -> str:
    ids = list(ids)
    shown = [names.get(i, i) for i in ids[:limit]]
    return ", ".join(shown) + (f" (+{len(ids) - limit} more)" if len(ids) > limit else "") or "none"


def render_summaries(base: Summary, columns: list[tuple[str, Summary, Delta]], names: dict,
                     width: int = 100) -> str:
    """A table of the base and each scenario, then what changed in each."""
    short = len(columns) > 1 or any(len(c[0]) > 24 for c in columns)
    heads = ["base", *((f"#{i}" if short else c[0]) for i, c in enumerate(columns, 1))]
    rows = []
    for key, label in ROWS:
        cells = [_num(getattr(base, key))]
        for _, s, d in columns:
            cells.append(f"{_num(getattr(s, key))} ({_num(getattr(d, key), True)})")
        rows.append((label, cells))
    rows.append(("Camp splinter groups", [str(splinter_groups(base)), *(
        f"{splinter_groups(s)} ({_num(d.splinter_groups, True)})" for _, s, d in columns)]))
    w0 = max(len(label) for _, label in ROWS) + 2
    cw = [max(len(h), *(len(r[1][i]) for r in rows)) + 3 for i, h in enumerate(heads)]
    lines = ["".ljust(w0) + "".join(h.rjust(c) for h, c in zip(heads, cw, strict=True))]
    for label, cells in rows:
        lines.append(label.ljust(w0) + "".join(c.rjust(n) for c, n in zip(cells, cw, strict=True)))
    lines.append("Blocs".ljust(w0) + "".join(str(len(x)).rjust(n) for x, n in zip(
        [base.blocs, *(c[1].blocs for c in columns)], cw, strict=True)))
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="    ")
    if short:
        lines += [wrap.fill(f"#{i} = {c[0]}") for i, c in enumerate(columns, 1)]
    lines.append(wrap.fill("Mediator shortlist (base): " + _names(base.mediators[:5], names)))
    lines += _designated(base, names, wrap)
    for i, (title, s, d) in enumerate(columns, 1):
        title = f"#{i} {title}" if short else title
        lines += ["", title, "-" * min(len(title), width)]
        if d.removed:
            lines.append(wrap.fill("Removed: " + _names(d.removed, names, 12)))
        if d.added:
            lines.append(wrap.fill("Added: " + _names(d.added, names, 12)))
        for sp in s.splinters:
            pieces = " | ".join(_names(g, names, 5) for g in sp.groups) or "no one left"
            verdict = f"splinters into {len(sp.groups)} groups" if len(sp.groups) > 1 else "stays together"
            lines.append(wrap.fill(f"Camp {sp.camp} without {_names(sp.removed, names)}: {verdict}: {pieces}"))
        for split in d.splits:
            lines.append(wrap.fill("Falls apart: " + " | ".join(_names(g, names, 5) for g in split)))
        lines.append(wrap.fill("Mediator shortlist: " + _names(s.mediators[:5], names)
                               + (f"; new: {_names(d.mediators_in, names)}" if d.mediators_in else "")
                               + (f"; gone: {_names(d.mediators_out, names)}" if d.mediators_out else "")))
        lines += _designated(s, names, wrap)
        for g in s.agreements:
            ch = next((x for x in d.agreements if x.id == g.id), None)
            extra = ""
            if ch and (ch.spoilers_in or ch.spoilers_out):
                extra = (f" (new: {_names(ch.spoilers_in, names)})" if ch.spoilers_in else "") + \
                        (f" (gone: {_names(ch.spoilers_out, names)})" if ch.spoilers_out else "")
            lines.append(wrap.fill(f"Spoilers of {g.name!r} ({g.status.replace('_', ' ')}): "
                                   f"{_names(g.spoilers, names)}{extra}"))
    return "\n".join(lines) + "\n"


# ---- commands ---------------------------------------------------------------------------------------

def run_whatif(args) -> int:
    amap = store_for(args).read(args.map)
    edits = build_edits(amap, args.remove, args.tie, args.drop_tie, args.set)
    result = whatif(amap, edits)
    if args.json:
        sys.stdout.write(result.model_dump_json(indent=1) + "\n")
        return 0
    names = {a.id: a.name for a in amap.actors}
    label = "; ".join(e.label for e in edits)
    sys.stdout.write(f"{amap.title}\nWhat if: {label}\n\n")
    sys.stdout.write(render_summaries(result.base, [("scenario", result.scenario, result.delta)], names))
    return 0


def render_comparison(amap: ActorMap, comparison: Comparison) -> str:
    names = {a.id: a.name for a in amap.actors}
    cols = [(f"{r.name} [{r.strategy.value}]", r.summary, r.delta) for r in comparison.scenarios]
    out = f"{amap.title}\n{len(cols)} scenario(s) compared with the base map\n\n"
    out += render_summaries(comparison.base, cols, names)
    for r in comparison.scenarios:
        for p in r.problems:
            out += f"note: {r.name}: skipped a part that no longer fits the map ({p.code}, {p.collection} " \
                   f"{p.item_id}: {p.detail})\n"
    return out


def render_perspectives(amap: ActorMap, comparison) -> str:
    """Like :func:`render_comparison`, then per perspective the ties it draws differently."""
    names = {a.id: a.name for a in amap.actors}
    cols = [(r.name, r.summary, r.delta) for r in comparison.perspectives]
    out = f"{amap.title}\n{len(cols)} perspective(s) compared with the shared map\n\n"
    out += render_summaries(comparison.base, cols, names)
    wrap = textwrap.TextWrapper(width=100, initial_indent="  ", subsequent_indent="      ")
    for r in comparison.perspectives:
        seen = f" (seen by {names.get(r.seen_by, r.seen_by)})" if r.seen_by else ""
        out += f"\n{r.name}{seen}: {len(r.disagreements)} pair(s) of actors drawn differently\n"
        for i, d in enumerate(r.disagreements):
            marks = (" [sign flips]" if d.sign_flip else "") + (
                " [changes the mediator shortlist on its own]" if i in r.shortlist_changers else "")
            out += wrap.fill(d.text("shared map", "this perspective") + marks) + "\n"
        for p in r.problems:
            out += f"note: {r.name}: skipped a part that no longer fits the map ({p.code}, {p.collection} " \
                   f"{p.item_id}: {p.detail})\n"
    return out


def run_compare(args) -> int:
    amap = store_for(args).read(args.map)
    if args.perspective is not None:
        if args.scenario is not None:
            raise StrategyArgumentError("compare scenarios or perspectives, not both at once")
        from ..core.perspective import compare_perspectives

        wanted = None if [w.casefold() for w in args.perspective] == ["all"] else args.perspective
        result = compare_perspectives(amap, wanted)
        sys.stdout.write(result.model_dump_json(indent=1) + "\n" if args.json else render_perspectives(amap, result))
        return 0
    result = compare(amap, args.scenario)
    if args.json:
        sys.stdout.write(result.model_dump_json(indent=1) + "\n")
    else:
        sys.stdout.write(render_comparison(amap, result))
    return 0


def _designated(s, names, wrap) -> list[str]:
    """Shortlisted candidates under a legal designation, with what it may forbid."""
    from ..core.messages import render

    return [wrap.fill(f"  designated: {names.get(x.id, x.id)}: "
                      + render({"code": "designated", "params": {"designations": x.designations}}))
            for x in s.designated]
