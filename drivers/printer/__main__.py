"""Technician check of a receipt printer.

``python -m drivers.printer --url URL status`` prints status, identification, capabilities and
counters as JSON; ``... test-page`` prints the test page (character set, Extension A, widths,
QR, counters). Exit 0 when the printer is online (and the page was sent); otherwise one line
``error: <reason>`` on stderr and exit 1 (2 for bad arguments).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from drivers.cli import ErrorWatch, device_report, run_check
from drivers.model import DeviceState
from drivers.printer.driver import EscPosPrinter
from drivers.printer.profiles import PROFILES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.printer", description="Check an ESC/POS receipt printer."
    )
    parser.add_argument(
        "--url",
        required=True,
        help="tcp://HOST:PORT, serial:///dev/ttyX?baud=9600, usb://VID:PID or file:///path",
    )
    parser.add_argument("--profile", default="generic-80", choices=sorted(PROFILES))
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds per status reply")
    parser.add_argument("--lang", default="zh_CN", help="test page language (zh_CN, en_US)")
    parser.add_argument("command", choices=["status", "test-page"])
    args = parser.parse_args(argv)

    def check(printer: EscPosPrinter, watch: ErrorWatch) -> dict[str, Any]:
        printed: dict[str, Any] = {}
        if args.command == "test-page" and printer.status.state is DeviceState.ONLINE:
            done = printer.print_test_page(args.lang)
            printed["printed"] = {"bytes": done.bytes_sent, "pages": done.pages}
        status = printer.status
        result = {**device_report(printer, status), **printed}
        watch.require_online(status)
        return result

    return run_check(
        lambda: EscPosPrinter(
            "printer",
            port=args.url,
            profile=args.profile,
            status_timeout_s=args.timeout,
            connect_timeout_s=max(args.timeout, 3.0),
        ),
        check,
    )


if __name__ == "__main__":
    sys.exit(main())
