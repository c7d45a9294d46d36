"""Two people with their own plans and records (issue: "a second profile's reminders and
history never appear in the first's"). The whole app on a fake clock that starts on Monday
2 March 2026 at 10:00 in Berlin; wake-ups are driven by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from pytestqt.qtbot import QtBot

from coldcare.domain.localtime import resolve_local
from coldcare.domain.plan import ItemKind, PlanItem
from coldcare.domain.records import ClinicVisit, PainContext, PainRating, Profile, VisitFeeling
from coldcare.domain.settings import CHECKIN_REMINDER, CHECKIN_TIME
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from tests.ui.app_rig import BERLIN, LEFT_KNEE, Rig, started, with_profile

MONDAY = date(2026, 3, 2)
LOWER_BACK = BodySite.parse("lower-back")


@dataclass(frozen=True)
class Two:
    anna: Profile
    ben: Profile

    @property
    def anna_id(self) -> int:
        assert self.anna.id is not None
        return self.anna.id

    @property
    def ben_id(self) -> int:
        assert self.ben.id is not None
        return self.ben.id


def ice(profile_id: int, label: str, at: time, site: BodySite) -> PlanItem:
    return PlanItem(
        profile_id,
        ItemKind.COLD,
        label,
        frozenset(range(7)),
        at,
        MONDAY,
        site=site,
        modality=Modality.GEL_PACK,
        barrier=Barrier.DAMP_CLOTH,
        minutes=15,
    )


def two_people(rig: Rig, qtbot: QtBot) -> Two:
    """Anna (shown) plans her knee at 10:30, Ben his back at 10:20; each has a rating and a
    clinic visit of their own."""
    anna = with_profile(rig)
    ben = rig.app.repositories.profiles.save_profile(
        Profile("Ben", 1948, screening_answered_at=rig.clock.now())
    )
    two = Two(anna, ben)
    repositories = rig.app.repositories
    repositories.plan.save_plan(
        two.anna_id, [ice(two.anna_id, "Ice Anna's left knee", time(10, 30), LEFT_KNEE)]
    )
    repositories.plan.save_plan(
        two.ben_id, [ice(two.ben_id, "Ice Ben's lower back", time(10, 20), LOWER_BACK)]
    )
    earlier = rig.clock.now() - timedelta(hours=1)
    for person, value in ((two.anna_id, 3), (two.ben_id, 8)):
        repositories.pain.add_rating(PainRating(person, earlier, value, PainContext.DAILY))
        repositories.visits.add_visit(
            ClinicVisit(person, earlier - timedelta(days=1), 3, VisitFeeling.FINE)
        )
    started(rig, qtbot)
    return two


def today_plan(rig: Rig) -> list[str]:
    """Today's plan rows, as the time and the label."""
    return [row.accessibleName().split(",")[0] for row in rig.app.today.plan_card._rows]


def people_of_rows(rig: Rig) -> set[int]:
    """Whose records the "All records" table holds (by profile id)."""
    view = rig.app.history._records
    rows = view.shown_rows()  # type: ignore[union-attr]
    return {row.record.profile_id for row in rows if hasattr(row.record, "profile_id")}


def test_a_reminder_for_ben_names_him_and_never_shows_on_annas_today(
    rig: Rig, qtbot: QtBot
) -> None:
    two_people(rig, qtbot)
    assert today_plan(rig) == ["10:30  Ice Anna's left knee"]

    rig.wake.advance_to(resolve_local(MONDAY, time(10, 20), BERLIN))

    bar = rig.app.reminder_bar
    assert bar.reminder is not None
    assert bar.reminder.profile_name == "Ben"
    assert "Ben" in bar.whose.text()
    assert "Ice Ben's lower back" in bar.title.text()
    assert rig.app.window.switcher.text() == "Anna"
    assert today_plan(rig) == ["10:30  Ice Anna's left knee"]


def test_switching_shows_the_other_persons_plan_and_records_only(rig: Rig, qtbot: QtBot) -> None:
    two = two_people(rig, qtbot)
    rig.app.window.show_page("history")
    rig.app.history.tabs.setCurrentIndex(1)
    assert people_of_rows(rig) == {two.anna_id}
    assert "Anna" in rig.app.reports.intro.text()

    rig.app.state.set_profile(two.ben)

    assert people_of_rows(rig) == {two.ben_id}
    assert today_plan(rig) == ["10:20  Ice Ben's lower back"]
    assert [p.label for p in rig.app.plan_page.items()] == ["Ice Ben's lower back"]
    assert "Ben's records" in rig.app.reports.intro.text()
    assert "Anna" not in rig.app.reports.intro.text()
    assert rig.app.today.checkin_card.saved_text.text().startswith("Today: 8")

    rig.app.state.set_profile(two.anna)

    assert people_of_rows(rig) == {two.anna_id}
    assert today_plan(rig) == ["10:30  Ice Anna's left knee"]
    assert rig.app.today.checkin_card.saved_text.text().startswith("Today: 3")


def test_the_check_in_reminder_names_everyone_who_has_not_checked_in(
    rig: Rig, qtbot: QtBot
) -> None:
    two = two_people(rig, qtbot)
    carla = rig.app.repositories.profiles.save_profile(Profile("Carla", 1960))
    assert carla.id is not None
    settings = rig.app.repositories.settings
    settings.set(CHECKIN_REMINDER, True)
    settings.set(CHECKIN_TIME, time(19, 0))
    rig.app.checkin.rearm()
    day_after = MONDAY + timedelta(days=1)
    for person in (two.anna_id, carla.id):
        rig.app.repositories.pain.add_rating(
            PainRating(person, resolve_local(day_after, time(9), BERLIN), 2, PainContext.DAILY)
        )

    banner = rig.app.window.banner
    rig.wake.advance_to(resolve_local(MONDAY, time(19, 1), BERLIN))
    assert "Pain check-in for Carla." in banner.accessibleName()  # the others rated at 9:00
    rig.wake.advance_to(resolve_local(day_after, time(19, 1), BERLIN))
    assert "Pain check-in for Ben." in banner.accessibleName()
    rig.wake.advance_to(resolve_local(day_after + timedelta(days=1), time(19, 1), BERLIN))
    assert "Pain check-in for Anna, Ben and Carla." in banner.accessibleName()


def test_a_deleted_persons_wake_up_is_forgotten_and_reminds_nobody(rig: Rig, qtbot: QtBot) -> None:
    two = two_people(rig, qtbot)
    assert f"reminders:{two.ben_id}" in rig.wake.armed

    rig.app.repositories.profiles.delete_profile(two.ben_id)
    rig.wake.advance_to(resolve_local(MONDAY, time(10, 25), BERLIN))

    assert rig.app.reminder_bar.reminder is None
    assert f"reminders:{two.ben_id}" not in rig.wake.armed
    assert f"reminders:{two.anna_id}" in rig.wake.armed
