"""Client side of the kiosk ↔ platform API (``docs/platform-api.md``).

``adapter`` holds the interface and exception tree every platform adapter implements; ``http``
is the adapter for the reference API (``central/``), signing each request with the kiosk's key.
"""

from kiosk.platform.adapter import (
    AuthError,
    CatalogueResponse,
    Conflict,
    PlatformAdapter,
    PlatformError,
    PlatformUnavailable,
    RateLimited,
    Rejected,
)

__all__ = [
    "AuthError",
    "CatalogueResponse",
    "Conflict",
    "PlatformAdapter",
    "PlatformError",
    "PlatformUnavailable",
    "RateLimited",
    "Rejected",
]
