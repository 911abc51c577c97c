"""Crash test of the outbox: SIGKILL a kiosk process at random points, many times, then check
that the platform holds every submitted application exactly once and the kiosk lost nothing.

    .venv/bin/python bench/crash_outbox.py [--kills 200] [--seed 1] [--dir DIR]

The parent runs the reference platform (``central``) on 127.0.0.1 and, ``--kills`` times,
starts a child kiosk process that opens the outbox (recovering from the previous kill),
starts an :class:`~kiosk.services.outbox.OutboxDrain` and enqueues valid applications (with
attachments) as fast as it can, printing each idempotency key once ``enqueue`` has returned
(the moment the resident would be told "submitted"). After a random delay the parent
SIGKILLs it: mid-enqueue, mid-upload, mid-POST, between the platform's answer and
``mark_done``... Finally the parent drains what is left and compares:

* lost: a key a child reported as enqueued that is missing from the kiosk's outbox, or an
  outbox item that never reached the platform;
* duplicated: an application (by visit id) the platform holds more than once.

Exit status 0 when nothing was lost or duplicated.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "platform"))

FAST = {"backoff_base_s": 0.02, "backoff_cap_s": 0.3, "idle_poll_s": 0.2}


@dataclass
class CrashResult:
    kills: int
    enqueued: int  # keys the children reported after enqueue returned
    kiosk_items: int  # items in the kiosk's outbox (includes ones committed just before a kill)
    acknowledged: int  # items the kiosk recorded as acknowledged by the platform
    server_count: int  # applications the platform holds from this kiosk
    lost: int
    duplicated: int
    dead: int
    resent: int  # items delivered after more than one attempt (a kill mid-send, a retry)
    seconds: float

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicated == 0 and self.dead == 0

    def table(self) -> str:
        head = [
            "kills",
            "enqueued",
            "kiosk items",
            "acknowledged",
            "server count",
            "lost",
            "duplicated",
            "dead",
            "resent",
            "seconds",
        ]
        values = [
            self.kills,
            self.enqueued,
            self.kiosk_items,
            self.acknowledged,
            self.server_count,
            self.lost,
            self.duplicated,
            self.dead,
            self.resent,
            f"{self.seconds:.0f}",
        ]
        widths = [max(len(h), len(str(v))) + 2 for h, v in zip(head, values, strict=True)]
        line1 = "".join(h.rjust(w) for h, w in zip(head, widths, strict=True))
        line2 = "".join(str(v).rjust(w) for v, w in zip(values, widths, strict=True))
        return f"{line1}\n{line2}"


# ---------------------------------------------------------------------------------- child


def child(data_dir: Path, url: str, platform_key: Path, item_file: Path) -> None:
    from platform_support import KIOSK_ID, build_application

    from kiosk.platform.http import HttpPlatform, load_platform_key
    from kiosk.services.outbox import OutboxDrain
    from offline_cache.crypto import KeyRing
    from offline_cache.outbox import Outbox
    from offline_cache.store import Store

    item = json.loads(item_file.read_text())
    store = Store.for_outbox(data_dir)
    outbox = Outbox(
        store, KeyRing.from_file(data_dir / "secrets" / "outbox.key"), data_dir / "attachments"
    )
    platform = HttpPlatform(url, KIOSK_ID, load_platform_key(platform_key), 2.0, 5.0)
    drain = OutboxDrain(outbox, platform, **FAST)
    drain.start()
    print("READY", flush=True)
    rng = random.Random()
    n = 0
    while True:
        visit = f"{os.getpid()}-{n}-{rng.getrandbits(32):08x}"
        payload, attachments = build_application(item, visit)
        queued = outbox.enqueue("application", payload, attachments=attachments)
        print(f"ENQ {queued.idempotency_key} {visit}", flush=True)
        drain.wake()
        n += 1
        time.sleep(rng.uniform(0.0, 0.03))


# ---------------------------------------------------------------------------------- parent


def run(
    kills: int, seed: int = 1, workdir: Path | None = None, verbose: bool = True
) -> CrashResult:
    from platform_support import make_platform_pair

    from kiosk.services.outbox import OutboxDrain
    from offline_cache.crypto import KeyRing, ensure_key_file
    from offline_cache.outbox import Outbox
    from offline_cache.store import Store

    rng = random.Random(seed)
    base = Path(tempfile.mkdtemp(prefix="crash-outbox-", dir=workdir))
    kiosk_dir = base / "kiosk"
    ensure_key_file(kiosk_dir / "secrets" / "outbox.key", 32)
    started = time.monotonic()
    reported: dict[str, str] = {}  # idempotency key -> visit id

    with make_platform_pair(base / "central") as pair:
        item_file = base / "item.json"
        item_file.write_text(json.dumps(pair.item, ensure_ascii=False))
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        for kill in range(kills):
            proc = subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(kiosk_dir),
                    pair.server.url,
                    str(pair.key_file),
                    str(item_file),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            lines: list[str] = []
            ready = threading.Event()

            def read(stream=proc.stdout, lines=lines, ready=ready) -> None:
                for line in stream:
                    if line.startswith("READY"):
                        ready.set()
                    lines.append(line.strip())
                ready.set()

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            ready.wait(30)
            time.sleep(rng.uniform(0.0, 0.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            reader.join(5)
            for line in lines:
                if line.startswith("ENQ "):
                    _, key, visit = line.split()
                    reported[key] = visit
            if verbose and (kill + 1) % 20 == 0:
                print(f"  {kill + 1} kills, {len(reported)} enqueued", flush=True)

        store = Store.for_outbox(kiosk_dir)
        outbox = Outbox(
            store,
            KeyRing.from_file(kiosk_dir / "secrets" / "outbox.key"),
            kiosk_dir / "attachments",
        )
        drain = OutboxDrain(outbox, pair.platform, **FAST)
        deadline = time.monotonic() + 120
        while outbox.depth() and time.monotonic() < deadline:
            drain.wake(expedite=True)
            outbox.expedite()
            drain.drain_once()
            time.sleep(0.05)
        items = outbox.items()
        answers = {i.id: outbox.response_of(i.id) for i in items if i.state == "done"}
        server = pair.server_applications()
        store.close()

    shutil.rmtree(base, ignore_errors=True)
    in_kiosk = {i.idempotency_key for i in items}
    server_visits = Counter(a["visit_id"] for a in server)
    server_ids = {a["application_id"] for a in server}
    lost = (
        sum(1 for key in reported if key not in in_kiosk)  # "submitted" but not in the outbox
        + sum(1 for i in items if i.state in ("pending", "in_flight"))  # never delivered
        + sum(1 for visit in reported.values() if server_visits[visit] == 0)
        + sum(1 for a in answers.values() if not a or a.get("application_id") not in server_ids)
    )
    return CrashResult(
        kills=kills,
        enqueued=len(reported),
        kiosk_items=len(items),
        acknowledged=len(answers),
        server_count=len(server),
        lost=lost,
        duplicated=sum(count - 1 for count in server_visits.values()),
        dead=sum(1 for i in items if i.state == "dead"),
        resent=sum(1 for i in items if i.attempts > 1),
        seconds=time.monotonic() - started,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the kill delays")
    parser.add_argument("--dir", type=Path, default=None, help="work directory (a real disk)")
    parser.add_argument(
        "--child", nargs=4, metavar=("DATA", "URL", "KEY", "ITEM"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        data, url, key, item = args.child
        child(Path(data), url, Path(key), Path(item))
        return 0
    workdir = args.dir or ROOT / "var" / "bench"
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"crash test: {args.kills} SIGKILLs of a kiosk process enqueueing and draining "
        "applications against central on 127.0.0.1"
    )
    result = run(args.kills, args.seed, workdir)
    print()
    print(result.table())
    print(
        "\nOK: every application reached the platform exactly once"
        if result.ok
        else "\nFAILED: something was lost or duplicated"
    )
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
