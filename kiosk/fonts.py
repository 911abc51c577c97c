"""Pick a font that has Chinese glyphs.

Without a CJK font every Chinese character renders as a box, which on a kiosk looks broken.
The setup script installs Debian's ``fonts-noto-cjk``; the PyInstaller bundle carries the font
file in ``fonts/`` (see ``kiosk.spec``) so a kiosk image without the package still renders.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.paths import resource_root

log = logging.getLogger(__name__)

PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
)


def load_bundled_fonts() -> list[str]:
    families: list[str] = []
    font_dir = resource_root() / "fonts"
    if not font_dir.is_dir():
        return families
    for path in sorted(font_dir.iterdir()):
        if path.suffix.lower() in {".ttf", ".otf", ".ttc"}:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def choose_cjk_family() -> str | None:
    load_bundled_fonts()
    available = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    # Any family that claims Simplified Chinese will do.
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return family
    return None


def apply_ui_font(app: QGuiApplication) -> str | None:
    family = choose_cjk_family()
    if family is None:
        log.error("no CJK font found: Chinese text will not render (install fonts-noto-cjk)")
        return None
    font = QFont(family)
    font.setPixelSize(24)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    log.info("UI font: %s", family)
    return family
