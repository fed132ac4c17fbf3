"""Draw the program icon: resources/icons/app.png (256 px) and app.ico (16–256 px).

A red-headed official document (红头文件) with text lines and a green check: what
the program writes and checks. Drawn with QPainter so it needs no font and no
image library beyond PySide6; the .ico holds PNG images, which Windows Vista and
later read. Run again after changing the drawing:

    python scripts/make_icon.py
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = QColor("#C8161D")  # the red of official document headers


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(size / 256, size / 256)  # draw on a 256 grid

    # the sheet of paper, with a soft shadow
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(0, 0, 0, 50))
    p.drawRoundedRect(QRectF(44, 22, 176, 224), 14, 14)
    p.setBrush(QColor("#FFFFFF"))
    p.setPen(QPen(QColor("#9AA3AD"), 4))
    p.drawRoundedRect(QRectF(36, 14, 176, 224), 14, 14)

    # red header band and the red rule under it
    p.setPen(Qt.NoPen)
    p.setBrush(RED)
    p.drawRoundedRect(QRectF(60, 36, 128, 30), 6, 6)
    p.drawRect(QRectF(56, 78, 136, 6))

    # text lines (thicker at small sizes so they stay visible)
    line = 10 if size <= 32 else 8
    p.setBrush(QColor("#5B6570"))
    for i, width in enumerate((120, 136, 110, 136, 80)):
        p.drawRoundedRect(QRectF(56, 100 + i * 24, width, line), line / 2, line / 2)

    # green check in a white disc, bottom right
    p.setBrush(QColor("#FFFFFF"))
    p.setPen(QPen(QColor("#1E8E3E"), 8))
    p.drawEllipse(QPointF(186, 196), 50, 50)
    check = QPainterPath(QPointF(162, 196))
    check.lineTo(181, 216)
    check.lineTo(214, 176)
    p.setBrush(Qt.NoBrush)
    p.setPen(QPen(QColor("#1E8E3E"), 16, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG images (size 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts/paint)
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICON_DIR / "app.png").write_bytes(pngs[256])
    (ICON_DIR / "app.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICON_DIR / 'app.png'} and {ICON_DIR / 'app.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
