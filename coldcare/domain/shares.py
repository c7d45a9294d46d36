"""A share said in whole per cent, as the History page and the reports print it."""

from __future__ import annotations

import math


def whole_percent(share: float) -> int:
    """``share`` (0 to 1) in whole per cent: a half rounds up (5 of 8 is 63 %, where Python's
    ``round`` says 62), and only all of it is 100 % and only none of it is 0 % (199 of 200 is
    99 %, 1 of 300 is 1 %), so a reader never takes "nearly all" for "all"."""
    percent = math.floor(share * 100 + 0.5)
    if percent >= 100 and share < 1:
        return 99
    if percent <= 0 < share:
        return 1
    return percent
