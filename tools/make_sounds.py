"""Generate ColdCare's alarm sounds into ``resources/sounds/`` (standard library only).

    python tools/make_sounds.py            write the WAV files
    python tools/make_sounds.py --check    exit 1 if the files on disk differ from what we make

The output is deterministic: the same script writes the same bytes, so the committed files can
be checked against it. Every sound is 16-bit mono PCM at 44.1 kHz. The tones sit between 390 Hz
and 800 Hz with a few quiet harmonics: low enough for ears that have lost the high notes, high
and rich enough to carry on small laptop speakers. Each note fades in and out (no clicks).

- ``end-chime.wav``: three rising bell-like notes (C5, E5, G5), about 1.5 s, near full scale.
- ``skin-check.wav``: a softer two-note prompt (G4, C5), about 0.9 s.
- ``reminder.wav``: a single gentle note (C5), about 0.7 s.
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 44100
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"

C5 = 523.25
E5 = 659.26
G5 = 783.99
G4 = 392.00
# Partials of a soft bell: the fundamental, then two quieter harmonics.
PARTIALS = ((1, 1.0), (2, 0.30), (3, 0.10))


def note(
    freq: float,
    seconds: float,
    *,
    attack: float = 0.02,
    release: float = 0.12,
    decay: float = 0.6,
) -> list[float]:
    """One note, peak 1.0: a raised-cosine fade-in, an exponential decay and a fade-out to 0."""
    count = round(seconds * RATE)
    attack_n = round(attack * RATE)
    release_n = round(release * RATE)
    norm = sum(weight for _, weight in PARTIALS)
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = math.exp(-t / decay)
        if i < attack_n:
            envelope *= 0.5 - 0.5 * math.cos(math.pi * i / attack_n)
        left = count - 1 - i
        if left < release_n:
            envelope *= 0.5 - 0.5 * math.cos(math.pi * left / release_n)
        wave_sum = sum(w * math.sin(2 * math.pi * k * freq * t) for k, w in PARTIALS)
        samples.append(envelope * wave_sum / norm)
    return samples


def mix(parts: list[tuple[float, float, list[float]]], seconds: float, peak: float) -> list[float]:
    """Lay (start in seconds, gain, note) on a silent track, then scale the whole to ``peak``."""
    track = [0.0] * round(seconds * RATE)
    for start, gain, samples in parts:
        offset = round(start * RATE)
        for i, value in enumerate(samples[: len(track) - offset]):
            track[offset + i] += gain * value
    loudest = max(abs(v) for v in track)
    return [v * peak / loudest for v in track]


def end_chime() -> list[float]:
    """Three rising notes, each ringing into the next: the end-of-session alarm.

    The later notes are made quieter because they sound over the tail of the one before: the
    three then peak at about the same loudness.
    """
    return mix(
        [
            (0.00, 1.0, note(C5, 0.65)),
            (0.42, 0.75, note(E5, 0.65)),
            (0.84, 0.75, note(G5, 0.66, decay=0.8)),
        ],
        seconds=1.5,
        peak=0.89,
    )


def skin_check() -> list[float]:
    """Two softer notes, rising: time to look at the skin."""
    soft = {"attack": 0.05, "release": 0.15, "decay": 0.5}
    return mix(
        [(0.00, 1.0, note(G4, 0.45, **soft)), (0.40, 1.0, note(C5, 0.50, **soft))],
        seconds=0.9,
        peak=0.6,
    )


def reminder() -> list[float]:
    """One gentle note: a planned session or exercise is due."""
    return mix(
        [(0.0, 1.0, note(C5, 0.7, attack=0.06, release=0.25, decay=0.5))], seconds=0.7, peak=0.5
    )


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "end-chime.wav": end_chime,
    "skin-check.wav": skin_check,
    "reminder.wav": reminder,
}


def wav_bytes(samples: list[float]) -> bytes:
    """16-bit mono 44.1 kHz PCM WAV file contents."""
    frames = struct.pack(f"<{len(samples)}h", *(round(v * 32767) for v in samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def render(name: str) -> bytes:
    """The bytes of one of :data:`SOUNDS`."""
    return wav_bytes(SOUNDS[name]())


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) every sound; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the WAV files")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    for name in SOUNDS:
        path: Path = args.out / name
        data = render(name)
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python tools/make_sounds.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
