"""The Analysis panel: insider mediators, fragmentation risk, brokerage, blocs, summary."""

from .dock import AnalysisDock, install

__all__ = ["AnalysisDock", "install"]
