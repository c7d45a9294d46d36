"""Stored values read back into records: times at the edges of what a datetime holds, codes
that are almost right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coldcare.storage.database import Storage
from coldcare.storage.errors import InvalidRowError
from coldcare.storage.mapping import from_ms, to_ms
from coldcare.storage.migrations import execute
from tests.unit.storage.samples import read_everything, store_one_of_everything

FIRST = datetime.min.replace(tzinfo=UTC)
LAST = datetime.max.replace(tzinfo=UTC, microsecond=999_000)
MILLISECOND = timedelta(milliseconds=1)


@pytest.mark.parametrize("moment", [FIRST, LAST, datetime(2026, 3, 29, 1, 0, 0, 1000, UTC)])
def test_a_stored_time_reads_back_to_the_millisecond(moment: datetime) -> None:
    assert from_ms(to_ms(moment)) == moment


@pytest.mark.parametrize("value", [to_ms(FIRST) - 1, to_ms(LAST) + 1, 10**30, -(10**30)])
def test_a_time_beyond_the_years_1_to_9999_is_refused(value: int) -> None:
    with pytest.raises(ValueError, match=f"{value} is not a time in milliseconds: it is out of"):
        from_ms(value)


@pytest.mark.parametrize("value", [1.5, "1700000000000", None])
def test_a_time_that_is_not_whole_milliseconds_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="is not a time in milliseconds"):
        from_ms(value)


@pytest.mark.parametrize(
    ("table", "column", "code", "kind"),
    [
        ("skin_check", "look", "Normal", "SkinLook"),  # codes are lower case
        ("skin_check", "sensation", "normal", "Sensation"),  # a SkinLook code
        ("skin_check", "pain", " same", "PainChange"),
        ("pain_rating", "context", "BEFORE", "PainContext"),  # a member's name, not its code
    ],
)
def test_an_almost_right_code_names_its_table_and_row(
    storage: Storage, profile_id: int, table: str, column: str, code: str, kind: str
) -> None:
    store_one_of_everything(storage, profile_id)
    execute(storage.database, f'UPDATE "{table}" SET "{column}" = ?', (code,))

    with pytest.raises(InvalidRowError, match=f"of table '{table}'") as caught:
        read_everything(storage)

    assert f"{code!r} is not a valid {kind}" in str(caught.value)
