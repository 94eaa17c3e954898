"""What of the family form a user sees without scrolling: helpers for the tests of the form on
small screens."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def kotak(widget: QWidget, ke: QWidget) -> QRect:
    """``widget``'s rectangle in ``ke``'s coordinates."""
    return widget.rect().translated(widget.mapTo(ke, widget.rect().topLeft()))


def terlihat_utuh(widget: QWidget, form) -> bool:
    """``widget`` is shown whole in the form as it is scrolled now: inside the form, and
    inside the scroll area's viewport when it is one of the scrolling fields."""
    if not widget.isVisible() or not form.rect().contains(kotak(widget, form)):
        return False
    vp = form.gulir.viewport()
    if not form.gulir.widget().isAncestorOf(widget):
        return True
    return vp.rect().contains(kotak(widget, vp))
