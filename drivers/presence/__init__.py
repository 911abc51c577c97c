"""Presence detection: the radar that wakes the attract screen when a resident walks up.

Drivers: ``ld2410`` (:mod:`drivers.presence.ld2410`, HLK-LD2410 24 GHz radar on a serial
port). Simulator: :mod:`drivers.presence.sim` (the same wire protocol on a pty).
Technician check: ``python -m drivers.presence --port PORT status``.
"""
