"""Outbox items with a ``not_after`` deadline (queue tickets, check-ins): never sent late.

Against the real platform on loopback: an expired ticket request never reaches the platform
(no ghost ticket), one within its deadline does, without the kiosk's own field.
"""

from __future__ import annotations

import time

from kiosk.services.outbox import DrainListener, OutboxDrain

FAST = {"backoff_base_s": 0.02, "backoff_cap_s": 0.2, "idle_poll_s": 0.2}


class Recorder(DrainListener):
    def __init__(self) -> None:
        self.done: list[tuple[str, str, dict]] = []

    def item_done(self, kind, item_id, response):
        self.done.append((kind, item_id, response))


def platform_tickets(pair) -> int:
    with pair.server.platform.db.read() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM queue_tickets").fetchone()[0])


def test_an_expired_ticket_request_is_never_sent(outbox, client, pair):
    recorder = Recorder()
    drain = OutboxDrain(outbox, client, listener=recorder, **FAST)
    before = platform_tickets(pair)
    item = outbox.enqueue("queue_ticket", {"service_type": "general", "not_after": time.time() - 1})
    assert drain.drain_once() == 1
    assert recorder.done == [("queue_ticket", item.id, {"not_sent": "expired"})]
    assert outbox.get(item.id).state == "done"
    assert outbox.response_of(item.id) == {"not_sent": "expired"}
    assert platform_tickets(pair) == before


def test_a_ticket_request_within_its_deadline_is_sent(outbox, client, pair):
    recorder = Recorder()
    drain = OutboxDrain(outbox, client, listener=recorder, **FAST)
    before = platform_tickets(pair)
    item = outbox.enqueue(
        "queue_ticket", {"service_type": "general", "not_after": time.time() + 60}
    )
    assert drain.drain_once() == 1
    [(kind, item_id, answer)] = recorder.done
    assert (kind, item_id) == ("queue_ticket", item.id)
    assert answer["ticket_no"]
    assert platform_tickets(pair) == before + 1


def test_items_without_a_deadline_are_unaffected(outbox, client, pair):
    recorder = Recorder()
    drain = OutboxDrain(outbox, client, listener=recorder, **FAST)
    outbox.enqueue("queue_ticket", {"service_type": "general"})
    assert drain.drain_once() == 1
    assert recorder.done[0][2]["ticket_no"]


def test_a_malformed_deadline_is_ignored(outbox, client, pair):
    recorder = Recorder()
    drain = OutboxDrain(outbox, client, listener=recorder, **FAST)
    outbox.enqueue("queue_ticket", {"service_type": "general", "not_after": "soon"})
    assert drain.drain_once() == 1
    assert recorder.done[0][2]["ticket_no"]
