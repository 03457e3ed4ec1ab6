"""XML in and out of the graph formats (GraphML, GEXF) without surprises.

:func:`check_xml_text` refuses, before writing, a text XML 1.0 cannot carry. Reading,
networkx's own parser (:mod:`xml.etree`) expands entities, so it is never given the file:
:func:`parse_xml` parses it with :func:`defusedxml.ElementTree.fromstring` (DTDs, entities
and external references forbidden) and networkx's reader then decodes that tree inside
:func:`reader_errors`. Every problem is one :class:`~.errors.MapFileError`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as safe_fromstring

from ..model import ActorMap
from .errors import MapFileError, MapWriteError

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def check_xml_text(amap: ActorMap, path: str | Path | None, fmt: str) -> None:
    """Raise :class:`MapWriteError` if a text holds a control character XML 1.0 cannot carry."""
    bad = next(filter(None, map(_XML_ILLEGAL.search, _strings(amap.model_dump(mode="json")))), None)
    if bad:
        raise MapWriteError(
            path, f"a text in the map holds the control character {bad.group()!r}, which {fmt} cannot store"
        )


def parse_xml(data: bytes, path: Path):
    """The root element of XML bytes, parsed safely (no DTD, entities or external references)."""
    if not data.strip():
        raise MapFileError(path, "the file is empty")
    try:
        return safe_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise MapFileError(path, "the XML declares a DTD or entities, which are refused for safety") from None
    except ParseError as err:
        raise MapFileError(path, f"it is not valid XML ({err}); the file may be truncated or damaged") from None
    except (ValueError, RecursionError) as err:
        raise MapFileError(path, f"it is not valid XML ({err})") from None


@contextmanager
def reader_errors(path: Path, fmt: str) -> Iterator[None]:
    """Around a networkx reader: its warnings silenced (ports, untyped keys: not errors), its
    errors and those a malformed ``fmt`` file provokes in it each one :class:`MapFileError`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except nx.NetworkXError as err:
        raise MapFileError(path, f"it is not valid {fmt}: {err}") from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, SyntaxError) as err:
        raise MapFileError(path, f"it is not valid {fmt} ({type(err).__name__}: {err})") from None
    except RecursionError:
        raise MapFileError(path, f"the {fmt} is nested too deeply") from None
