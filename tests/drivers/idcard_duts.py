"""ID-card reader implementations for the device contract suite.

* :class:`Ga467SimDUT` - the GA 467 driver against the SAM simulator on a pty (stable link).
* :class:`PcscVpcdDUT` - the PC/SC driver against the real pcscd with the vpcd virtual reader
  and the vpcd card emulator; skipped (with how to fix it) where pcscd cannot run.
* :class:`Ga467HardwareDUT` / :class:`PcscHardwareDUT` - real readers (``--hardware`` with
  ``--idcard-port`` / ``--idcard-reader``; see ``HARDWARE_OPTIONS``).

Besides the generic DeviceUnderTest surface, each sim DUT offers what the ID-card specific
contract (``test_idcard_contract.py``) needs: :meth:`place_card`, :meth:`remove_card`,
:meth:`snatch_after_select` and :attr:`sample` (the record the default card holds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import pytest
from device_contract import FaultCase, Stimulus

from drivers.base import Device
from drivers.errors import DeviceUnavailable
from drivers.idcard import samples
from drivers.idcard.errors import SamFrameError
from drivers.idcard.ga467 import Ga467Reader
from drivers.idcard.records import IdCardRecord
from drivers.idcard.sim import Ga467Simulator
from drivers.model import DeviceState, ErrorAction

HW_ERROR, NO_DEVICE, ONLINE = (
    DeviceState.HARDWARE_ERROR,
    DeviceState.NO_DEVICE,
    DeviceState.ONLINE,
)
RESET, SUSPEND = ErrorAction.RESET, ErrorAction.SUSPEND

#: ``pytest_addoption`` lines for the root conftest (hardware runs)
HARDWARE_OPTIONS = (
    ("--idcard-port", "serial port of a real GA 467 ID-card reader for the hardware run"),
    ("--idcard-reader", "name of a real PC/SC reader for the hardware run"),
)


def bad_check_digit(record: IdCardRecord) -> IdCardRecord:
    """``record`` with its ID number's check digit changed (so GB 11643 fails)."""
    number = record.id_number
    wrong = "0" if number[-1] != "0" else "1"
    return replace(record, id_number=number[:-1] + wrong)


class _Base:
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]] = ()
    #: the record the default card holds (ID-card contract)
    sample: IdCardRecord

    def __init__(self) -> None:
        self._devices: list[Device] = []

    def _track(self, device: Device) -> Device:
        self._devices.append(device)
        return device

    def teardown(self) -> None:
        for device in self._devices:
            device.close()


# ----------------------------------------------------------------------------- GA 467


class Ga467SimDUT(_Base):
    """The GA 467 driver against the SAM simulator on a pty behind a stable symlink."""

    name = "ga467-sim"
    faults: ClassVar[dict[str, FaultCase]] = {
        "garbage": FaultCase("garbage", ONLINE),
        "bad_checksum": FaultCase("bad_checksum", HW_ERROR, RESET),
        "bad_length": FaultCase("bad_length", HW_ERROR, RESET),
        "sam_checksum": FaultCase("sam_checksum", HW_ERROR, RESET),
        "silent": FaultCase("silent", HW_ERROR, RESET),
        "slow": FaultCase("slow", HW_ERROR, RESET),
        "unplug": FaultCase("unplug", NO_DEVICE, SUSPEND, closes=True),
        "silent_open": FaultCase(
            "silent", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable
        ),
        "slow_open": FaultCase("slow", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable),
        "sam_checksum_open": FaultCase(
            "sam_checksum", HW_ERROR, RESET, phase="open", raises=SamFrameError
        ),
        "unplugged_open": FaultCase(
            "unplug", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable
        ),
    }

    def __init__(self, sim: Ga467Simulator) -> None:
        super().__init__()
        self.sim = sim
        self.sample = samples.resident()

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> Ga467SimDUT:
        # slow_delay_s > command_timeout_s below, so "slow" times out; and it is shorter than
        # timeout + late_reply_window_s, so the late reply lands in the dead time.
        sim = Ga467Simulator(link=tmp_path / "ga467", slow_delay_s=0.6, seed=467)
        return cls(sim.start())

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(
            Ga467Reader(
                device_id,
                port=self.sim.port,
                command_timeout_s=0.3,
                read_timeout_s=1.0,
                late_reply_window_s=0.6,
            )
        )

    def stimuli(self) -> Sequence[Stimulus]:
        return [
            Stimulus("a resident puts a card on the reader", self.place_card, "card_inserted"),
            Stimulus("the card lies there", lambda: None, None),
            Stimulus("the resident takes the card", self.remove_card, "card_removed"),
        ]

    def inject(self, fault: str) -> None:
        self.sim.inject(fault)

    def clear(self) -> None:
        self.sim.clear()

    def activity(self, device: Device) -> int:
        return int(device.info()["replies_received"])

    def place_card(self, record: IdCardRecord | None = None) -> None:
        self.sim.place_card(record or self.sample)

    def remove_card(self) -> None:
        self.sim.remove_card()

    def snatch_after_select(self) -> None:
        self.sim.inject("remove_after_select")

    def teardown(self) -> None:
        super().teardown()
        self.sim.stop()


