"""A report period as an HL7 FHIR R4 (4.0.1) Bundle of type ``collection``, as plain JSON.

Resources (research/measures.md §2):

* ``Patient``: the name as entered, the birth year.
* Pain ratings: ``Observation`` LOINC 72514-3 (pain severity 0–10, reported), category
  ``survey``, ``valueQuantity`` with the UCUM unit ``{score}``, ``bodySite`` when a site was
  given, ``partOf`` the session's ``Procedure`` for ratings before and after a session.
* PEG: an ``Observation`` LOINC 91148-7 (the PEG panel) with the three answers as components,
  and an ``Observation`` LOINC 91147-9 (the mean score) ``derivedFrom`` the panel. The item
  codes seen for the three answers come from one third-party source and disagree for the first
  item, so the components carry text only.
* Cold sessions and clinic visits: ``Procedure`` SNOMED CT 26782000 (cryotherapy; the concept
  is broad, so ``code.text`` says what was done), ``performedPeriod``, ``bodySite``.

Body sites carry a SNOMED CT code only where measures.md gives one for the region (the code is
the region; the side and the exact place are in ``text``); other sites carry text only.
Every ``fullUrl`` is a ``urn:uuid`` derived from the record's id
(:meth:`~coldcare.reports.dataset.ReportData.record_uuid`), so the same data gives the same
bundle. Written by hand rather than with a FHIR library: five resource types do not need one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.records import (
    PAIN_CONTEXT_NAMES,
    ClinicVisit,
    PainContext,
    PainRating,
    SessionRecord,
    SessionState,
)
from coldcare.domain.session import Outcome
from coldcare.domain.vocabulary import BODY_SITE_NAMES, MODALITY_NAMES, BodySite, Site
from coldcare.reports.dataset import ReportData, Translate
from coldcare.reports.files import write_atomically

Json = dict[str, Any]

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

PAIN_NRS = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
PEG_PANEL = "91148-7"
PEG_SCORE = ("91147-9", "Mean score [PEG]")
CRYOTHERAPY = ("26782000", "Cryotherapy")

# SNOMED CT body structures from research/measures.md §2a; sites not listed carry text only.
_HEAD = ("69536005", "Head structure")
_NECK = ("45048000", "Neck structure")
_KNEE = ("72696002", "Knee region structure")
SITE_CODES: dict[Site, tuple[str, str]] = {
    Site.FOREHEAD_TEMPLES: _HEAD,
    Site.JAW: _HEAD,
    Site.NECK_BACK: _NECK,
    Site.NECK_FRONT: _NECK,
    Site.SHOULDER: ("16982005", "Shoulder region structure"),
    Site.LOWER_BACK: ("264072009", "Structure of surface region of lower back"),
    Site.KNEE: _KNEE,
    Site.KNEE_OUTER: _KNEE,
}

_PAIN_TEXT = QT_TRANSLATE_NOOP("Report", "Pain now (0 = no pain, 10 = worst pain imaginable)")
_PEG_TEXT = QT_TRANSLATE_NOOP(
    "Report", "PEG: pain, enjoyment of life and general activity in the past week"
)
_PEG_SCORE_TEXT = QT_TRANSLATE_NOOP("Report", "PEG score (mean of the three answers, 0–10)")
_PEG_ITEMS = (
    ("pain", QT_TRANSLATE_NOOP("Report", "Average pain in the past week (0–10)")),
    ("enjoyment", QT_TRANSLATE_NOOP("Report", "Pain got in the way of enjoying life (0–10)")),
    ("activity", QT_TRANSLATE_NOOP("Report", "Pain got in the way of general activity (0–10)")),
)
_SESSION_TEXT = QT_TRANSLATE_NOOP("Report", "Cold therapy at home: {modality}")
_VISIT_TEXT = QT_TRANSLATE_NOOP("Report", "Whole-body cryotherapy at a clinic")
_OUTCOME_TEXT: dict[Outcome, str] = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("Report", "Completed as planned"),
    Outcome.STOPPED_EARLY: QT_TRANSLATE_NOOP("Report", "Stopped early"),
    Outcome.STOPPED_FOR_SIGN: QT_TRANSLATE_NOOP("Report", "Stopped because of a warning sign"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("Report", "Interrupted (the app closed)"),
}


def bundle(
    data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> Json:
    """The period as a FHIR R4 ``collection`` Bundle (a JSON-ready dict)."""
    return _Builder(data, translate).bundle(exported_at)


def fhir_bytes(
    data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> bytes:
    """The bundle as UTF-8 JSON text."""
    text = json.dumps(bundle(data, exported_at, translate=translate), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def write_fhir(
    path: Path, data: ReportData, exported_at: datetime, *, translate: Translate = QT_TRANSLATE_NOOP
) -> None:
    """Save the bundle to ``path`` atomically (``ExportWriteError`` when it cannot be saved)."""
    write_atomically(path, fhir_bytes(data, exported_at, translate=translate))


def instant(when: datetime) -> str:
    """A FHIR ``instant``/``dateTime`` in UTC, to the second."""
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def coding(system: str, code: str, display: str) -> Json:
    """One ``Coding``."""
    return {"system": system, "code": code, "display": display}


def score(value: float) -> Json:
    """A 0–10 score as a ``Quantity`` in UCUM's ``{score}``."""
    return {"value": value, "unit": "{score}", "system": UCUM, "code": "{score}"}


