"""Timestamps as stored: local time with its UTC offset, ISO 8601, to the second."""

from __future__ import annotations

import datetime as dt


def sekarang() -> str:
    """The current local time, e.g. ``2026-11-23T14:05:09+07:00``."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
