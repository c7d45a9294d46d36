"""One line per benchmark: its figure, the reference measured in the same run, the ratio, the
target and whether it was met; printed as the run goes and written as a Markdown table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """A benchmark's outcome. ``target`` bounds the ratio when ``target_on_ratio``, else the
    figure; without a target the row only reports (``met`` is ``None``)."""

    name: str
    figure: float
    unit: str
    what: str
    target: float | None = None
    reference: float | None = None
    reference_what: str = ""
    target_on_ratio: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Figure over reference, when there is a reference above zero."""
        if self.reference is None or self.reference <= 0:
            return None
        return self.figure / self.reference

    @property
    def met(self) -> bool | None:
        """Whether the target was met (``None``: no target)."""
        if self.target is None:
            return None
        bounded = self.ratio if self.target_on_ratio else self.figure
        return bounded is not None and bounded <= self.target

    def target_text(self) -> str:
        """The target as the table shows it."""
        if self.target is None:
            return "—"
        if self.target_on_ratio:
            return f"≤ {self.target:g}×"
        return f"≤ {_amount(self.target, self.unit)}"


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g} {unit}"


def _verdict(met: bool | None) -> str:
    return {None: "—", True: "yes", False: "NO"}[met]


def line(row: Row) -> str:
    """The row as the run prints it (two lines when there is a reference)."""
    text = (
        f"{row.name:<15} {_amount(row.figure, row.unit):>11}  target {row.target_text():<10} "
        f"{_verdict(row.met):<4} {row.what}"
    )
    if row.reference is not None:
        ratio = f", ×{row.ratio:.2f}" if row.ratio is not None else ""
        text += f"\n{'':<15} {_amount(row.reference, row.unit):>11}  reference{ratio}: "
        text += row.reference_what
    if row.note:
        text += f"\n{'':<15} {row.note}"
    return text


def markdown(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (benchmark, figure, reference, ratio, target, met?)."""
    lines = [
        "| Benchmark | Figure | Reference | Ratio | Target | Met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        reference = "—" if row.reference is None else _amount(row.reference, row.unit)
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        lines.append(
            f"| {row.name}: {row.what} | {_amount(row.figure, row.unit)} | {reference} | "
            f"{ratio} | {row.target_text()} | {_verdict(row.met)} |"
        )
    return "\n".join(lines) + "\n"


def write_markdown(rows: Sequence[Row], path: Path) -> None:
    """Write the table to ``path`` (for bench/RESULTS.md)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(rows), encoding="utf-8")
