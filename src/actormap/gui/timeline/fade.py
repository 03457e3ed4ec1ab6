"""A short fade when the date shown changes: items leaving the map fade out, arriving ones in.

:class:`FadeAnimator` goes through the scene's public emphasis methods: it notes each
actor's and tie's opacity, lets ``apply()`` change the emphasis (``scene.set_absent``), notes
the new opacity, then animates between the two and restores the exact state at the end
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
        """Run ``apply()`` (an emphasis change) and fade the items it changes (by id, through
        the scene's ``opacities``/``set_opacities``: no item is made for a tie just to fade it)."""
        self.stop()
        scene = self.view.map_scene
        start = scene.opacities() if animate else {}
        apply()
        if not animate or self.duration_ms <= 0:
            return
        end = scene.opacities()
        moving = {i: (start[i], b) for i, b in end.items() if i in start and abs(start[i] - b) > 1e-3}
        if not moving or len(moving) > MAX_FADING_ITEMS:
            return
        scene.set_opacities({i: a for i, (a, _b) in moving.items()})
        self._items = moving
        self._anim.setDuration(self.duration_ms)
        self._anim.start()

    def _step(self, t) -> None:
        t = float(t)
        if self._items:
            self.view.map_scene.set_opacities({i: a + (b - a) * t for i, (a, b) in self._items.items()})

    def _done(self) -> None:
        self._items = {}
        self.view.map_scene.apply_emphasis()  # the exact end state (visibility, opacity)