class Ga467HardwareDUT(_Base):
    """A real GA 467 reader on ``--idcard-port`` (run with ``--hardware``)."""

    name = "ga467-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}

    def __init__(self, port: str) -> None:
        super().__init__()
        self.port = port

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> Ga467HardwareDUT:
        port = _option(config, "--idcard-port")
        if not port:
            pytest.skip("give the reader's port with --idcard-port")
        return cls(str(port))

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(Ga467Reader(device_id, port=self.port))

    def stimuli(self) -> Sequence[Stimulus]:
        return []  # needs a person placing a card

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass

    def activity(self, device: Device) -> int:
        return int(device.info()["replies_received"])


# ----------------------------------------------------------------------------- PC/SC


class PcscVpcdDUT(_Base):
    """The PC/SC driver against a private pcscd with the vpcd reader and a card emulator.

    "unplug" stops the daemon (every reader vanishes and the PC/SC context dies) and
    "clear" starts it again on the same socket and port: the driver must come back on a
    fresh context without a restart.
    """

    name = "pcsc-vpcd"
    faults: ClassVar[dict[str, FaultCase]] = {
        "unplug": FaultCase("pcscd_stop", NO_DEVICE, SUSPEND, closes=True),
        "unplugged_open": FaultCase(
            "pcscd_stop", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable
        ),
    }

    def __init__(self, daemon: Any) -> None:
        super().__init__()
        from drivers.idcard.pcscd_env import SLOT_NAMES
        from drivers.idcard.vpcd_card import VpcdCard

        self.daemon = daemon
        self.reader_name = SLOT_NAMES[0]
        self.sample = samples.social_security()
        self.card = VpcdCard(daemon.slot_port(0), record=self.sample)

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> PcscVpcdDUT:
        return cls(require_pcscd())

    def make_device(self, device_id: str = "dut") -> Device:
        from drivers.idcard.pcsc import PcscReader

        return self._track(PcscReader(device_id, reader=self.reader_name))

    def stimuli(self) -> Sequence[Stimulus]:
        return [
            Stimulus("a card is put into the reader", self.place_card, "card_inserted"),
            Stimulus("the card stays in", lambda: None, None),
            Stimulus("the card is taken out", self.remove_card, "card_removed"),
        ]

    def inject(self, fault: str) -> None:
        if fault != "pcscd_stop":
            raise ValueError(f"unknown fault {fault!r}")
        self.daemon.stop()

    def clear(self) -> None:
        if not self.daemon.running:
            self.daemon.start()

    def activity(self, device: Device) -> int:
        return int(device.info()["probes"])

    def place_card(self, record: IdCardRecord | None = None) -> None:
        self.remove_card()
        self.card.set_content(record or self.sample)
        self.card.insert()

    def remove_card(self) -> None:
        """Take the card out and wait until pcscd has noticed (vpcd polls every 400 ms), so
        the next insertion is a new card and the next test starts with an empty reader."""
        self.card.remove()
        if self.daemon.running:
            assert self.daemon.wait_card(0, present=False), "pcscd never saw the card leave"

    def snatch_after_select(self) -> None:
        self.card.inject("remove_after_select")

    def teardown(self) -> None:
        super().teardown()
        self.clear()
        self.remove_card()  # the next test must not see this card still leaving
        self.card.clear()


class PcscHardwareDUT(_Base):
    """A real PC/SC reader named by ``--idcard-reader`` (run with ``--hardware``)."""

    name = "pcsc-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}

    def __init__(self, reader: str) -> None:
        super().__init__()
        self.reader = reader

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> PcscHardwareDUT:
        reader = _option(config, "--idcard-reader")
        if not reader:
            pytest.skip("give the reader's name with --idcard-reader")
        pytest.importorskip("smartcard", reason="pyscard is not installed")
        return cls(str(reader))

    def make_device(self, device_id: str = "dut") -> Device:
        from drivers.idcard.pcsc import PcscReader

        return self._track(PcscReader(device_id, reader=self.reader))

    def stimuli(self) -> Sequence[Stimulus]:
        return []

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass

    def activity(self, device: Device) -> int:
        return int(device.info()["probes"])


def require_pcscd() -> Any:
    """The process-wide private pcscd, or skip the test saying how to get one."""
    pytest.importorskip(
        "smartcard", reason="pyscard is not installed: scripts/pcsc_test_env.sh, then pip"
    )
    from drivers.idcard.pcscd_env import PcscdUnavailable, shared_pcscd

    try:
        return shared_pcscd()
    except PcscdUnavailable as exc:
        pytest.skip(f"cannot start pcscd with vpcd: {exc}")


def _option(config: pytest.Config, name: str) -> Any:
    try:
        return config.getoption(name)
    except ValueError:  # the option is not registered (yet) in the root conftest
        return None


#: what ``DUT_CLASSES`` in tests/drivers/conftest.py should list for ID-card readers
IDCARD_DUT_CLASSES = [Ga467SimDUT, PcscVpcdDUT, Ga467HardwareDUT, PcscHardwareDUT]
