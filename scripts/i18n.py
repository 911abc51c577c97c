"""Translation sources and builds.

    python scripts/i18n.py update   # extract qsTr()/tr() strings into i18n/*.ts (pyside6-lupdate)
    python scripts/i18n.py build    # compile i18n/*.ts into .qm files (pyside6-lrelease)
    python scripts/i18n.py check    # fail if a zh_CN string is untranslated or unfinished

The .ts files are committed and edited with Qt Linguist; .qm files are build products.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("zh_CN", "en_US")
SOURCES = ("screens", "kiosk")


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def source_files() -> list[str]:
    files: list[Path] = []
    for top in SOURCES:
        files += (ROOT / top).rglob("*.qml")
        files += (ROOT / top).rglob("*.py")
    return sorted(str(f.relative_to(ROOT)) for f in files)


def update() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"kiosk_{lang}.ts"
        cmd = [_tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-ts", str(ts)]
        subprocess.run(cmd, cwd=ROOT, check=True)


def build(out_dir: Path | None = None) -> list[Path]:
    built = []
    for lang in LANGUAGES:
        ts = I18N / f"kiosk_{lang}.ts"
        qm = (out_dir or I18N) / f"kiosk_{lang}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
        )
        built.append(qm)
    return built


def untranslated(lang: str = "zh_CN") -> list[str]:
    tree = ET.parse(I18N / f"kiosk_{lang}.ts")
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None:
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else (translation.text or "")
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text.strip():
            missing.append(source)
    return missing


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    elif command == "check":
        missing = untranslated()
        for source in missing:
            print(f"untranslated (zh_CN): {source}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
