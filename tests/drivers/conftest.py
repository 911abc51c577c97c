"""Parametrisation of the device contract suite.

Every device class adds its :class:`~device_contract.DeviceUnderTest` classes to
``DUT_CLASSES``; each contract test then runs once per implementation (and the fault test once
per declared fault scenario). Hardware implementations carry the ``hardware`` mark, so they are
skipped unless pytest runs with ``--hardware``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cabinet_duts import CABINET_DUT_CLASSES
from camera_duts import CameraHardwareDUT, CameraSimDUT
from device_contract import DeviceUnderTest
from idcard_duts import IDCARD_DUT_CLASSES
from presence_duts import LD2410HardwareDUT, LD2410SimDUT
from printer_duts import PRINTER_DUT_CLASSES

DUT_CLASSES: list[type[DeviceUnderTest]] = [
    LD2410SimDUT,
    LD2410HardwareDUT,
    *PRINTER_DUT_CLASSES,
    *IDCARD_DUT_CLASSES,
    CameraSimDUT,
    CameraHardwareDUT,
    *CABINET_DUT_CLASSES,
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "dut_class" not in metafunc.fixturenames:
        return
    if "fault" in metafunc.fixturenames:
        metafunc.parametrize(
            ("dut_class", "fault"),
            [
                pytest.param(cls, name, id=f"{cls.name}-{name}", marks=cls.marks)
                for cls in DUT_CLASSES
                for name in cls.faults
            ],
        )
    else:
        metafunc.parametrize(
            "dut_class",
            [pytest.param(cls, id=cls.name, marks=cls.marks) for cls in DUT_CLASSES],
        )


@pytest.fixture
def dut(
    dut_class: type[DeviceUnderTest], request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[DeviceUnderTest]:
    instance = dut_class.setup(request.config, tmp_path)
    try:
        yield instance
    finally:
        instance.teardown()