class _Builder:
    """Builds the entries of one bundle."""

    def __init__(self, data: ReportData, translate: Translate) -> None:
        self.data = data
        self.tr = translate
        self.patient = self._url("patient", data.profile.id)
        self.sessions = {s.id: self._url("session", s.id) for s in data.sessions}

    def bundle(self, exported_at: datetime) -> Json:
        return {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": instant(exported_at),
            "entry": [{"fullUrl": url, "resource": resource} for url, resource in self._entries()],
        }

    def _entries(self) -> Iterator[tuple[str, Json]]:
        data = self.data
        yield self._resource(self.patient, self._patient())
        for session in data.sessions:
            yield self._resource(self.sessions[session.id], self._session(session))
        for visit in data.visits:
            yield self._resource(self._url("clinic-visit", visit.id), self._visit(visit))
        for rating in data.ratings:
            yield self._resource(self._url("pain", rating.id), self._rating(rating))
        for peg in data.pegs:
            panel = self._url("peg", peg.id)
            yield self._resource(panel, self._peg_panel(peg))
            yield self._resource(self._url("peg-score", peg.id), self._peg_score(peg, panel))

    # ------------------------------------------------------------------ plumbing

    def _url(self, kind: str, record_id: int | None) -> str:
        return f"urn:uuid:{self.data.record_uuid(kind, record_id)}"

    @staticmethod
    def _resource(url: str, resource: Json) -> tuple[str, Json]:
        resource_type = resource.pop("resourceType")
        return url, {"resourceType": resource_type, "id": url.removeprefix("urn:uuid:"), **resource}

    def _subject(self) -> Json:
        return {"reference": self.patient}

    def _body_site(self, site: BodySite) -> Json:
        concept: Json = {}
        if site.site in SITE_CODES:
            concept["coding"] = [coding(SNOMED, *SITE_CODES[site.site])]
        concept["text"] = self.tr("BodySite", BODY_SITE_NAMES[site.code])
        return concept

    @staticmethod
    def _notes(*texts: str) -> Json:
        notes = [{"text": text} for text in texts if text.strip()]
        return {"note": notes} if notes else {}

    def _survey(self, code: Json, when: datetime) -> Json:
        """The start every Observation here shares."""
        return {
            "resourceType": "Observation",
            "status": "final",
            "category": [
                {"coding": [coding(OBSERVATION_CATEGORY, "survey", "Survey")], "text": "Survey"}
            ],
            "code": code,
            "subject": self._subject(),
            "effectiveDateTime": instant(when),
        }

    # ------------------------------------------------------------------ resources

    def _patient(self) -> Json:
        profile = self.data.profile
        return {
            "resourceType": "Patient",
            "name": [{"text": profile.name}],
            "birthDate": f"{profile.birth_year:04d}",
        }

    def _procedure(self, text: str, start: datetime, end: datetime | None) -> Json:
        period = {"start": instant(start)} | ({"end": instant(end)} if end else {})
        return {
            "resourceType": "Procedure",
            "status": "completed",
            "code": {"coding": [coding(SNOMED, *CRYOTHERAPY)], "text": text},
            "subject": self._subject(),
            "performedPeriod": period,
        }

    def _session(self, session: SessionRecord) -> Json:
        modality = self.tr("Modality", MODALITY_NAMES[session.modality])
        text = self.tr("Report", _SESSION_TEXT).format(modality=modality)
        procedure = self._procedure(text, session.started_at, session.removed_at)
        if session.state is SessionState.RUNNING:
            procedure["status"] = "in-progress"
        elif session.outcome not in (None, Outcome.COMPLETED):
            procedure["status"] = "stopped"
        procedure["bodySite"] = [self._body_site(session.site)]
        if session.outcome is not None:
            procedure["outcome"] = {"text": self.tr("Report", _OUTCOME_TEXT[session.outcome])}
        return procedure | self._notes(session.note)

    def _visit(self, visit: ClinicVisit) -> Json:
        end = visit.visited_at + timedelta(minutes=visit.minutes)
        procedure = self._procedure(self.tr("Report", _VISIT_TEXT), visit.visited_at, end)
        return procedure | self._notes(visit.note)

    def _rating(self, rating: PainRating) -> Json:
        code = {"coding": [coding(LOINC, *PAIN_NRS)], "text": self.tr("Report", _PAIN_TEXT)}
        observation = self._survey(code, rating.rated_at)
        if rating.session_id in self.sessions and rating.context in (
            PainContext.BEFORE,
            PainContext.AFTER,
            PainContext.FOLLOW_UP,
        ):
            observation["partOf"] = [{"reference": self.sessions[rating.session_id]}]
        observation["valueQuantity"] = score(rating.value)
        if rating.site is not None:
            observation["bodySite"] = self._body_site(rating.site)
        context = self.tr("PainContext", PAIN_CONTEXT_NAMES[rating.context])
        return observation | self._notes(context, rating.note)

    def _peg_panel(self, peg: PegResponse) -> Json:
        code = {
            "coding": [{"system": LOINC, "code": PEG_PANEL}],
            "text": self.tr("Report", _PEG_TEXT),
        }
        observation = self._survey(code, peg.answered_at)
        observation["component"] = [
            {"code": {"text": self.tr("Report", text)}, "valueQuantity": score(getattr(peg, item))}
            for item, text in _PEG_ITEMS
        ]
        return observation | self._notes(peg.note)

    def _peg_score(self, peg: PegResponse, panel: str) -> Json:
        code = {"coding": [coding(LOINC, *PEG_SCORE)], "text": self.tr("Report", _PEG_SCORE_TEXT)}
        observation = self._survey(code, peg.answered_at)
        observation["valueQuantity"] = score(round(peg.score, 2))
        observation["derivedFrom"] = [{"reference": panel}]
        return observation
