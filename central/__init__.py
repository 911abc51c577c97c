"""Reference central platform (sandbox) for the self-service kiosk.

A real HTTP server (FastAPI + uvicorn) on loopback with a SQLite database: the kiosk API of
docs/platform-api.md, a seeded catalogue of 2,400+ items, a staff console and sandbox
residents. Entry points: ``python -m central``, :func:`central.server.run_in_thread`,
:func:`central.demo.ensure_demo_platform`. See central/README.md.
"""
