"""24-hour self-service government kiosk: app wiring, resident session, flows and services."""

__version__ = "0.1.0"
