"""``python -m central``: run the reference platform in the foreground.

Options: ``--host`` (127.0.0.1), ``--port`` (8765), ``--db`` (var/central/central.db),
``--kiosk-keys`` (var/secrets: ``<KIOSK-ID>.key`` files, mode 0600), ``--seed`` (catalogue
generator seed), ``--sandbox`` (sandbox endpoints and the default console password),
``--console-password`` (or ``CENTRAL_CONSOLE_PASSWORD``), ``--sface-model`` / ``--face-refs``
(optional real face comparison), ``--log-level``.

Without ``--sandbox`` a console password must be given: the server refuses to start with the
published sandbox default. Exit status 2 on a configuration error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from central.app import SANDBOX_PASSWORD, Settings
from central.identity import IdentityConfigError
from central.seed import DEFAULT_SEED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m central",
        description="Reference central platform for the self-service kiosk (HTTP API + console)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0: any free port)")
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("var/central/central.db"),
        help="SQLite database file (created and seeded when missing)",
    )
    parser.add_argument(
        "--kiosk-keys",
        type=Path,
        default=Path("var/secrets"),
        help="directory of <KIOSK-ID>.key files (64 hex chars, mode 0600)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help="seed of the catalogue generator (used once, when seeding)",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="enable /sandbox endpoints and the default console password",
    )
    parser.add_argument(
        "--console-password",
        default=os.environ.get("CENTRAL_CONSOLE_PASSWORD"),
        help="staff console password (env CENTRAL_CONSOLE_PASSWORD)",
    )
    parser.add_argument(
        "--sface-model",
        type=Path,
        default=None,
        help="OpenCV SFace ONNX model for real face comparison (optional)",
    )
    parser.add_argument(
        "--face-refs",
        type=Path,
        default=None,
        help="directory of <id_number>.jpg reference photos for --sface-model",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    password = args.console_password
    if not password:
        if not args.sandbox:
            print(
                "error: give --console-password (or CENTRAL_CONSOLE_PASSWORD), "
                "or run with --sandbox",
                file=sys.stderr,
            )
            return 2
        password = SANDBOX_PASSWORD
    settings = Settings(
        db_path=args.db,
        keys_dir=args.kiosk_keys,
        seed=args.seed,
        sandbox=args.sandbox,
        console_password=password,
        sface_model=args.sface_model,
        face_refs=args.face_refs,
    )
    from central.server import serve

    try:
        serve(settings, args.host, args.port, args.log_level)
    except IdentityConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
