"""The FHIR R4 bundle: the structure R4 requires for these resources, the codes, the links."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from coldcare.domain.records import SessionState
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.fhir import SITE_CODES, bundle, fhir_bytes, write_fhir
from tests.unit.reports.samples import EXPORTED_AT, PEG, RATINGS, SESSIONS, sample_data

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
# research/measures.md §2a: the SNOMED CT body structures it gives.
RESEARCHED_SITES = {"72696002", "16982005", "45048000", "69536005", "264072009", "122496007"}
OBSERVATION_STATUSES = {"registered", "preliminary", "final", "amended"}
PROCEDURE_STATUSES = {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed"}


@pytest.fixture
def exported() -> dict[str, Any]:
    """The sample bundle as a receiving system reads it: parsed from the JSON text."""
    return json.loads(fhir_bytes(sample_data(), EXPORTED_AT))


def resources(found: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in found["entry"] if e["resource"]["resourceType"] == kind]


def with_code(found: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [r for r in resources(found, "Observation") if r["code"]["coding"][0]["code"] == code]


def walk(node: object, key: str) -> Iterator[Any]:
    """Every value stored under ``key`` anywhere in a JSON tree."""
    if isinstance(node, dict):
        for name, value in node.items():
            if name == key:
                yield value
            yield from walk(value, key)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item, key)


def test_it_is_an_r4_collection_of_uuid_entries(exported: dict[str, Any]) -> None:
    urls = [entry["fullUrl"] for entry in exported["entry"]]

    assert exported["resourceType"] == "Bundle"
    assert exported["type"] == "collection"
    assert exported["timestamp"] == "2026-04-06T12:00:00Z"
    assert all(URN_UUID.fullmatch(url) for url in urls)
    assert len(set(urls)) == len(urls)
    for entry in exported["entry"]:
        assert set(entry) == {"fullUrl", "resource"}  # no request or response in a collection
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"


def test_every_reference_resolves_inside_the_bundle(exported: dict[str, Any]) -> None:
    urls = {entry["fullUrl"] for entry in exported["entry"]}
    references = list(walk(exported, "reference"))

    assert len(references) > len(exported["entry"])  # subjects, partOf and derivedFrom
    assert set(references) <= urls


def test_it_holds_one_patient_and_every_record(exported: dict[str, Any]) -> None:
    counts = {
        kind: len(resources(exported, kind)) for kind in ("Patient", "Observation", "Procedure")
    }

    # 5 pain ratings + a PEG panel and its score; 3 sessions + 1 clinic visit.
    assert counts == {"Patient": 1, "Observation": 7, "Procedure": 4}
    (patient,) = resources(exported, "Patient")
    assert patient["name"] == [{"text": 'Margarethe "Grete" Müller'}]
    assert patient["birthDate"] == "1948"


def test_observations_follow_r4(exported: dict[str, Any]) -> None:
    patient = exported["entry"][0]["fullUrl"]
    for observation in resources(exported, "Observation"):
        assert observation["status"] in OBSERVATION_STATUSES
        assert observation["subject"] == {"reference": patient}
        assert DATE_TIME.fullmatch(observation["effectiveDateTime"])
        assert observation["category"][0]["coding"][0]["code"] == "survey"
        assert observation["code"]["coding"][0]["system"] == LOINC
        assert isinstance(observation.get("bodySite", {}), dict)  # 0..1 in an Observation
        # obs-6: a value or a reason it is absent; here always a value (or the components).
        assert ("valueQuantity" in observation) != ("component" in observation)


def test_pain_ratings_are_loinc_72514_3_scores(exported: dict[str, Any]) -> None:
    pains = with_code(exported, "72514-3")

    assert [p["valueQuantity"]["value"] for p in pains] == [r.value for r in RATINGS]
    for pain in pains:
        assert pain["valueQuantity"] | {"value": 0} == {
            "value": 0,
            "unit": "{score}",
            "system": UCUM,
            "code": "{score}",
        }
    assert pains[0]["effectiveDateTime"] == "2026-03-16T07:01:00Z"  # 08:01 in Berlin


def test_pain_body_sites_carry_a_snomed_code_where_one_is_known(exported: dict[str, Any]) -> None:
    before, _after, _follow_up, daily, exercise = with_code(exported, "72514-3")

    assert before["bodySite"] == {
        "coding": [{"system": SNOMED, "code": "72696002", "display": "Knee region structure"}],
        "text": "Left knee (front and inner side)",
    }
    assert exercise["bodySite"]["coding"][0]["code"] == "264072009"
    assert "bodySite" not in daily


def test_session_ratings_are_part_of_their_session(exported: dict[str, Any]) -> None:
    procedures = {r["id"]: r for r in resources(exported, "Procedure")}
    before, after, follow_up, daily, _exercise = with_code(exported, "72514-3")

    for rating in (before, after, follow_up):
        (part_of,) = rating["partOf"]
        session = procedures[part_of["reference"].removeprefix("urn:uuid:")]
        assert session["performedPeriod"]["start"] == "2026-03-16T07:02:00Z"
    assert "partOf" not in daily
    assert {"text": "-3 degrees outside"} in daily["note"]


def test_the_peg_is_a_panel_and_a_score_derived_from_it(exported: dict[str, Any]) -> None:
    (panel,) = with_code(exported, "91148-7")
    (score,) = with_code(exported, "91147-9")
    panel_url = f"urn:uuid:{panel['id']}"

    assert [c["valueQuantity"]["value"] for c in panel["component"]] == [
        PEG.pain,
        PEG.enjoyment,
        PEG.activity,
    ]
    for component in panel["component"]:
        assert component["code"]["text"]  # the item codes are unconfirmed: text only
        assert "coding" not in component["code"]
    assert score["valueQuantity"]["value"] == pytest.approx(4.67)
    assert score["derivedFrom"] == [{"reference": panel_url}]


def test_cold_sessions_are_cryotherapy_procedures(exported: dict[str, Any]) -> None:
    patient = exported["entry"][0]["fullUrl"]
    knee, back, wrist, visit = resources(exported, "Procedure")

    for procedure in (knee, back, wrist, visit):
        assert procedure["status"] in PROCEDURE_STATUSES
        assert procedure["subject"] == {"reference": patient}
        assert procedure["code"]["coding"] == [
            {"system": SNOMED, "code": "26782000", "display": "Cryotherapy"}
        ]
        assert procedure["code"]["text"]
        assert DATE_TIME.fullmatch(procedure["performedPeriod"]["start"])
        assert DATE_TIME.fullmatch(procedure["performedPeriod"]["end"])
    assert knee["code"]["text"] == "Cold therapy at home: Gel pack"
    assert knee["performedPeriod"] == {
        "start": "2026-03-16T07:02:00Z",
        "end": "2026-03-16T07:17:00Z",
    }
    assert [p["status"] for p in (knee, back, wrist)] == ["completed", "stopped", "stopped"]
    assert isinstance(knee["bodySite"], list)  # 0..* in a Procedure
    assert back["bodySite"][0]["coding"][0]["code"] == "264072009"
    assert wrist["bodySite"] == [{"text": "Right wrist and hand"}]  # no researched code
    assert "bodySite" not in visit


def test_a_running_session_is_in_progress_without_an_end() -> None:
    running = replace(SESSIONS[0], state=SessionState.RUNNING, removed_at=None, outcome=None)

    exported = bundle(replace(sample_data(), sessions=(running,)), EXPORTED_AT)
    (procedure, _visit) = resources(exported, "Procedure")

    assert procedure["status"] == "in-progress"
    assert procedure["performedPeriod"] == {"start": "2026-03-16T07:02:00Z"}
    assert "outcome" not in procedure


def test_every_code_comes_from_its_system(exported: dict[str, Any]) -> None:
    codings = [c for codings in walk(exported, "coding") for c in codings]
    by_system = {
        system: {c["code"] for c in codings if c["system"] == system} for system in (LOINC, SNOMED)
    }

    assert by_system[LOINC] == {"72514-3", "91148-7", "91147-9"}
    assert by_system[SNOMED] <= RESEARCHED_SITES | {"26782000"}
    assert {code for code, _display in SITE_CODES.values()} <= RESEARCHED_SITES


def test_the_same_data_gives_the_same_bundle() -> None:
    first = bundle(sample_data(), EXPORTED_AT)
    again = bundle(sample_data(), EXPORTED_AT)
    other_person = bundle(
        replace(sample_data(), profile=replace(sample_data().profile, id=2)), EXPORTED_AT
    )

    assert first == again
    assert not {e["fullUrl"] for e in first["entry"]} & {
        e["fullUrl"] for e in other_person["entry"]
    }


def test_texts_go_through_the_translator() -> None:
    german = {
        ("BodySite", "Left knee (front and inner side)"): "Linkes Knie (vorn und innen)",
        ("Report", "Cold therapy at home: {modality}"): "Kälteanwendung zu Hause: {modality}",
        ("Modality", "Gel pack"): "Gelkissen",
    }

    exported = bundle(
        sample_data(),
        EXPORTED_AT,
        translate=lambda context, text: german.get((context, text), text),
    )
    knee = resources(exported, "Procedure")[0]

    assert knee["bodySite"][0]["text"] == "Linkes Knie (vorn und innen)"
    assert knee["code"]["text"] == "Kälteanwendung zu Hause: Gelkissen"


def test_an_unsaved_record_cannot_be_exported() -> None:
    data = replace(sample_data(), ratings=(replace(RATINGS[0], id=None),))

    with pytest.raises(BadInputError, match="saved"):
        bundle(data, EXPORTED_AT)


def test_write_fhir_saves_the_json(tmp_path) -> None:
    target = tmp_path / "report.json"

    write_fhir(target, sample_data(), EXPORTED_AT)

    assert json.loads(target.read_text(encoding="utf-8")) == bundle(sample_data(), EXPORTED_AT)
