"""Technician check of an ID-card reader.

    python -m drivers.idcard --driver ga467 --port PORT read
    python -m drivers.idcard --driver pcsc --reader NAME read
    python -m drivers.idcard --driver ga467 --port PORT status
    python -m drivers.idcard --driver pcsc readers

``read`` prints the parsed card as JSON with English keys (name, sex, nation, birth_date,
address, id_number, issuer, valid_from, valid_to, card_type, then the optional ones; binary
parts as sizes) and exits 0. Any failure - no reader, no card, checksum, timeout, bad check
digit - prints one line ``error: <reason>`` to stderr and exits 1.

Showing the card to the technician at the terminal is this tool's purpose; the card data goes
to stdout only, never to a log (logging is kept at ERROR and the drivers log no card data).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from drivers.cli import ErrorWatch, device_report, fail, run_check
from drivers.idcard.reader import IdCardReader


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.idcard", description="Check an ID-card reader and read a card."
    )
    parser.add_argument("--driver", choices=["ga467", "pcsc"], required=True)
    parser.add_argument("--port", help="ga467: serial port, by-id symlink or pty path")
    parser.add_argument("--baudrate", type=int, default=115_200, help="ga467 (default 115200)")
    parser.add_argument(
        "--timeout", type=float, default=0.5, help="ga467: seconds per command (default 0.5)"
    )
    parser.add_argument(
        "--read-timeout", type=float, default=3.0, help="ga467: seconds for a card read"
    )
    parser.add_argument(
        "--fingerprint", action="store_true", help="ga467: also read fingerprints (30 10)"
    )
    parser.add_argument("--reader", help="pcsc: reader name (or a unique part of it)")
    parser.add_argument(
        "--profile", type=Path, help="pcsc: card profile as a JSON file (default: demo profile)"
    )
    parser.add_argument(
        "--no-check-digit", action="store_true", help="accept ID numbers failing GB 11643"
    )
    parser.add_argument(
        "--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for a card"
    )
    parser.add_argument("--photo-out", type=Path, help="read: also write the raw WLT photo here")
    parser.add_argument("command", choices=["read", "status", "readers"])
    return parser


def _make_reader(args: argparse.Namespace, parser: argparse.ArgumentParser) -> IdCardReader:
    if args.driver == "ga467":
        if not args.port:
            parser.error("--driver ga467 needs --port")
        from drivers.idcard.ga467 import Ga467Reader

        return Ga467Reader(
            "idcard",
            port=args.port,
            baudrate=args.baudrate,
            command_timeout_s=args.timeout,
            read_timeout_s=args.read_timeout,
            read_fingerprint=args.fingerprint,
            verify_check_digit=not args.no_check_digit,
        )
    profile: dict[str, Any] | None = None
    if args.profile is not None:
        try:
            profile = json.loads(args.profile.read_text())
        except (OSError, ValueError) as exc:
            parser.error(f"cannot read --profile: {exc}")
    try:
        from drivers.idcard.pcsc import PcscReader
    except ImportError as exc:
        raise SystemExit(fail(f"pyscard is not installed ({exc})")) from exc
    try:
        return PcscReader(
            "idcard",
            reader=args.reader,
            profile=profile,
            verify_check_digit=False if args.no_check_digit else None,
        )
    except ValueError as exc:
        parser.error(str(exc))
        raise  # unreachable: parser.error exits


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)

    def check(reader: IdCardReader, watch: ErrorWatch) -> Any:
        watch.require_online()
        if args.command == "readers":
            names = reader.list_readers() if hasattr(reader, "list_readers") else []
            return {"readers": names}
        if args.command == "status":
            return device_report(reader)
        deadline = time.monotonic() + args.wait
        while not reader.card_present and time.monotonic() < deadline:
            time.sleep(0.1)
            reader.poll()
            watch.require_online()
        record = reader.read_card()
        if args.photo_out is not None:
            args.photo_out.write_bytes(record.photo_wlt)
        return record.to_dict()

    return run_check(lambda: _make_reader(args, parser), check)


if __name__ == "__main__":
    sys.exit(main())
