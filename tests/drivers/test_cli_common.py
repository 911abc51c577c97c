"""drivers.cli: the shape every technician check shares (exit codes, one-line errors, JSON)."""

from __future__ import annotations

import json

import pytest
from fake_device import FakeDevice

from drivers.cli import CheckFailed, ErrorWatch, device_report, run_check
from drivers.errors import DeviceTimeout, DeviceUnavailable
from drivers.model import DeviceState, DeviceStatus


class BusyDevice(FakeDevice):
    """Opens fine but is busy, without raising a fault (so without an error event)."""

    def _read_status(self) -> DeviceStatus:
        return DeviceStatus(DeviceState.BUSY, {"level": "low"}, "printing another job")


def info(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
    return {"info": device.info(), "text": "打印机"}


def test_success_prints_indented_json_with_text_not_escapes(capsys) -> None:
    device = FakeDevice()
    assert run_check(lambda: device, info) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out)["info"]["firmware"] == "fake-1.0"
    assert '\n  "text": "打印机"' in out
    assert not device.is_open and device.closed == 1


def test_device_error_on_open_is_one_line_and_exit_1(capsys) -> None:
    device = FakeDevice()
    device.open_error = DeviceUnavailable("cannot open /dev/ttyUSB7")
    assert run_check(lambda: device, info) == 1
    assert capsys.readouterr() == ("", "error: cannot open /dev/ttyUSB7\n")


def test_value_error_making_the_device_is_a_bad_argument(capsys) -> None:
    def make() -> FakeDevice:
        raise ValueError("unsupported printer URL 'lpt://1'")

    assert run_check(make, info) == 2
    assert capsys.readouterr() == ("", "error: unsupported printer URL 'lpt://1'\n")


def test_require_online_names_the_last_error(capsys) -> None:
    device = FakeDevice()
    device.read_error = DeviceTimeout("no answer within 0.2 s")

    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        watch.require_online()
        return {}

    assert run_check(lambda: device, check) == 1
    assert capsys.readouterr() == ("", "error: no answer within 0.2 s\n")
    assert not device.is_open


def test_require_online_without_an_error_event_gives_the_status_detail(capsys) -> None:
    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        watch.require_online()
        return {}

    assert run_check(BusyDevice, check) == 1
    assert capsys.readouterr() == ("", "error: printing another job\n")


def test_require_online_judges_the_status_it_is_given(capsys) -> None:
    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        watch.require_online(DeviceStatus(DeviceState.ONLINE, {}))
        return {"ok": True}

    assert run_check(BusyDevice, check) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True}


def test_check_failed_with_a_result_prints_it_as_one_json_line(capsys) -> None:
    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        raise CheckFailed("compartment 0-5 did not open (jammed)", result={"outcome": "jammed"})

    assert run_check(FakeDevice, check) == 1
    assert capsys.readouterr() == (
        '{"outcome": "jammed"}\n',
        "error: compartment 0-5 did not open (jammed)\n",
    )


def test_check_failed_carries_its_exit_code(capsys) -> None:
    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        raise CheckFailed("no such board", code=2)

    assert run_check(FakeDevice, check) == 2
    assert capsys.readouterr() == ("", "error: no such board\n")


def test_declared_bad_arguments_exit_2(capsys) -> None:
    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        raise ValueError("lock 99 out of range 1-16")

    assert run_check(FakeDevice, check, bad_arguments=(ValueError,)) == 2
    assert capsys.readouterr() == ("", "error: lock 99 out of range 1-16\n")


def test_other_exceptions_keep_their_traceback_and_still_close() -> None:
    device = FakeDevice()

    def check(device: FakeDevice, watch: ErrorWatch) -> dict[str, object]:
        raise ValueError("a programming error")

    with pytest.raises(ValueError, match="a programming error"):
        run_check(lambda: device, check)
    assert not device.is_open and device.closed == 1


def test_device_report_is_status_info_and_capabilities() -> None:
    device = FakeDevice("front")
    device.open()
    report = device_report(device)
    assert list(report) == ["status", "info", "capabilities"]
    assert report["status"]["state"] == "online"
    assert report["info"]["device_id"] == "front"
    assert report["capabilities"]["kind"] == "fake"
    earlier = DeviceStatus(DeviceState.BUSY, {}, "busy")
    assert device_report(device, earlier)["status"]["state"] == "busy"
    device.close()
