"""Every actor kind has its own colour and its own mark, and the colours stay apart for
colour-blind readers.

The check is recomputed from published definitions, not from our own output: colours are
simulated for protanopia, deuteranopia and tritanopia with the severity-1.0 matrices of
Machado, Oliveira & Fernandes, "A physiologically-based model for simulation of color
vision deficiency", IEEE TVCG 15(6), 2009 (applied to linear sRGB), and compared in CIELAB
(CIE 1976 colour difference, D65 white).
"""

from __future__ import annotations

import itertools

import numpy as np

from actormap.core.model import ActorKind
from actormap.gui.render.palette import KIND_STYLES, kind_style

MACHADO = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
D65 = np.array([0.95047, 1.0, 1.08883])


def _linear(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ np.clip(linear_rgb, 0, 1) / D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: str, b: str, vision: str) -> float:
    m = MACHADO[vision]
    return float(np.linalg.norm(_lab(m @ _linear(a)) - _lab(m @ _linear(b))))


def test_lab_reference_values():
    # sRGB white and black, and pure red (CIELAB L*=53.24, a*=80.09, b*=67.20)
    assert np.allclose(_lab(_linear("#FFFFFF")), [100, 0, 0], atol=0.05)
    assert np.allclose(_lab(_linear("#000000")), [0, 0, 0], atol=0.05)
    assert np.allclose(_lab(_linear("#FF0000")), [53.24, 80.09, 67.20], atol=0.1)


def test_every_kind_has_its_own_colour_and_mark():
    assert set(KIND_STYLES) == set(ActorKind)
    colours = [kind_style(k).color.upper() for k in ActorKind]
    marks = [kind_style(k).mark for k in ActorKind]
    assert len(set(colours)) == len(colours)
    assert len(set(marks)) == len(marks)
    assert kind_style("political").color != kind_style("religious").color  # the workshop's complaint


def test_colours_stay_apart_for_colour_blind_readers():
    worst = min((delta_e(kind_style(a).color, kind_style(b).color, v), v, a, b)
                for a, b in itertools.combinations(list(ActorKind), 2) for v in MACHADO)
    assert worst[0] >= 15.0, worst
