"""The generic device contract (``test_device_contract.py``) run against the cabinet drivers.

The checks are the shared ones, imported unchanged; only the parametrisation is local
(``cabinet_dut_class`` instead of conftest's ``dut_class``). Once the cabinet DUTs are listed
in ``conftest.DUT_CLASSES`` (``*CABINET_DUT_CLASSES``), the shared module runs them and this
one parametrises nothing (pytest reports its tests as skipped), so nothing runs twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cabinet_duts import CABINET_DUT_CLASSES
from device_contract import DeviceUnderTest
from test_device_contract import (  # collected here against the cabinet DUTs
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

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


def _shared_classes(config: pytest.Config) -> set[Any]:
    """DUT classes some conftest already parametrises the shared suite with."""
    found: set[Any] = set()
    for plugin in config.pluginmanager.get_plugins():
        classes = getattr(plugin, "DUT_CLASSES", None)
        if isinstance(classes, list):
            found.update(classes)
    return found


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "cabinet_dut_class" not in metafunc.fixturenames:
        return
    shared = _shared_classes(metafunc.config)
    classes = [cls for cls in CABINET_DUT_CLASSES if cls not in shared]
    if "fault" in metafunc.fixturenames:
        metafunc.parametrize(
            ("cabinet_dut_class", "fault"),
            [
                pytest.param(cls, name, id=f"{cls.name}-{name}", marks=cls.marks)
                for cls in classes
                for name in cls.faults
            ],
        )
    else:
        metafunc.parametrize(
            "cabinet_dut_class",
            [pytest.param(cls, id=cls.name, marks=cls.marks) for cls in classes],
        )


@pytest.fixture
def dut(
    cabinet_dut_class: type[DeviceUnderTest], request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[DeviceUnderTest]:
    instance = cabinet_dut_class.setup(request.config, tmp_path)
    try:
        yield instance
    finally:
        instance.teardown()
