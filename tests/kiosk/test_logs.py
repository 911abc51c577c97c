"""The privacy scrubber, proven on the real rotating JSON-lines file."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.config import LoggingConfig
from kiosk.logs import (
    LOG_FILE_NAME,
    Scrubber,
    get_scrubber,
    log_event,
    setup_logging,
    shutdown_logging,
)

NAME = "张三丰"
ID_NUMBER = "110105199003071234"  # test data: real format, check digit not valid
PHONE = "13800138000"
EMAIL = "zhang.sanfeng@example.com"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


VALID_ID = with_check_digit("11010519491231002")  # the GB 11643 example: ends in X
VALID_ID_DIGIT = with_check_digit("44030419851201001")

PERSONAL = (NAME, ID_NUMBER, VALID_ID, VALID_ID_DIGIT, PHONE, EMAIL)


@pytest.fixture
def log_dir(tmp_path):
    root = logging.getLogger()
    level = root.level
    directory = tmp_path / "log"
    setup_logging(LoggingConfig(dir=directory, level="DEBUG"), console=False)
    yield directory
    shutdown_logging()
    get_scrubber().clear_secrets()
    root.setLevel(level)


def log_text(directory: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text("utf-8") for p in sorted(directory.glob(LOG_FILE_NAME + "*")))


def log_entries(directory: Path) -> list[dict]:
    return [json.loads(line) for line in log_text(directory).splitlines()]


def assert_no_personal_data(text: str) -> None:
    for value in PERSONAL:
        assert value not in text
    assert "1101051990" not in text  # not even a prefix of the ID number


def test_file_has_one_json_object_per_line(log_dir):
    logging.getLogger("kiosk.test").info("hello %s", "world")
    [entry] = log_entries(log_dir)
    assert entry["msg"] == "hello world"
    assert entry["level"] == "INFO"
    assert entry["logger"] == "kiosk.test"


def test_timestamp_is_iso_8601_with_time_zone(log_dir):
    logging.getLogger("kiosk.test").info("tick")
    ts = log_entries(log_dir)[0]["ts"]
    assert ts[10] == "T"
    assert ts[-6] in "+-" and ts[-3] == ":"


@pytest.mark.parametrize("id_number", [ID_NUMBER, VALID_ID, VALID_ID_DIGIT, VALID_ID.lower()])
def test_id_number_in_message_is_masked(log_dir, id_number):
    logging.getLogger("kiosk.test").info("read card %s ok", id_number)
    text = log_text(log_dir)
    assert id_number not in text
    assert "read card [ID] ok" in text


def test_id_number_inside_url_and_chinese_text_is_masked(log_dir):
    logging.getLogger("kiosk.test").warning(
        "GET /api/v1/residents/%s?idno=%s 身份证号%s已核验", ID_NUMBER, VALID_ID, VALID_ID_DIGIT
    )
    msg = log_entries(log_dir)[0]["msg"]
    assert msg == "GET /api/v1/residents/[ID]?idno=[ID] 身份证号[ID]已核验"


def test_old_15_digit_id_number_is_masked(log_dir):
    logging.getLogger("kiosk.test").info("old card 110105900307123")
    assert log_entries(log_dir)[0]["msg"] == "old card [ID]"


def test_grouped_id_number_is_masked(log_dir):
    logging.getLogger("kiosk.test").info("typed 110105 19900307 1234 by hand")
    assert log_entries(log_dir)[0]["msg"] == "typed [ID] by hand"


@pytest.mark.parametrize(
    "phone", [PHONE, "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "8613800138000"]
)
def test_mobile_number_is_masked(log_dir, phone):
    logging.getLogger("kiosk.test").info("sms to %s sent", phone)
    assert log_entries(log_dir)[0]["msg"] == "sms to [PHONE] sent"


def test_digits_inside_a_longer_run_are_not_a_phone(log_dir):
    logging.getLogger("kiosk.test").info("order 213800138000 queued")
    assert log_entries(log_dir)[0]["msg"] == "order 213800138000 queued"


def test_ordinary_numbers_are_kept(log_dir):
    message = "took 1234 ms at 2024-05-01 12:00:00, 3 items, port 8765, 256000 baud"
    logging.getLogger("kiosk.test").info(message)
    assert log_entries(log_dir)[0]["msg"] == message


def test_email_is_masked(log_dir):
    logging.getLogger("kiosk.test").info("receipt mailed to <%s>", EMAIL)
    assert log_entries(log_dir)[0]["msg"] == "receipt mailed to <[EMAIL]>"


def test_registered_name_is_masked(log_dir):
    get_scrubber().register(NAME)
    logging.getLogger("kiosk.test").info("welcome %s", NAME)
    assert log_entries(log_dir)[0]["msg"] == "welcome [PII]"


def test_unregister_stops_masking(log_dir):
    scrubber = get_scrubber()
    scrubber.register(NAME)
    scrubber.unregister(NAME)
    logging.getLogger("kiosk.test").info("welcome %s", NAME)
    assert log_entries(log_dir)[0]["msg"] == f"welcome {NAME}"


def test_secret_registered_twice_needs_two_unregisters():
    scrubber = Scrubber()
    scrubber.register(NAME)
    scrubber.register(NAME)
    scrubber.unregister(NAME)
    assert scrubber.scrub(NAME) == "[PII]"


def test_single_character_secret_is_ignored():
    scrubber = Scrubber()
    scrubber.register("张", "", None)
    assert scrubber.secret_count == 0


def test_exception_text_is_scrubbed(log_dir):
    get_scrubber().register(NAME)
    try:
        raise ValueError(f"card {ID_NUMBER} of {NAME} rejected, call {PHONE}")
    except ValueError:
        logging.getLogger("kiosk.test").exception("identity check failed")
    [entry] = log_entries(log_dir)
    assert_no_personal_data(json.dumps(entry, ensure_ascii=False))
    assert "ValueError: card [ID] of [PII] rejected, call [PHONE]" in entry["exc"]


def test_stack_info_is_scrubbed(log_dir):
    def holder_of_张三丰_13800138000():  # personal data in a frame name
        logging.getLogger("kiosk.test").info("where", stack_info=True)

    get_scrubber().register(NAME)
    holder_of_张三丰_13800138000()
    [entry] = log_entries(log_dir)
    assert "holder_of_" in entry["stack"]
    assert_no_personal_data(entry["stack"])


def test_extra_fields_are_scrubbed(log_dir):
    logging.getLogger("kiosk.test").info(
        "submitted",
        extra={
            "fields": {
                "name": "李四",
                "id_number": "short",
                "Phone": "n/a",
                "note": f"call {PHONE} or {EMAIL}",
                "nested": {"address": "北京市朝阳区", "ref": ID_NUMBER},
                "items": [VALID_ID, 42],
                "photo_bytes": b"\xff\xd8\xff",
                "count": 3,
            }
        },
    )
    [entry] = log_entries(log_dir)
    assert entry["name"] == entry["id_number"] == entry["Phone"] == "[REDACTED]"
    assert entry["note"] == "call [PHONE] or [EMAIL]"
    assert entry["nested"] == {"address": "[REDACTED]", "ref": "[ID]"}
    assert entry["items"] == ["[ID]", 42]
    assert entry["photo_bytes"] == "[BYTES len=3]"
    assert entry["count"] == 3
    assert "李四" not in log_text(log_dir)


def test_plain_extra_attributes_are_scrubbed(log_dir):
    logging.getLogger("kiosk.test").info("x", extra={"mobile": PHONE, "ticket": f"A-{PHONE}"})
    [entry] = log_entries(log_dir)
    assert entry["mobile"] == "[REDACTED]"
    assert entry["ticket"] == "A-[PHONE]"


def test_numeric_field_holding_an_id_is_scrubbed(log_dir):
    logging.getLogger("kiosk.test").info("x", extra={"fields": {"ref": int(ID_NUMBER)}})
    assert log_entries(log_dir)[0]["ref"] == "[ID]"


def test_log_event_writes_event_and_fields(log_dir):
    log_event(logging.getLogger("kiosk.flow"), "receipt.printed", pages=1, mobile=PHONE)
    [entry] = log_entries(log_dir)
    assert entry["msg"] == entry["event"] == "receipt.printed"
    assert entry["pages"] == 1
    assert entry["mobile"] == "[REDACTED]"


def test_third_party_logger_is_scrubbed(log_dir):
    logging.getLogger("urllib3.connectionpool").debug("GET /lookup?phone=%s", PHONE)
    assert log_entries(log_dir)[0]["msg"] == "GET /lookup?phone=[PHONE]"


def test_real_looking_session_leaves_no_personal_data(log_dir):
    scrubber = get_scrubber()
    scrubber.register(NAME, "北京市东城区景山前街4号")
    log = logging.getLogger("kiosk.session")
    log.info("card read: %s %s 北京市东城区景山前街4号", NAME, VALID_ID)
    log.info("form: %r", {"name": NAME, "phone": PHONE, "email": EMAIL, "id": ID_NUMBER})
    log_event(log, "submit", applicant=NAME, contact=f"{PHONE}/{EMAIL}", idno=VALID_ID_DIGIT)
    text = log_text(log_dir)
    assert_no_personal_data(text)
    assert "北京市东城区" not in text
    for token in ("[PII]", "[ID]", "[PHONE]", "[EMAIL]", "[REDACTED]"):
        assert token in text


def test_console_output_is_scrubbed(tmp_path, capsys):
    root_level = logging.getLogger().level
    try:
        setup_logging(LoggingConfig(dir=tmp_path), console=True)
        logging.getLogger("kiosk.test").warning("phone %s", PHONE, extra={"fields": {"n": 1}})
    finally:
        shutdown_logging()
        logging.getLogger().setLevel(root_level)
    err = capsys.readouterr().err
    assert "kiosk.test: phone [PHONE] n=1" in err
    assert PHONE not in err


def test_setup_twice_does_not_duplicate_handlers(log_dir):
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(LoggingConfig(dir=log_dir, level="DEBUG"), console=False)
    assert len(root.handlers) == before
    logging.getLogger("kiosk.test").info("once")
    assert len(log_entries(log_dir)) == 1


def test_shutdown_removes_handlers(tmp_path):
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(LoggingConfig(dir=tmp_path), console=True)
    shutdown_logging()
    assert len(root.handlers) == before


def test_rotation_happens_at_max_bytes(tmp_path):
    root_level = logging.getLogger().level
    directory = tmp_path / "log"
    setup_logging(LoggingConfig(dir=directory, max_bytes=100_000, backup_count=3), console=False)
    try:
        log = logging.getLogger("kiosk.test")
        for i in range(1500):  # ~150 kB of lines
            log.info("line %05d for %s %s", i, PHONE, "x" * 40)
    finally:
        shutdown_logging()
        logging.getLogger().setLevel(root_level)
    current = directory / LOG_FILE_NAME
    rotated = directory / f"{LOG_FILE_NAME}.1"
    assert rotated.is_file()
    assert current.stat().st_size <= 100_000
    assert rotated.stat().st_size <= 100_000
    assert PHONE not in current.read_text("utf-8") + rotated.read_text("utf-8")


def test_unformattable_record_is_still_written(log_dir):
    logging.getLogger("kiosk.test").info("two %s %s", PHONE)
    [entry] = log_entries(log_dir)
    assert PHONE not in entry["msg"]
    assert "[unformattable arguments]" in entry["msg"]


# -- properties ----------------------------------------------------------------------------------

ids = st.from_regex(r"\A[0-9]{17}[0-9Xx]\Z")
any_text = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(prefix=any_text, id_number=ids, suffix=any_text)
def test_property_embedded_id_number_never_survives(prefix, id_number, suffix):
    record = logging.LogRecord(
        "t", logging.INFO, __file__, 1, "%s", (prefix + id_number + suffix,), None
    )
    Scrubber().filter(record)
    assert id_number not in record.getMessage()


phones = st.from_regex(r"\A1[3-9][0-9]{9}\Z")
non_digits = st.text(st.characters(blacklist_categories=("Nd",)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(prefix=non_digits, phone=phones, suffix=non_digits)
def test_property_embedded_mobile_number_never_survives(prefix, phone, suffix):
    assert phone not in Scrubber().scrub(prefix + phone + suffix)


def test_registered_value_inside_an_id_number_does_not_expose_the_rest():
    scrubber = Scrubber()
    scrubber.register("19900307")  # a birth date, registered by the session
    assert scrubber.scrub(f"id {ID_NUMBER}, born 19900307") == "id [ID], born [PII]"


def test_phone_inside_a_registered_address_does_not_expose_the_rest():
    scrubber = Scrubber()
    scrubber.register("建国路13800138000号")
    assert scrubber.scrub("住址建国路13800138000号") == "住址[PII]"


def test_registry_changes_while_scrubbing_from_other_threads():
    scrubber = Scrubber()
    errors: list[BaseException] = []
    names = [f"居民{i:03d}" for i in range(50)]

    def churn():
        try:
            for _ in range(20):
                scrubber.register(*names)
                scrubber.unregister(*names)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def scrub():
        try:
            for _ in range(200):
                assert PHONE not in scrubber.scrub(f"居民007 {PHONE}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=churn) for _ in range(2)]
    threads += [threading.Thread(target=scrub) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert scrubber.secret_count == 0
