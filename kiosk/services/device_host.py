"""Qt bridge for one device: a worker thread that does all of its I/O, signals out.

The GUI never waits on a device. A :class:`DeviceHost` owns one :class:`~drivers.base.Device`
and one worker thread; the thread opens the device (retrying with capped exponential backoff
while it is missing), polls it, runs commands submitted from other threads and closes it on
stop. Everything the device reports leaves through Qt signals, emitted on the worker thread;
Qt queues them to receivers living in the GUI thread, so slots run there.

Lessons:

* One thread per device, not a pool: a serial device's request/answer pairs must not
  interleave, and one hung device must not starve another.
* Every wait of the worker is on one ``threading.Event``, so ``stop()`` and ``submit()`` wake
  it at once, even in a 10 s backoff.
* A driver bug (an exception that is not a ``DeviceError``) is logged and reported as a
  ``driver_error``; the worker survives it and retries, the kiosk keeps running without the
  device.
* The thread is not a daemon: the device must be closed (radar out of configuration mode,
  lock boards idle) before the process exits, so the app must call ``stop()`` on shutdown.
* If Qt deletes the host (its parent went away) before ``stop()``, emitting raises
  ``RuntimeError`` on the worker; the worker then stops itself instead of dying mid-I/O with
  the port still open.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from drivers import registry
from drivers.base import Device
from drivers.errors import DeviceError, DeviceUnavailable
from drivers.model import DeviceErrorEvent, DeviceEvent, ErrorAction, Event, StatusChanged

log = logging.getLogger(__name__)

Command = Callable[..., Any] | str


class DeviceHost(QObject):
    """Runs one device on its own worker thread.

    Signals (emitted on the worker thread, delivered queued to GUI-thread receivers):

    * ``statusChanged(device_id, status)`` - the full status dict after each change
      (``{"state", "sub", "detail"}``);
    * ``deviceEvent(device_id, name, data)`` - a class event such as ``person_arrived``;
    * ``deviceError(device_id, error)`` - ``{"code", "message", "action"}``;
    * ``commandFinished(device_id, command, result_or_error)`` - the return value of a
      :meth:`submit` ted command, or the exception it raised.
    """

    statusChanged = Signal(str, dict)
    deviceEvent = Signal(str, str, dict)
    deviceError = Signal(str, dict)
    commandFinished = Signal(str, str, object)

    def __init__(
        self,
        device: Device,
        *,
        poll_interval_s: float = 0.5,
        backoff_initial_s: float = 0.5,
        backoff_max_s: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if poll_interval_s <= 0 or backoff_initial_s <= 0 or backoff_max_s < backoff_initial_s:
            raise ValueError("need poll_interval_s > 0 and 0 < backoff_initial_s <= backoff_max_s")
        self._device = device
        self._device_id = device.device_id
        self._poll_interval_s = poll_interval_s
        self._backoff_initial_s = backoff_initial_s
        self._backoff_max_s = backoff_max_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._commands: queue.SimpleQueue[tuple[str, Command, tuple[Any, ...]]] = (
            queue.SimpleQueue()
        )
        self._accepting = False  # guarded by _lock: does a live worker take commands?
        self._lock = threading.Lock()
        self._status: dict[str, Any] = device.status.to_dict()
        self._thread: threading.Thread | None = None
        device.add_listener(self._on_device_event)
        stop, wake = self._stop, self._wake

        def on_destroyed() -> None:  # must not touch self: its C++ half is going away
            stop.set()
            wake.set()

        self.destroyed.connect(on_destroyed)

    @classmethod
    def from_config(
        cls,
        device_id: str,
        kind: str,
        driver: str,
        params: Mapping[str, Any] | None = None,
        **host_options: Any,
    ) -> DeviceHost:
        """Create the driver through the registry and host it.

        ``params`` go to the driver (``port``, ``baudrate``...); ``host_options`` to this
        class (``poll_interval_s``, ``backoff_initial_s``, ``backoff_max_s``, ``parent``).
        """
        device = registry.create(kind, driver, device_id, **dict(params or {}))
        return cls(device, **host_options)

    # ---------------------------------------------------------------- GUI-thread API

    @property
    def device_id(self) -> str:
        return self._device_id

    @property
    def device(self) -> Device:
        """The hosted device, for static metadata only (``kind``, ``capabilities()``).

        Never call its I/O methods from another thread: use :meth:`submit`.
        """
        return self._device

    @property
    def status(self) -> dict[str, Any]:
        """The last status the worker saw (a copy; safe from any thread)."""
        with self._lock:
            return {**self._status, "sub": dict(self._status["sub"])}

    @property
    def is_running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        """Start the worker (opens the device in the background). No-op when running."""
        if self.is_running:
            return
        self._stop.clear()
        self._wake.clear()
        with self._lock:
            self._accepting = True
        self._thread = threading.Thread(
            target=self._run, name=f"device-{self._device_id}", daemon=False
        )
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> bool:
        """Stop the worker: it finishes the current I/O, closes the device and exits.

        Blocks up to ``timeout`` seconds for the join (call it at shutdown, not per frame);
        returns whether the thread ended.
        """
        thread = self._thread
        if thread is None:
            return True
        self._stop.set()
        self._wake.set()
        thread.join(timeout)
        if thread.is_alive():
            log.error("%s: worker still busy %.1f s after stop()", self._device_id, timeout)
            return False
        self._thread = None
        return True

    def submit(self, command: Command, *args: Any) -> None:
        """Run ``command(*args)`` on the worker thread; never blocks.

        ``command`` is the name of one of the device's ``command_names`` (``"restart"``) or a
        callable. The outcome arrives as ``commandFinished(device_id, name, result)``, where
        ``result`` is the return value or the exception raised (``DeviceUnavailable`` when the
        device is not open or the host is not running).
        """
        name = command if isinstance(command, str) else getattr(command, "__name__", repr(command))
        with self._lock:
            if self._accepting:
                self._commands.put((name, command, args))
                self._wake.set()
                return
        error = DeviceUnavailable(f"{self._device_id}: device host is not running")
        # Asynchronous like every other answer: the slot must not run inside submit().
        QTimer.singleShot(0, self, lambda: self.commandFinished.emit(self._device_id, name, error))

    # ---------------------------------------------------------------- worker thread

    def _run(self) -> None:
        device = self._device
        backoff = self._backoff_initial_s
        try:
            while not self._stop.is_set():
                if not device.is_open:
                    if not self._open():
                        self._sleep(backoff)
                        backoff = min(backoff * 2, self._backoff_max_s)
                        continue
                    backoff = self._backoff_initial_s
                try:
                    device.poll()
                except Exception as exc:
                    self._driver_bug("poll", exc)
                    self._close_quietly()
                    self._sleep(backoff)
                    backoff = min(backoff * 2, self._backoff_max_s)
                    continue
                self._sleep(self._poll_interval_s)
        finally:
            with self._lock:
                self._accepting = False
            self._run_commands()  # answer what is left: "host stopped"
            self._close_quietly()

    def _open(self) -> bool:
        try:
            self._device.open()
        except DeviceError:
            return False  # the device already reported its state and the error
        except Exception as exc:
            self._driver_bug("open", exc)
            return False
        return True

    def _close_quietly(self) -> None:
        try:
            self._device.close()
        except Exception:
            log.exception("%s: close failed", self._device_id)

    def _sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (or until stop), running submitted commands as they come."""
        deadline = time.monotonic() + seconds
        while not self._stop.is_set():
            self._run_commands()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._wake.wait(remaining)
            self._wake.clear()

    def _run_commands(self) -> None:
        while True:
            try:
                name, command, args = self._commands.get_nowait()
            except queue.Empty:
                return
            result = self._execute(name, command, args)
            self._emit("commandFinished", self._device_id, name, result)

    def _execute(self, name: str, command: Command, args: tuple[Any, ...]) -> Any:
        device = self._device
        if self._stop.is_set():
            return DeviceUnavailable(f"{self._device_id}: device host stopped")
        if isinstance(command, str):
            if command not in device.command_names:
                return LookupError(
                    f"{self._device_id}: no command {command!r}"
                    f" (known: {', '.join(device.command_names) or 'none'})"
                )
            command = getattr(device, command)
        if not device.is_open:
            return DeviceUnavailable(f"{self._device_id} is not open ({device.status.state})")
        try:
            return command(*args)
        except DeviceError as exc:
            return exc
        except Exception as exc:
            log.exception("%s: command %s failed", self._device_id, name)
            return exc

    def _driver_bug(self, where: str, exc: Exception) -> None:
        log.error("%s: driver error in %s", self._device_id, where, exc_info=exc)
        error = DeviceErrorEvent(
            self._device_id,
            "driver_error",
            f"driver error in {where}: {type(exc).__name__}",
            ErrorAction.MAINTENANCE,
        )
        self._emit("deviceError", self._device_id, error.to_dict())

    def _emit(self, signal: str, *args: Any) -> None:
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:
            # The C++ side of this QObject is gone: nobody can hear us any more.
            log.warning("%s: host deleted before stop(); stopping its worker", self._device_id)
            self._stop.set()

    def _on_device_event(self, event: Event) -> None:
        # Called by the device on the worker thread.
        if isinstance(event, StatusChanged):
            status = self._device.status.to_dict()
            with self._lock:
                self._status = status
            self._emit("statusChanged", self._device_id, status)
        elif isinstance(event, DeviceErrorEvent):
            self._emit("deviceError", self._device_id, event.to_dict())
        elif isinstance(event, DeviceEvent):
            self._emit("deviceEvent", self._device_id, event.name, dict(event.data))
