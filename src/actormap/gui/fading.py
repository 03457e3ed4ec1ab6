"""Animating the canvas from one emphasis to another: what the saved views' move
(:class:`~.saved_views.ViewAnimator`) and the time slider's fade
(:class:`~.timeline.fade.FadeAnimator`) share.

Both note each item's opacity (``scene.opacities()``), change the emphasis, note the new
opacities, and run a 0 -> 1 animation between the two; at the end the scene's exact
emphasis is applied again.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation

MAX_FADING_ITEMS = 3000
"""Above this many items changing opacity, the new state is shown at once (no fade)."""


def opacity_moves(start: dict[str, float], end: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Item id -> (start, end) opacity of the items whose opacity changes; empty when more
    than :data:`MAX_FADING_ITEMS` change."""
    moving = {i: (start[i], b) for i, b in end.items() if i in start and abs(start[i] - b) > 1e-3}
    return moving if len(moving) <= MAX_FADING_ITEMS else {}


def opacities_at(moves: dict[str, tuple[float, float]], t: float) -> dict[str, float]:
    """The opacities a fraction ``t`` (0-1) of the way."""
    return {i: a + (b - a) * t for i, (a, b) in moves.items()}


class Animator(QObject):
    """A 0 -> 1 animation of ``view`` calling ``_step(t)`` for each frame and ``_done()`` at the end
    (or when stopped)."""

    def __init__(self, view, duration_ms: int, curve: QEasingCurve.Type, parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.duration_ms = duration_ms
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(curve)
        self._anim.valueChanged.connect(self._step)
        self._anim.finished.connect(self._done)

    def is_running(self) -> bool:
        return self._anim.state() == QVariantAnimation.State.Running

    def stop(self) -> None:
        if self.is_running():
            self._anim.stop()
            self._done()

    def _start(self) -> None:
        self._anim.setDuration(self.duration_ms)
        self._anim.start()

    def _step(self, t) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        raise NotImplementedError
