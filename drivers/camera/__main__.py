"""Technician check of a camera: ``python -m drivers.camera --port PORT status|snapshot FILE``.

``status`` opens the real driver, lets it capture for ``--seconds``, prints status, info (frame
rate, drops, backend) and capabilities as JSON and exits 0; ``snapshot FILE`` also writes the
newest frame as a JPEG/PNG. On failure it prints one line ``error: <reason>`` and exits 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time

import cv2

from drivers.camera.capture import CameraDevice
from drivers.errors import DeviceError
from drivers.model import DeviceState


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drivers.camera", description="Check a camera.")
    parser.add_argument("--port", required=True, help="/dev/v4l/by-id/..., index, URL or file")
    parser.add_argument("--width", type=int, default=640)
    parser.add_argument("--height", type=int, default=480)
    parser.add_argument("--seconds", type=float, default=2.0, help="capture time before judging")
    parser.add_argument("command", choices=["status", "snapshot"])
    parser.add_argument("file", nargs="?", help="where snapshot writes the frame")
    args = parser.parse_args(argv)
    if args.command == "snapshot" and not args.file:
        parser.error("snapshot needs a FILE")
    logging.basicConfig(level=logging.ERROR)

    camera = CameraDevice("camera", port=args.port, width=args.width, height=args.height)
    try:
        camera.open()
        time.sleep(args.seconds)
        status = camera.poll()
        result = {
            "status": status.to_dict(),
            "info": camera.info(),
            "capabilities": camera.capabilities(),
        }
        if args.command == "snapshot" and not cv2.imwrite(args.file, camera.snapshot()):
            print(f"error: cannot write {args.file}", file=sys.stderr)
            return 1
    except DeviceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        camera.close()
    if status.state is not DeviceState.ONLINE:
        print(f"error: {status.detail}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
