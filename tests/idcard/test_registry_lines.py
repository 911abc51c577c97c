"""The registry entries this package asks for resolve to the right classes.

(Until the lead adds them to ``_BUILTIN`` in drivers/registry.py, this registers them itself.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from drivers import registry

ENTRIES = {
    "ga467": "drivers.idcard.ga467:Ga467Reader",
    "pcsc": "drivers.idcard.pcsc:PcscReader",
}


@pytest.fixture
def table() -> Iterator[None]:
    for driver, target in ENTRIES.items():
        registry.register("idcard", driver, target)
    yield
    registry._reset_for_tests()


def test_ga467_entry(table: None, tmp_path) -> None:
    cls = registry.driver_class("idcard", "ga467")
    assert (cls.kind, cls.driver_name, cls.__name__) == ("idcard", "ga467", "Ga467Reader")
    device = registry.create("idcard", "ga467", "front", port=str(tmp_path / "tty"))
    assert device.device_id == "front"


def test_pcsc_entry(table: None) -> None:
    pytest.importorskip("smartcard", reason="pyscard is not installed")
    cls = registry.driver_class("idcard", "pcsc")
    assert (cls.kind, cls.driver_name) == ("idcard", "pcsc")
    assert registry.create("idcard", "pcsc", "front", reader="Virtual PCD").is_open is False
