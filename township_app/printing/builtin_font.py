"""reportlab's built-in Chinese CID font, STSong-Light: what it can show and how it is named.

Used when the machine has no embeddable Chinese font. Nothing is embedded: the PDF
names the font and the reader draws the text with its own Song face (Adobe-GB1
glyphs). reportlab sends the text as UTF-16 through the UniGB-UCS2-H CMap, so a
character the CMap does not map reaches the reader as CID 0 (nothing or a box) —
GBK membership is not the test. `·` (U+00B7) is the one everyday case: the CMap maps
the GB middle dot (CID 99) from U+30FB only, so it is sent under that code.

The PDF's font descriptor carries the same name as the font (reportlab writes
"STSongStd-Light" there), so the PDF, the print dialog and the log agree; and it
states the ideographic em box (880 / -120) the reader's Song face draws in and the
layout hangs the characters from, where reportlab's 752 / -271 made every reader's
text box (pdfminer, poppler) sit 0.15 em off the grid.
"""
from __future__ import annotations

import copy
from bisect import bisect_right

from reportlab.pdfbase.cidfonts import CIDFontInfo, UnicodeCIDFont, structToPDF

NAME = "STSong-Light"
#: top and bottom of the Adobe-GB1 ideographic em box, in em
EM_ASCENT = 0.88
EM_DESCENT = -0.12

#: code points UniGB-UCS2-H maps to a CID (inclusive ranges), from Adobe's CMap
#: (adobe-type-tools/cmap-resources, BSD-3-Clause); tests compare it with pdfminer's copy
UNIGB_UCS2_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E), (0x00A4, 0x00A5), (0x00A7, 0x00A8), (0x00B0, 0x00B1), (0x00D7, 0x00D7),
    (0x00E0, 0x00E1), (0x00E8, 0x00EA), (0x00EC, 0x00ED), (0x00F2, 0x00F3), (0x00F7, 0x00F7),
    (0x00F9, 0x00FA), (0x00FC, 0x00FC), (0x0101, 0x0101), (0x0113, 0x0113), (0x011B, 0x011B),
    (0x012B, 0x012B), (0x014D, 0x014D), (0x016B, 0x016B), (0x01CE, 0x01CE), (0x01D0, 0x01D0),
    (0x01D2, 0x01D2), (0x01D4, 0x01D4), (0x01D6, 0x01D6), (0x01D8, 0x01D8), (0x01DA, 0x01DA),
    (0x01DC, 0x01DC), (0x01F9, 0x01F9), (0x02C7, 0x02C7), (0x02C9, 0x02CB), (0x02D9, 0x02D9),
    (0x0391, 0x03A1), (0x03A3, 0x03A9), (0x03B1, 0x03C1), (0x03C3, 0x03C9), (0x0401, 0x0401),
    (0x0410, 0x044F), (0x0451, 0x0451), (0x1E3F, 0x1E3F), (0x2010, 0x2010), (0x2013, 0x2016),
    (0x2018, 0x2019), (0x201C, 0x201D), (0x2025, 0x2026), (0x2030, 0x2030), (0x2032, 0x2033),
    (0x2035, 0x2035), (0x203B, 0x203B), (0x20AC, 0x20AC), (0x2103, 0x2103), (0x2105, 0x2105),
    (0x2109, 0x2109), (0x2116, 0x2116), (0x2121, 0x2121), (0x2160, 0x216B), (0x2170, 0x2179),
    (0x2190, 0x2193), (0x2196, 0x2199), (0x2208, 0x2208), (0x220F, 0x220F), (0x2211, 0x2211),
    (0x2215, 0x2215), (0x221A, 0x221A), (0x221D, 0x2220), (0x2223, 0x2223), (0x2225, 0x2225),
    (0x2227, 0x222B), (0x222E, 0x222E), (0x2234, 0x2237), (0x223D, 0x223D), (0x2248, 0x2248),
    (0x224C, 0x224C), (0x2252, 0x2252), (0x2260, 0x2261), (0x2264, 0x2267), (0x226E, 0x226F),
    (0x2295, 0x2295), (0x2299, 0x2299), (0x22A5, 0x22A5), (0x22BF, 0x22BF), (0x22EF, 0x22EF),
    (0x2312, 0x2312), (0x2460, 0x2469), (0x2474, 0x249B), (0x2500, 0x254B), (0x2550, 0x2573),
    (0x2581, 0x258F), (0x2593, 0x2595), (0x25A0, 0x25A1), (0x25B2, 0x25B3), (0x25BC, 0x25BD),
    (0x25C6, 0x25C7), (0x25CB, 0x25CB), (0x25CE, 0x25CF), (0x25E2, 0x25E5), (0x2605, 0x2606),
    (0x2609, 0x2609), (0x2640, 0x2640), (0x2642, 0x2642), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB), (0x3000, 0x3003), (0x3005, 0x3017), (0x301D, 0x301E),
    (0x3021, 0x3029), (0x3033, 0x3035), (0x3038, 0x303A), (0x303E, 0x303F), (0x3041, 0x3094),
    (0x309B, 0x309E), (0x30A1, 0x30FE), (0x3105, 0x312C), (0x31A0, 0x31B7), (0x3220, 0x3229),
    (0x3231, 0x3231), (0x32A3, 0x32A3), (0x338E, 0x338F), (0x339C, 0x339E), (0x33A1, 0x33A1),
    (0x33C4, 0x33C4), (0x33CE, 0x33CE), (0x33D1, 0x33D2), (0x33D5, 0x33D5), (0x3400, 0x4DB5),
    (0x4E00, 0x9FA5), (0xE816, 0xE818), (0xE81E, 0xE81E), (0xE826, 0xE826), (0xE82B, 0xE82C),
    (0xE831, 0xE832), (0xE83B, 0xE83B), (0xE843, 0xE843), (0xE854, 0xE855), (0xE864, 0xE864),
    (0xF92C, 0xF92C), (0xFA0D, 0xFA0F), (0xFA11, 0xFA11), (0xFA13, 0xFA14), (0xFA18, 0xFA18),
    (0xFA1F, 0xFA21), (0xFA23, 0xFA24), (0xFA27, 0xFA29), (0xFE30, 0xFE30), (0xFE49, 0xFE52),
    (0xFE54, 0xFE57), (0xFE59, 0xFE66), (0xFE68, 0xFE6B), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE5),
)
_STARTS = tuple(a for a, _ in UNIGB_UCS2_RANGES)

