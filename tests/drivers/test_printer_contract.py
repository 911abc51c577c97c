"""The device contract for receipt printers (ESC/POS driver over TCP and a pty to the
emulator, and real hardware with ``--hardware``).

The generic checks are the very functions of ``test_device_contract.py``, re-run here with the
printer DUTs. Once ``PRINTER_DUT_CLASSES`` are listed in ``DUT_CLASSES`` (conftest.py) the
shared suite runs them and the copies here skip themselves, so nothing runs twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from device_contract import DeviceUnderTest
from printer_duts import PRINTER_DUT_CLASSES
from test_device_contract import (  # the generic contract, re-run with the printer DUTs
    test_class_events,
    test_close_is_idempotent,
    test_fault,
    test_open_close_twice,
    test_status_changed_carries_only_changes,
    test_status_model_after_open,
)

__all__ = [
    "test_class_events",
    "test_close_is_idempotent",
    "test_fault",
    "test_open_close_twice",
    "test_status_changed_carries_only_changes",
    "test_status_model_after_open",
]

# A crash on a worker or emulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


def _in_shared_suite(config: pytest.Config) -> bool:
    """Are the printer DUTs already listed in a conftest's ``DUT_CLASSES``?"""
    for plugin in config.pluginmanager.get_plugins():
        listed = getattr(plugin, "DUT_CLASSES", None)
        if isinstance(listed, list) and any(cls in listed for cls in PRINTER_DUT_CLASSES):
            return True
    return False


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "printer_dut_class" not in metafunc.fixturenames:
        return
    skip: tuple[pytest.MarkDecorator, ...] = ()
    if _in_shared_suite(metafunc.config):
        skip = (pytest.mark.skip(reason="runs in test_device_contract.py via DUT_CLASSES"),)
    if "fault" in metafunc.fixturenames:
        metafunc.parametrize(
            ("printer_dut_class", "fault"),
            [
                pytest.param(cls, name, id=f"{cls.name}-{name}", marks=(*cls.marks, *skip))
                for cls in PRINTER_DUT_CLASSES
                for name in cls.faults
            ],
        )
    else:
        metafunc.parametrize(
            "printer_dut_class",
            [
                pytest.param(cls, id=cls.name, marks=(*cls.marks, *skip))
                for cls in PRINTER_DUT_CLASSES
            ],
        )


@pytest.fixture
def dut(
    printer_dut_class: type[DeviceUnderTest], request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[DeviceUnderTest]:
    instance = printer_dut_class.setup(request.config, tmp_path)
    try:
        yield instance
    finally:
        instance.teardown()
