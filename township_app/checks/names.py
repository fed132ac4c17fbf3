"""How alike two names of a figure are: 护理补贴 / 重度残疾人护理补贴 share a run of four characters.

Rules pair a figure with the one named most like it (an amount paid with the count of the same
benefit, a change with its level a sentence before, a restated fact with its first statement);
they all measure likeness here, by the longest run of characters the two names share.
"""
from __future__ import annotations


def common_run(a: str, b: str) -> int:
    """Length of the longest run of characters a and b share (护理补贴 / 重度残疾人护理补贴: 4)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best