#: characters sent under another code that the CMap maps to their glyph
#: (CID 99, whose Unicode in Adobe-GB1 is U+00B7, is reached from U+30FB only)
SENT_AS = {"\u00b7": "\u30fb"}


def in_cmap(ch: str) -> bool:
    """Whether UniGB-UCS2-H maps ch to a glyph (BMP only: the CMap has no surrogate pairs)."""
    cp = ord(ch)
    k = bisect_right(_STARTS, cp) - 1
    return k >= 0 and UNIGB_UCS2_RANGES[k][0] <= cp <= UNIGB_UCS2_RANGES[k][1]


def can_show(ch: str) -> bool:
    return ch in SENT_AS or in_cmap(ch)


class BuiltinCIDFont(UnicodeCIDFont):
    """STSong-Light with the aliases applied and one name throughout the PDF."""

    def __init__(self):
        super().__init__(NAME)
        self._sent_as = str.maketrans(SENT_AS)

    def formatForPdf(self, text):
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return super().formatForPdf(text.translate(self._sent_as))

    def addObjects(self, doc):
        """reportlab's addObjects on a copy of its font dictionary, the descriptor's FontName
        set to the font's BaseFont (as the PDF standard requires, 9.8.1), its Ascent and
        Descent to the em box."""
        internal = "F" + repr(len(doc.fontMapping) + 1)
        font = copy.deepcopy(CIDFontInfo[self.face.name])
        font["Name"] = "/" + internal
        font["Encoding"] = "/" + self.encodingName
        for descendant in font["DescendantFonts"]:
            descriptor = descendant["FontDescriptor"]
            descriptor["FontName"] = descendant["BaseFont"]
            descriptor["Ascent"] = round(EM_ASCENT * 1000)
            descriptor["Descent"] = round(EM_DESCENT * 1000)
        ref = doc.Reference(structToPDF(font), internal)
        doc.idToObject["BasicFonts"].dict[internal] = ref
        doc.fontMapping[self.name] = "/" + internal
