"""Translation sources and builds.

    python scripts/i18n.py update   # extract qsTr()/tr() strings into i18n/*.ts (pyside6-lupdate)
    python scripts/i18n.py build    # compile i18n/*.ts into .qm files (pyside6-lrelease)
    python scripts/i18n.py check    # fail if a zh_CN string is untranslated or unfinished
    python scripts/i18n.py merge    # update, then fill translations from i18n/pending/*.tsv
                                    # ("English source<TAB>中文") and delete the merged files

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


def _set_translation(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def merge() -> list[str]:
    """Fill untranslated zh_CN entries from i18n/pending/*.tsv; English gets the source text."""
    update()
    pending: dict[str, str] = {}
    tsv_files = sorted((I18N / "pending").glob("*.tsv"))
    for tsv in tsv_files:
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                source, zh = line.split("\t", 1)
                pending[source.strip()] = zh.strip()
    for lang in LANGUAGES:
        path = I18N / f"kiosk_{lang}.ts"
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") is None
                and ((translation.text or "").strip() or translation.findall("numerusform"))
            )
            if done:
                continue
            if lang == "zh_CN" and source in pending:
                _set_translation(message, [pending[source]])
            elif lang == "en_US":
                _set_translation(message, [source, source])
        tree.write(path, encoding="utf-8", xml_declaration=True)
    missing = untranslated()
    # A pending line whose source is now in the .ts files is merged; keep the others (strings
    # not extracted yet, e.g. Python tables that a later QML screen will show).
    known = {m.findtext("source") or "" for m in ET.parse(I18N / "kiosk_zh_CN.ts").iter("message")}
    for tsv in tsv_files:
        lines = tsv.read_text(encoding="utf-8").splitlines()
        left = [ln for ln in lines if "\t" in ln and ln.split("\t", 1)[0].strip() not in known]
        if left:
            tsv.write_text("\n".join(left) + "\n", encoding="utf-8")
        else:
            tsv.unlink()
    return missing


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    elif command == "merge":
        for source in merge():
            print(f"still untranslated (zh_CN): {source}")
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
