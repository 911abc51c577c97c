"""Diagnostics tests reuse the GUI fixtures (a real kiosk offscreen, one per test)."""

from tests.gui.conftest import kiosk, kiosk_factory  # noqa: F401
