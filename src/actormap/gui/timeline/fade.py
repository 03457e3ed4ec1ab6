"""A short fade when the date shown changes: items leaving the map fade out, arriving ones in.

:class:`FadeAnimator` goes through the scene's public emphasis methods: it notes each
actor's and tie's opacity, lets ``apply()`` change the emphasis (``scene.set_absent``), notes
the new opacity, then animates between the two and restores the exact state at the end
(``scene.apply_emphasis``) -- the same way :class:`~actormap.gui.saved_views.ViewAnimator`
fades a saved view's focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject

from ..fading import Animator, opacities_at, opacity_moves

FADE_MS = 250


class FadeAnimator(Animator):
    def __init__(self, view, duration_ms: int = FADE_MS, parent: QObject | None = None):
        super().__init__(view, duration_ms, QEasingCurve.Type.InOutQuad, parent)
        self._items: dict = {}

    def change(self, apply: Callable[[], None], animate: bool = True) -> None:
        """Run ``apply()`` (an emphasis change) and fade the items it changes (by id, through
        the scene's ``opacities``/``set_opacities``: no item is made for a tie just to fade it)."""
        self.stop()
        scene = self.view.map_scene
        start = scene.opacities() if animate else {}
        apply()
        if not animate or self.duration_ms <= 0:
            return
        moving = opacity_moves(start, scene.opacities())
        if not moving:
            return
        scene.set_opacities(opacities_at(moving, 0.0))
        self._items = moving
        self._start()

    def _step(self, t) -> None:
        if self._items:
            self.view.map_scene.set_opacities(opacities_at(self._items, float(t)))

    def _done(self) -> None:
        self._items = {}
        self.view.map_scene.apply_emphasis()  # the exact end state (visibility, opacity)
