"""Technician check of a presence radar: ``python -m drivers.presence --port PORT status``.

Opens the real driver, waits for the first report, prints status, firmware and counters as
JSON and exits 0; on failure prints one line ``error: <reason>`` to stderr and exits 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from drivers.cli import ErrorWatch, device_report, run_check
from drivers.model import DeviceState
from drivers.presence.ld2410 import LD2410Sensor
from drivers.presence.protocol import DEFAULT_BAUDRATE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.presence", description="Check an LD2410 presence radar."
    )
    parser.add_argument("--port", required=True, help="serial port, by-id symlink or pty path")
    parser.add_argument("--baudrate", type=int, default=DEFAULT_BAUDRATE)
    parser.add_argument(
        "--timeout", type=float, default=1.0, help="seconds to wait for each command's answer"
    )
    parser.add_argument(
        "--stale", type=float, default=2.0, help="seconds without a report that count as a fault"
    )
    parser.add_argument("command", choices=["status"])
    args = parser.parse_args(argv)

    def status(sensor: LD2410Sensor, watch: ErrorWatch) -> dict[str, Any]:
        # Wait for a first report; past `stale` seconds the driver itself reports the fault.
        deadline = time.monotonic() + args.stale + 0.5
        while (
            sensor.status.state is DeviceState.ONLINE
            and not sensor.info()["reports_received"]
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
            sensor.poll()
        now = sensor.status
        result = device_report(sensor, now)
        watch.require_online(now)
        return result

    return run_check(
        lambda: LD2410Sensor(
            "presence",
            port=args.port,
            baudrate=args.baudrate,
            ack_timeout_s=args.timeout,
            stale_after_s=args.stale,
        ),
        status,
    )


if __name__ == "__main__":
    sys.exit(main())
