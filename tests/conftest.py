"""Suite-wide test setup.

Qt runs offscreen everywhere (CI has no display). Hardware tests are opt-in with
``--hardware``; each device area reads its own port options from its conftest.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The kiosk's input method; Qt reads it once, when the application object is created.
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"

# The pinned PySide6 drops references to True/None on every emit (kiosk/qtcompat.py): tests
# that emit without importing kiosk.app need the work-around as much as the app does.
from kiosk import qtcompat

qtcompat.install()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--hardware",
        action="store_true",
        default=False,
        help="also run the contract suites against real devices (ports from --*-port options)",
    )
    parser.addoption(
        "--presence-port",
        default=None,
        help="serial port of a real LD2410 presence radar for the hardware contract run",
    )
    parser.addoption(
        "--printer-url",
        default=None,
        help="URL of a real ESC/POS printer for the hardware contract run (tcp://, serial://...)",
    )
    parser.addoption(
        "--idcard-port", default=None, help="serial port of a real GA467 ID-card reader"
    )
    parser.addoption(
        "--idcard-reader", default=None, help="name of a real PC/SC reader for the hardware run"
    )
    parser.addoption(
        "--cabinet-port", default=None, help="RS-485 port of a real lock board for the hardware run"
    )
    parser.addoption(
        "--cabinet-driver", default="kerong", help="lock board family: kerong or generic8a"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--hardware"):
        return
    skip = pytest.mark.skip(reason="needs real hardware: run with --hardware")
    for item in items:
        if "hardware" in item.keywords:
            item.add_marker(skip)
