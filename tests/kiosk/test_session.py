"""Resident session: in-memory personal data, wiped for good when the visit ends."""

from __future__ import annotations

import json
import logging

import pytest

from kiosk.config import LoggingConfig
from kiosk.logs import LOG_FILE_NAME, Scrubber, get_scrubber, setup_logging, shutdown_logging
from kiosk.session import (
    EndReason,
    Identity,
    ResidentSession,
    SessionEndedError,
    SessionManager,
)

NAME = "张三丰"
ID_NUMBER = "110105199003071234"


def make_identity() -> Identity:
    return Identity(
        name=NAME,
        id_number=ID_NUMBER,
        sex="男",
        nation="汉",
        birth_date="19900307",
        address="北京市朝阳区建国路1号",
        card_type="居民身份证",
        valid_from="20200101",
        valid_to="20400101",
        photo=bytearray(b"\x89WLT" * 256),
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def scrubber():
    return Scrubber()


@pytest.fixture
def session(scrubber):
    return ResidentSession("zh_CN", False, scrubber=scrubber)


@pytest.fixture
def log_dir(tmp_path):
    root_level = logging.getLogger().level
    setup_logging(LoggingConfig(dir=tmp_path, level="DEBUG"), console=False)
    yield tmp_path
    shutdown_logging()
    get_scrubber().clear_secrets()
    logging.getLogger().setLevel(root_level)


def last_message(directory) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = (directory / LOG_FILE_NAME).read_text("utf-8").splitlines()
    return json.loads(lines[-1])["msg"]


# -- session -------------------------------------------------------------------------------------


def test_new_session_is_active_and_empty(session):
    assert session.is_active
    assert session.identity is None
    assert session.form == {} and session.blobs == {} and session.application_ids == []


def test_session_id_is_random_hex():
    first, second = ResidentSession(scrubber=Scrubber()), ResidentSession(scrubber=Scrubber())
    assert first.session_id != second.session_id
    assert len(first.session_id) == 32
    int(first.session_id, 16)


def test_elapsed_uses_the_monotonic_clock(scrubber):
    clock = FakeClock()
    session = ResidentSession(scrubber=scrubber, clock=clock)
    clock.now += 12.5
    assert session.elapsed() == 12.5


def test_add_blob_stores_a_bytearray_copy(session):
    source = bytearray(b"frame")
    stored = session.add_blob("face", source)
    source[:] = b"XXXXX"
    assert isinstance(stored, bytearray)
    assert session.blobs["face"] == b"frame"


def test_add_blob_over_existing_key_zeroes_the_old_buffer(session):
    old = session.add_blob("scan", b"page-1")
    session.add_blob("scan", b"page-2")
    assert old == bytearray(6)


def test_remove_blob_zeroes_it(session):
    frame = session.add_blob("face", b"\x01\x02\x03")
    session.remove_blob("face")
    assert frame == bytearray(3)
    assert "face" not in session.blobs


def test_wipe_zeroes_blob_buffers_in_place(session):
    face = session.add_blob("face", b"\xff" * 4096)
    signature = session.add_blob("signature", memoryview(b"\x7f" * 100))
    session.wipe(EndReason.COMPLETED)
    assert face == bytearray(4096)
    assert signature == bytearray(100)
    assert session.blobs == {}


def test_wipe_zeroes_identity_photo(session):
    identity = make_identity()
    photo = identity.photo
    session.set_identity(identity)
    session.wipe(EndReason.CANCELLED)
    assert photo is not None and photo == bytearray(len(photo))


def test_identity_photo_bytes_become_a_wipeable_bytearray():
    assert isinstance(Identity(photo=b"abc").photo, bytearray)


def test_wipe_clears_identity_form_and_application_ids(session):
    identity = make_identity()
    session.set_identity(identity)
    session.form.update({"phone": "13800138000", "scan": bytearray(b"abc")})
    session.application_ids.append("APP-1")
    session.wipe(EndReason.TIMEOUT)
    assert session.identity is None
    assert identity.name is None and identity.id_number is None and identity.address is None
    assert session.form == {}
    assert session.application_ids == []


def test_wipe_zeroes_bytearrays_inside_the_form(session):
    scan = bytearray(b"scan-data")
    session.form["materials"] = [{"page": scan}]
    session.wipe(EndReason.COMPLETED)
    assert scan == bytearray(len(b"scan-data"))


def test_wipe_records_reason_and_ends_session(session):
    session.wipe(EndReason.TIMEOUT)
    assert not session.is_active
    assert session.end_reason is EndReason.TIMEOUT


def test_wipe_is_idempotent_and_keeps_first_reason(session):
    assert session.wipe(EndReason.TIMEOUT) is True
    assert session.wipe(EndReason.ERROR) is False
    assert session.end_reason is EndReason.TIMEOUT


def test_ended_session_accepts_no_more_data(session):
    session.wipe(EndReason.COMPLETED)
    with pytest.raises(SessionEndedError):
        session.add_blob("face", b"x")
    with pytest.raises(SessionEndedError):
        session.set_identity(make_identity())


def test_set_identity_registers_personal_strings(session, scrubber):
    session.set_identity(make_identity())
    assert scrubber.scrub(f"{NAME} lives at 北京市朝阳区建国路1号") == "[PII] lives at [PII]"


def test_wipe_unregisters_secrets(session, scrubber):
    session.set_identity(make_identity())
    session.register_secrets("typed free text")
    session.wipe(EndReason.COMPLETED)
    assert scrubber.secret_count == 0


def test_name_masked_in_log_during_session_and_not_after_wipe(log_dir):
    session = ResidentSession()  # the process-wide scrubber, as in the app
    session.set_identity(make_identity())
    log = logging.getLogger("kiosk.test")
    log.info("hello %s", NAME)
    assert last_message(log_dir) == "hello [PII]"
    session.wipe(EndReason.COMPLETED)
    log.info("hello %s", NAME)  # a fresh line: the secret is gone from the registry
    assert last_message(log_dir) == f"hello {NAME}"


def test_secrets_do_not_accumulate_over_sessions(scrubber):
    manager = SessionManager(scrubber=scrubber)
    for _ in range(5):
        manager.start().set_identity(make_identity())
        manager.end(EndReason.COMPLETED)
    assert scrubber.secret_count == 0


def test_replacing_identity_zeroes_old_photo_and_unregisters_old_name(session, scrubber):
    first = make_identity()
    photo = first.photo
    session.set_identity(first)
    session.set_identity(Identity(name="李四"))
    assert photo == bytearray(len(photo))
    assert scrubber.scrub(NAME) == NAME
    assert scrubber.scrub("李四") == "[PII]"


def test_identity_repr_shows_no_personal_data():
    text = repr(make_identity())
    assert NAME not in text and ID_NUMBER not in text


# -- manager -------------------------------------------------------------------------------------


def test_manager_start_makes_current(scrubber):
    manager = SessionManager(scrubber=scrubber)
    session = manager.start("en_US", elder_mode=True)
    assert manager.current is session
    assert (session.language, session.elder_mode) == ("en_US", True)


def test_manager_start_ends_previous_with_error(scrubber):
    manager = SessionManager(scrubber=scrubber)
    first = manager.start()
    second = manager.start()
    assert first.end_reason is EndReason.ERROR
    assert manager.current is second


def test_manager_end_wipes_and_clears_current(scrubber):
    manager = SessionManager(scrubber=scrubber)
    session = manager.start()
    blob = session.add_blob("face", b"\x01" * 8)
    assert manager.end(EndReason.CANCELLED) is session
    assert session.end_reason is EndReason.CANCELLED
    assert blob == bytearray(8)
    assert manager.current is None


def test_manager_end_without_session_is_a_no_op(scrubber):
    assert SessionManager(scrubber=scrubber).end(EndReason.TIMEOUT) is None


def test_manager_current_is_none_after_direct_wipe(scrubber):
    manager = SessionManager(scrubber=scrubber)
    manager.start().wipe(EndReason.ERROR)
    assert manager.current is None


def test_listeners_called_on_start_and_end(scrubber):
    manager = SessionManager(scrubber=scrubber)
    calls: list[tuple] = []
    manager.add_start_listener(lambda s: calls.append(("start", s.session_id)))
    manager.add_end_listener(lambda s, r: calls.append(("end", s.session_id, r, s.is_active)))
    session = manager.start()
    manager.end(EndReason.COMPLETED)
    assert calls == [
        ("start", session.session_id),
        ("end", session.session_id, EndReason.COMPLETED, False),
    ]


def test_restart_notifies_end_then_start(scrubber):
    manager = SessionManager(scrubber=scrubber)
    events: list[str] = []
    manager.add_start_listener(lambda s: events.append("start"))
    manager.add_end_listener(lambda s, r: events.append(f"end:{r}"))
    manager.start()
    manager.start()
    assert events == ["start", "end:error", "start"]


def test_failing_listener_does_not_stop_wipe_or_other_listeners(scrubber):
    manager = SessionManager(scrubber=scrubber)
    seen: list[EndReason] = []

    def broken(session, reason):
        raise RuntimeError("listener bug")

    manager.add_end_listener(broken)
    manager.add_end_listener(lambda s, r: seen.append(r))
    session = manager.start()
    manager.end(EndReason.TIMEOUT)
    assert seen == [EndReason.TIMEOUT]
    assert not session.is_active


def test_removed_listener_is_not_called(scrubber):
    manager = SessionManager(scrubber=scrubber)
    calls: list[str] = []

    def listener(session):
        calls.append("start")

    manager.add_start_listener(listener)
    manager.remove_start_listener(listener)
    manager.start()
    assert calls == []


def test_end_reason_values_are_lower_case_names():
    assert [r.value for r in EndReason] == ["completed", "cancelled", "timeout", "error"]
