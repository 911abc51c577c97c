"""ID-card readers: resident ID cards (GA 467 SAM readers) and smart cards over PC/SC.

Drivers (registry kind ``idcard``):

* ``ga467`` - :class:`drivers.idcard.ga467.Ga467Reader`, a SAM reader on a serial port; reads
  resident ID cards, HK/Macao/Taiwan residence permits and foreign permanent resident cards
  (text, WLT photo, optional fingerprints). Simulator: :mod:`drivers.idcard.sim` (a pty).
* ``pcsc`` - :class:`drivers.idcard.pcsc.PcscReader`, any PC/SC reader through pcscd, with a
  configurable card profile (:mod:`drivers.idcard.apdu`). Simulator: the real pcscd with the
  ``vpcd`` virtual reader (:mod:`drivers.idcard.pcscd_env`) and a card emulator speaking the
  vpcd protocol (:mod:`drivers.idcard.vpcd_card`).

Both share :class:`drivers.idcard.reader.IdCardReader`: sub-status ``card`` =
``present|absent``, events ``card_inserted``/``card_removed``/``card_read``, command
``read_card() -> IdCardRecord`` (:mod:`drivers.idcard.records`). Pure parts (frames, text
block, APDUs, TLV) are separate modules tested without a device. The WLT photo decoder is an
optional vendor plug-in (:mod:`drivers.idcard.photo`). Technician CLI:
``python -m drivers.idcard --driver ga467 --port PORT read``.

Exception tree (:mod:`drivers.errors` + :mod:`drivers.idcard.errors`); reader faults change the
device state, card problems do not (``read_card`` leaves the reader online)::

    DeviceError
    ├── DeviceUnavailable        port/pcscd/reader gone, nothing answers at open  [no_device]
    ├── DeviceTimeout            the SAM stopped answering                        [hardware_error]
    ├── DeviceBusy               another application holds the card exclusively  [busy]
    ├── ProtocolError            corrupt reply: bad_checksum, bad_length, garbled [hardware_error]
    │   └── SamFrameError        the SAM says our request was corrupt (SW3 10/11)
    └── CommandRejected
        ├── SamError             the SAM refuses: bad command, self-test, not authorised
        └── CardError            the card, not the reader             [user_error when polled]
            ├── NoCard               no card (SW3 80, no smart card)
            ├── CardRemoved          taken away during the read
            ├── CardReadFailed       select/read failed, status words, card mute
            ├── CardNotAuthentic     card/SAM authentication failed (SW3 31/32/33)
            ├── UnknownCardType      unknown card type or application (SW3 40, 6A82)
            ├── NoContent            no such content (SW3 91)
            └── CardDataError        impossible data (.field names it, never its value)
                └── BadCheckDigit    ID number fails GB 11643

Privacy: records, replies and errors never show card data in ``repr``/messages/logs.
"""
