"""File ▸ Open sample: the sample maps shipped with actormap, each opened as a new untitled map."""

from __future__ import annotations

from ..core.errors import ActorMapError
from ..core.io import MapStore
from ..samples import Sample, samples
from .i18n import COUNT, translate


def open_sample(window, sample: Sample):
    """Open ``sample`` in a new tab as an untitled copy (the shipped file is never written)."""
    try:
        amap = MapStore().read(sample.path)
    except ActorMapError as err:
        window.show_message(str(err))
        return None
    qdoc = window.files.show_untitled(amap)
    window.show_message(translate("OpenSample", "Opened the sample “{title}” as a new map: save it under a name of "
                                                "your own to keep changes.").format(title=sample.title))
    return qdoc


def install(window) -> None:
    """File ▸ Open sample, after Open Recent (filled when the menu opens)."""
    menu = window.menus["file"]
    sub = menu.addMenu(translate("OpenSample", "Open &sample"))
    sub.setObjectName("openSampleMenu")
    sub.setStatusTip(translate("OpenSample", "Open one of the maps that come with actormap, as a new map"))
    recent = window.menus["recent"].menuAction()
    actions = menu.actions()
    after = actions[actions.index(recent) + 1] if recent in actions and actions.index(recent) + 1 < len(actions) else None
    menu.removeAction(sub.menuAction())
    menu.insertMenu(after, sub)
    window.menus["samples"] = sub

    def fill() -> None:
        sub.clear()
        found = samples()
        for s in found:
            actors, ties = s.actors, s.ties
            counts = (translate("OpenSample", "%n actor(s)", "", COUNT, actors) + ", "
                      + translate("OpenSample", "%n tie(s)", "", COUNT, ties))
            act = sub.addAction(f"{s.title} ({counts})")
            act.setStatusTip(str(s.path))
            act.triggered.connect(lambda _c=False, s=s: open_sample(window, s))
        if not found:
            sub.addAction(translate("OpenSample", "(no sample maps in this installation)")).setEnabled(False)

    sub.aboutToShow.connect(fill)
    fill()
