from __future__ import annotations

import threading
import time

import numpy as np

from drivers.camera.frames import FrameMailbox, FrameSubscription, make_frame, wipe_array


def _frame(seq: int) -> object:
    return make_frame(seq, np.full((4, 4, 3), seq, np.uint8), float(seq))


def test_mailbox_keeps_only_the_newest_frame_and_counts_drops():
    box = FrameMailbox()
    for seq in (1, 2, 3):
        box.put(_frame(seq))
    taken = box.take(0)
    assert taken is not None and taken.seq == 3
    assert box.dropped == 2
    assert box.take(0) is None


def test_mailbox_take_returns_none_after_close():
    box = FrameMailbox()
    threading.Timer(0.05, box.close).start()
    assert box.take(5.0) is None


def test_frames_are_read_only_for_consumers():
    frame = make_frame(1, np.zeros((4, 4, 3), np.uint8))
    assert not frame.image.flags.writeable


def test_wipe_array_zeroes_a_read_only_frame_we_own():
    frame = make_frame(1, np.full((4, 4, 3), 200, np.uint8))
    wipe_array(frame.image)
    assert not frame.image.any()


def test_slow_subscription_gets_the_newest_frame_and_counts_the_rest_as_dropped():
    seen: list[int] = []
    release = threading.Event()

    def slow(frame: object) -> None:
        seen.append(frame.seq)  # type: ignore[attr-defined]
        release.wait(5.0)

    sub = FrameSubscription(slow, "slow")
    try:
        sub.offer(_frame(1))
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.005)
        for seq in range(2, 10):  # arrive while the consumer is busy with frame 1
            sub.offer(_frame(seq))
        release.set()
        while len(seen) < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
    finally:
        sub.close()
    assert seen == [1, 9]
    assert sub.dropped == 7


def test_a_failing_consumer_keeps_receiving_frames():
    calls: list[int] = []

    def broken(frame: object) -> None:
        calls.append(frame.seq)  # type: ignore[attr-defined]
        raise RuntimeError("consumer bug")

    sub = FrameSubscription(broken, "broken")
    try:
        for seq in (1, 2):
            sub.offer(_frame(seq))
            deadline = time.monotonic() + 5
            while len(calls) < seq and time.monotonic() < deadline:
                time.sleep(0.005)
    finally:
        sub.close()
    assert calls == [1, 2]
    assert sub.errors == 2
