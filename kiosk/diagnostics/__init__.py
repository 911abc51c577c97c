"""Technician diagnostics: pure logic (no Qt).

* :mod:`kiosk.diagnostics.pin` - slow salted PIN / technician-card hashes and their CLI
  (``python -m kiosk.diagnostics.pin hash``);
* :mod:`kiosk.diagnostics.store` - ``<data_dir>/diagnostics.db``: the lockout state (survives a
  restart), staff counters, and a fallback audit log when the outbox store is not open;
* :mod:`kiosk.diagnostics.access` - who may enter (PIN, staff PIN, technician card), lockout;
* :mod:`kiosk.diagnostics.selftests` - the self-tests, each run on a worker thread;
* :mod:`kiosk.diagnostics.report` - log reader, configuration masking, outbox summary and the
  diagnostics bundle (zip) for a USB stick.

The Qt side is :mod:`screens.viewmodels.diagnostics` (the ``Diagnostics`` QML singleton).
"""
