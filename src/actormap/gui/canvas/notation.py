"""Moved to :mod:`actormap.gui.render.notation`; this name stays an alias of it for old imports."""

import sys

from ..render import notation as _moved

sys.modules[__name__] = _moved
