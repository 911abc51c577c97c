"""The lazy driver registry: config string -> driver class, imported only on use."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_device import FakeDevice, OtherKindDevice

from drivers import registry
from drivers.presence.ld2410 import LD2410Sensor

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_registry() -> Iterator[None]:
    registry._reset_for_tests()
    yield
    registry._reset_for_tests()


def test_builtin_presence_driver_is_known() -> None:
    assert "ld2410" in registry.known_drivers()["presence"]


def test_known_drivers_imports_no_driver_module() -> None:
    code = (
        "import sys, drivers.registry as r; r.known_drivers(); "
        "print(any(m.startswith('drivers.presence') for m in sys.modules), 'serial' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_create_returns_an_unopened_driver() -> None:
    device = registry.create("presence", "ld2410", "presence", port="/dev/null-radar")
    assert isinstance(device, LD2410Sensor)
    assert device.device_id == "presence"
    assert not device.is_open
    assert device.info()["port"] == "/dev/null-radar"


def test_unknown_kind_lists_known_kinds() -> None:
    with pytest.raises(
        LookupError, match=r"unknown device kind 'toaster' \(known kinds: .*presence"
    ):
        registry.create("toaster", "x", "t")


def test_unknown_driver_lists_known_drivers() -> None:
    with pytest.raises(LookupError, match=r"unknown driver 'ld9999'.*known: ld2410"):
        registry.driver_class("presence", "ld9999")


def test_register_by_string_is_lazy_and_by_class() -> None:
    registry.register("fake", "lazy", "fake_device:FakeDevice")
    registry.register("fake", "direct", FakeDevice)
    assert registry.known_drivers()["fake"] == {"lazy", "direct"}
    device = registry.create("fake", "lazy", "f1", colour="red")
    assert isinstance(device, FakeDevice)
    assert device.params == {"colour": "red"}
    assert registry.driver_class("fake", "direct") is FakeDevice
    registry.unregister("fake", "lazy")
    registry.unregister("fake", "direct")
    assert "fake" not in registry.known_drivers()


def test_register_rejects_malformed_target() -> None:
    with pytest.raises(ValueError, match=r"module\.path:ClassName"):
        registry.register("fake", "bad", "fake_device.FakeDevice")


def test_wrong_kind_or_non_device_is_refused() -> None:
    registry.register("fake", "other", OtherKindDevice)
    with pytest.raises(TypeError, match="of kind 'other'"):
        registry.create("fake", "other", "x")
    registry.register("fake", "missing", "fake_device:NoSuchClass")
    with pytest.raises(ImportError, match=r"cannot load driver fake\.missing"):
        registry.create("fake", "missing", "x")
    registry.register("fake", "func", "json:dumps")
    with pytest.raises(TypeError, match=r"is not a drivers\.base\.Device"):
        registry.create("fake", "func", "x")


def _entry_point(name: str, value: str) -> importlib.metadata.EntryPoint:
    return importlib.metadata.EntryPoint(name=name, value=value, group=registry.ENTRY_POINT_GROUP)


def test_third_party_drivers_come_from_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    found = [
        _entry_point("fake.plugin", "fake_device:FakeDevice"),
        _entry_point("no-dot", "fake_device:FakeDevice"),  # malformed: ignored
        _entry_point("presence.ld2410", "fake_device:FakeDevice"),  # shadows built-in: ignored
    ]
    monkeypatch.setattr(registry, "_entry_points", lambda: found)
    known = registry.known_drivers()
    assert known["fake"] == {"plugin"}
    assert isinstance(registry.create("fake", "plugin", "p"), FakeDevice)
    assert registry.driver_class("presence", "ld2410") is LD2410Sensor


def test_broken_entry_point_metadata_does_not_hide_builtins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> list[importlib.metadata.EntryPoint]:
        raise RuntimeError("bad metadata")

    monkeypatch.setattr(registry, "_entry_points", broken)
    assert "ld2410" in registry.known_drivers()["presence"]
