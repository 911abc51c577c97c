"""Certificate pickup cabinet (证照柜/取件柜): RS-485 lock boards with door and item sensors.

Drivers (:mod:`drivers.cabinet.driver`): ``kerong`` (Kerong KR-CU16: 16 locks + IR item
sensors per board) and ``generic8a`` (the common "8A" board: up to 24 locks, doors only),
both behind one :class:`~drivers.cabinet.driver.Cabinet` interface. Wire formats as pure
functions: :mod:`drivers.cabinet.frames`. Simulator on a pty: :mod:`drivers.cabinet.sim`.
Technician check: ``python -m drivers.cabinet --driver kerong --port PORT status --board 0``.
The inventory and the deposit/pickup flows live in :mod:`kiosk.services.cabinet`.
"""
