"""Technician check of a pickup cabinet's lock boards.

``python -m drivers.cabinet --driver kerong|generic8a --port PORT status --board N`` prints the
board's doors and item sensors as JSON; ``... open --board N --lock M`` opens one compartment
(one open command, never repeated) and prints what happened. On failure one line
``error: <reason>`` goes to stderr and the exit code is 1 (2 for bad arguments).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from drivers.cabinet.driver import Cabinet, Generic8ACabinet, KerongCabinet
from drivers.cli import CheckFailed, ErrorWatch, run_check

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

    def check(cabinet: Cabinet, watch: ErrorWatch) -> dict[str, Any]:
        if args.command == "status":
            reading = cabinet.read_board(args.board)
            return {"driver": args.driver, **reading.to_dict()}
        opened = cabinet.open_lock(args.board, args.lock)
        result = {"driver": args.driver, **opened.to_dict()}
        if not opened.opened:
            raise CheckFailed(
                f"compartment {opened.compartment} did not open ({opened.outcome}"
                f"{': ' + opened.detail if opened.detail else ''})",
                result=result,
            )
        return result

    return run_check(
        lambda: DRIVERS[args.driver](
            "cabinet",
            port=args.port,
            boards=(args.board,),
            baudrate=args.baudrate,
            locks_per_board=args.locks,
            reply_timeout_s=args.timeout,
            open_confirm_s=args.confirm,
        ),
        check,
        bad_arguments=(ValueError,),  # e.g. a board or lock the cabinet does not have
    )


if __name__ == "__main__":
    sys.exit(main())
