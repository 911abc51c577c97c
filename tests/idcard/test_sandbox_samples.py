"""The simulator's sample cards for the sandbox residents are the platform's test residents."""

from __future__ import annotations

import pytest

from central.seed import TEST_RESIDENTS
from drivers.idcard import samples
from drivers.idcard.records import build_text_block, parse_text_block


@pytest.mark.parametrize("resident", TEST_RESIDENTS, ids=lambda r: r.id_number)
def test_every_test_resident_has_a_card_with_the_same_name_and_number(resident):
    cards = {samples.sample(k).id_number: samples.sample(k) for k in samples.SANDBOX_RESIDENTS}
    card = cards[resident.id_number]
    assert card.name == resident.name
    assert card.birth_date == resident.birth.isoformat()


@pytest.mark.parametrize("kind", samples.SANDBOX_RESIDENTS)
def test_sandbox_cards_survive_the_text_block(kind):
    record = samples.sample(kind)
    parsed = parse_text_block(build_text_block(record))
    assert (parsed.name, parsed.id_number, parsed.valid_to) == (
        record.name,
        record.id_number,
        record.valid_to,
    )


def test_an_expired_card_can_be_made():
    assert samples.sandbox_resident("lisi", valid_to="2020-01-01").valid_to == "2020-01-01"
