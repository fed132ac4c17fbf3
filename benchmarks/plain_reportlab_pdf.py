"""The baseline of bench_pdf.py: reportlab alone flowing a text file's paragraphs into a frame.

    python benchmarks/plain_reportlab_pdf.py IN.txt OUT.pdf FONT.ttc:INDEX [FONT:INDEX …]

What any program printing this text with these fonts must at least do: start Python,
import reportlab, parse the font files, wrap the paragraphs (reportlab's CJK wrap) and
write the PDF. The first font sets the paragraphs; the others are parsed as the real
program parses them (headings, title, page numbers).
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate


def main() -> int:
    source, out, *fonts = sys.argv[1:]
    for k, spec in enumerate(fonts):
        path, index = spec.rsplit(":", 1)
        pdfmetrics.registerFont(TTFont(f"F{k}", path, subfontIndex=int(index)))
    style = ParagraphStyle("body", fontName="F0", fontSize=15.8, leading=28.95, wordWrap="CJK",
                           firstLineIndent=31.6)
    doc = SimpleDocTemplate(out, pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm,
                            leftMargin=28 * mm, rightMargin=26 * mm)
    with open(source, encoding="utf-8") as f:
        story = [Paragraph(line.strip(), style) for line in f if line.strip()]
    doc.build(story)
    return 0


if __name__ == "__main__":
    sys.exit(main())
