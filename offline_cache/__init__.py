"""The kiosk's SQLite store: schema and named migrations (``store``, ``migrations``), the
durable outbox (``outbox``), at-rest encryption (``crypto``) and the audit log (``audit``)."""
