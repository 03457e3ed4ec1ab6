"""A short fade when the date shown changes: items leaving the map fade out, arriving ones in.

:class:`FadeAnimator` goes through the scene's public emphasis methods: it notes each
item's opacity, lets ``apply()`` change the emphasis (``scene.set_absent``), notes the
new opacity, then animates between the two and restores the exact state at the end
(``scene.apply_emphasis``) -- the same way :class:`~actormap.gui.saved_views.ViewAnimator`
fades a saved view's focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation

FADE_MS = 250
MAX_FADING_ITEMS = 3000
"""Above this many items changing, the new state is shown at once (no animation)."""


class FadeAnimator(QObject):
    def __init__(self, view, duration_ms: int = FADE_MS, parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.duration_ms = duration_ms
        self._items: dict = {}
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._anim.valueChanged.connect(self._step)
        self._anim.finished.connect(self._done)

    def is_running(self) -> bool:
        return self._anim.state() == QVariantAnimation.State.Running

    def stop(self) -> None:
        if self.is_running():
            self._anim.stop()
            self._done()

    def change(self, apply: Callable[[], None], animate: bool = True) -> None:
        """Run ``apply()`` (an emphasis change) and fade the items it changes."""
        self.stop()
        scene = self.view.map_scene
        items = [*scene.actor_items.values(), *scene.tie_items.values()]
        start = {it: (it.opacity() if it.isVisible() else 0.0) for it in items} if animate else {}
        apply()
        if not animate or self.duration_ms <= 0:
            return
        moving = {}
        for it in items:
            b = it.opacity() if it.isVisible() else 0.0
            if abs(start[it] - b) > 1e-3:
                moving[it] = (start[it], b)
        if not moving or len(moving) > MAX_FADING_ITEMS:
            return
        for it, (a, _b) in moving.items():
            it.setVisible(True)
            it.setOpacity(a)
        self._items = moving
        self._anim.setDuration(self.duration_ms)
        self._anim.start()

    def _step(self, t) -> None:
        t = float(t)
        for it, (a, b) in list(self._items.items()):
            try:
                it.setOpacity(a + (b - a) * t)
            except RuntimeError:  # the item was deleted (the map changed meanwhile)
                del self._items[it]

    def _done(self) -> None:
        self._items = {}
        self.view.map_scene.apply_emphasis()  # the exact end state (visibility, opacity)
