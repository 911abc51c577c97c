"""Technician check of a pickup cabinet's lock boards.

``python -m drivers.cabinet --driver kerong|generic8a --port PORT status --board N`` prints the
board's doors and item sensors as JSON; ``... open --board N --lock M`` opens one compartment
(one open command, never repeated) and prints what happened. On failure one line
``error: <reason>`` goes to stderr and the exit code is 1 (2 for bad arguments).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from drivers.cabinet.driver import Cabinet, Generic8ACabinet, KerongCabinet
from drivers.errors import DeviceError

DRIVERS: dict[str, type[Cabinet]] = {"kerong": KerongCabinet, "generic8a": Generic8ACabinet}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.cabinet", description="Check or open a pickup-cabinet lock board."
    )
    parser.add_argument("--driver", required=True, choices=sorted(DRIVERS))
    parser.add_argument("--port", required=True, help="serial port, by-id symlink or pty path")
    parser.add_argument("--baudrate", type=int, default=None, help="default: the family's")
    parser.add_argument("--timeout", type=float, default=0.5, help="seconds to wait for each reply")
    parser.add_argument("--locks", type=int, default=None, help="locks on the board")
    parser.add_argument(
        "--confirm",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="how long to look for the door to open after an open (default 2)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print doors and item sensors of one board")
    status.add_argument("--board", type=int, required=True)
    opener = commands.add_parser("open", help="open one compartment (once) and report")
    opener.add_argument("--board", type=int, required=True)
    opener.add_argument("--lock", type=int, required=True)
    args = parser.parse_args(argv)
    # The one-line verdict below is the output; driver warnings would only repeat it.
    logging.basicConfig(level=logging.ERROR)

    try:
        cabinet = DRIVERS[args.driver](
            "cabinet",
            port=args.port,
            boards=(args.board,),
            baudrate=args.baudrate,
            locks_per_board=args.locks,
            reply_timeout_s=args.timeout,
            open_confirm_s=args.confirm,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result: dict[str, Any]
    try:
        cabinet.open()
        if args.command == "status":
            reading = cabinet.read_board(args.board)
            result = {"driver": args.driver, **reading.to_dict()}
        else:
            opened = cabinet.open_lock(args.board, args.lock)
            result = {"driver": args.driver, **opened.to_dict()}
            if not opened.opened:
                print(
                    f"error: compartment {opened.compartment} did not open ({opened.outcome}"
                    f"{': ' + opened.detail if opened.detail else ''})",
                    file=sys.stderr,
                )
                print(json.dumps(result, ensure_ascii=False))
                return 1
    except DeviceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        cabinet.close()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
