"""Reports built from the analysis result (no Qt): a self-contained HTML page."""

from .html import build_html_report

__all__ = ["build_html_report"]
