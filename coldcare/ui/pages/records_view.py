"""The records table of the History page: every record of the chosen period, to filter,
correct and delete (with undo).

One row per record: cold sessions, skin checks, pain ratings, PEG answers, warning signs,
exercises done and clinic visits, newest first. Each row says when (in the person's time
zone), what kind, where, what in a few plain words ("Gel pack, 15 min, pain 6 → 3"), the note,
and "Edited" (icon and word) for a safety record changed afterwards.

Filters: the kind, the place and a text search; a line says how many records show. A record is
changed in its own dialog (``record_dialogs``) and deleted at once, with an undo bar that
stays until the next deletion or until another period or profile is shown (no time limit).
A safety record asks before it is deleted; a session takes its skin checks, pain ratings and
follow-up with it. With a caregiver PIN set, deleting asks for it first (changing does not: a
correction keeps the record, and a safety record's change is audited). The History page
re-reads the period after ``changed`` and calls :meth:`RecordsView.show_data` again; the
filters and the chosen record stay.

Keyboard: Tab goes filters → table → buttons; in the table Enter changes the chosen record and
Delete deletes it; Ctrl+Z anywhere in the view undoes the last deletion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from itertools import pairwise

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.audit import AuditedRecord, CannotRestoreError, DeletedRecord, RecordKind
from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.exercises import ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    PainContext,
    PainRating,
    SessionRecord,
    SessionState,
    SkinCheck,
)
from coldcare.reports.dataset import ReportData
from coldcare.ui import icons
from coldcare.ui.dialogs_exercise import region_name
from coldcare.ui.i18n import translate
from coldcare.ui.pages.record_dialogs import (
    ChangeHistoryDialog,
    kind_name,
    pain_change_words,
    sign_words,
    site_name,
    symptom_words,
    when_text,
)
from coldcare.ui.pages.record_dialogs import edit_dialog as make_edit_dialog
from coldcare.ui.pin_gate import asking_first
from coldcare.ui.plan_words import exercise_name
from coldcare.ui.sentence_words import (
    effort_in_sentence,
    feeling_in_sentence,
    look_in_sentence,
    pain_context_in_sentence,
    sensation_in_sentence,
)
from coldcare.ui.state import AppState
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    ask_before,
    button,
    delete_when_finished,
    field_label,
    muted,
    scrolling,
)
from coldcare.ui.widgets.nrs_scale import value_words

SORT_ROLE = Qt.ItemDataRole.UserRole
EDITED_ICON = "info"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Column(IntEnum):
    """The table's columns, in order."""

    WHEN = 0
    KIND = 1
    WHAT = 2
    PLACE = 3
    EDITED = 4
    NOTE = 5


# Starting widths at 100 % text (the person can drag them); the note takes the rest.
_COLUMN_WIDTHS = {Column.KIND: 140, Column.PLACE: 170, Column.WHAT: 270}


def _column_titles() -> dict[Column, str]:
    return {
        Column.WHEN: translate("Records", "When"),
        Column.KIND: translate("Records", "Kind"),
        Column.PLACE: translate("Records", "Where"),
        Column.WHAT: translate("Records", "What"),
        Column.NOTE: translate("Records", "Note"),
        Column.EDITED: translate("Records", "Changed"),
    }


# ------------------------------------------------------------------ rows


@dataclass(frozen=True)
class RecordRow:
    """One record as the table shows it."""

    kind: RecordKind
    record: AuditedRecord
    when: datetime
    when_label: str
    place: str
    what: str
    note: str
    edited: bool
    running: bool = False

    @property
    def key(self) -> tuple[RecordKind, int]:
        """What names the record across re-reads: its kind and id."""
        return (self.kind, self.record.id or 0)

    @property
    def summary(self) -> str:
        """The record in one line: "Pain rating, 2 March 2026, 09:00: 6 — moderate"."""
        return translate("Records", "{kind}, {when}: {what}").format(
            kind=kind_name(self.kind), when=self.when_label, what=self.what
        )

    def texts(self) -> dict[Column, str]:
        """The words in each column."""
        return {
            Column.WHEN: self.when_label,
            Column.KIND: kind_name(self.kind),
            Column.PLACE: self.place,
            Column.WHAT: self.what,
            Column.NOTE: self.note,
            Column.EDITED: translate("Records", "Edited") if self.edited else "",
        }

    def sort_key(self, column: Column) -> object:
        """What the column sorts by (times by the instant, words without case)."""
        if column is Column.WHEN:
            return (self.when - _EPOCH).total_seconds()
        if column is Column.EDITED:
            return int(self.edited)
        return self.texts()[column].casefold()


class _RowMaker:
    """Builds the rows of one period's records (words in the person's language)."""

    def __init__(self, data: ReportData, locale: QLocale) -> None:
        self._data = data
        self._locale = locale
        self._pain: dict[tuple[int, PainContext], int] = {
            (r.session_id, r.context): r.value for r in data.ratings if r.session_id is not None
        }

    def rows(self) -> list[RecordRow]:
        data = self._data
        made = [self._session(s) for s in data.sessions]
        made += [
            self._skin_check(session, check)
            for session in data.sessions
            for check in data.skin_checks.get(session.id or 0, ())
        ]
        made += [self._rating(r) for r in data.ratings]
        made += [self._peg(p) for p in data.pegs]
        made += [self._event(e) for e in data.events]
        made += [self._completion(c) for c in data.completions]
        made += [self._visit(v) for v in data.visits]
        return made

    def _row(
        self,
        kind: RecordKind,
        record: AuditedRecord,
        when: datetime,
        what: str,
        place: str = "",
        note: str = "",
        running: bool = False,
    ) -> RecordRow:
        return RecordRow(
            kind,
            record,
            when,
            when_text(when, self._data.period.tz, self._locale),
            place,
            what,
            " ".join(note.split()),
            self._data.is_edited(kind, record.id),
            running,
        )

    def _session(self, session: SessionRecord) -> RecordRow:
        modality = translate("Modality", session.modality.display_name)
        running = session.state is SessionState.RUNNING
        cold = session.cold_minutes
        if running or cold is None:
            parts = [modality, translate("Records", "still running")]
        else:
            minutes = round(cold)
            parts = [modality, translate("Records", "{minutes} min").format(minutes=minutes)]
        sid = session.id or 0
        before, after = (
            self._pain.get((sid, PainContext.BEFORE)),
            self._pain.get((sid, PainContext.AFTER)),
        )
        if before is not None and after is not None:
            parts.append(translate("Records", "pain {before} → {after}").format(
                before=before, after=after))  # fmt: skip
        elif before is not None:
            parts.append(translate("Records", "pain before {before}").format(before=before))
        what = ", ".join(parts)
        return self._row(
            RecordKind.SESSION, session, session.started_at, what, site_name(session.site),
            session.note, running,
        )  # fmt: skip

    def _skin_check(self, session: SessionRecord, check: SkinCheck) -> RecordRow:
        parts = [
            translate("Records", "Check {number}: skin {look}").format(
                number=check.number, look=look_in_sentence(check.look)
            ),
            sensation_in_sentence(check.sensation),
            pain_change_words(check.pain),
            *(symptom_words(s) for s in sorted(check.symptoms)),
        ]
        what, place = ", ".join(parts), site_name(session.site)
        return self._row(RecordKind.SKIN_CHECK, check, check.answered_at, what, place)

    def _rating(self, rating: PainRating) -> RecordRow:
        what = translate("Records", "{value} ({context})").format(
            value=value_words(rating.value),
            context=pain_context_in_sentence(rating.context),
        )
        place = site_name(rating.site) if rating.site is not None else ""
        return self._row(RecordKind.PAIN_RATING, rating, rating.rated_at, what, place, rating.note)

    def _peg(self, peg: PegResponse) -> RecordRow:
        what = translate(
            "Records", "Pain {pain}, enjoyment of life {enjoyment}, activity {activity}"
        ).format(pain=peg.pain, enjoyment=peg.enjoyment, activity=peg.activity)
        return self._row(RecordKind.PEG, peg, peg.answered_at, what, note=peg.note)

    def _event(self, event: AdverseEvent) -> RecordRow:
        signs = [sign_words(s) for s in sorted(event.signs)]
        what = ", ".join(signs) if signs else translate("Records", "Stopped with the stop button")
        place = site_name(event.site) if event.site is not None else ""
        return self._row(
            RecordKind.ADVERSE_EVENT, event, event.occurred_at, what, place, event.note
        )

    def _completion(self, done: ExerciseCompletion) -> RecordRow:
        exercise = self._data.exercises.get(done.exercise_id)
        name = exercise_name(exercise) if exercise else translate("Records", "An exercise")
        parts = [
            name,
            translate("Records", "%n repetitions", n=done.reps_done)
            if done.reps_done != 1
            else translate("Records", "%n repetition", n=done.reps_done),
            effort_in_sentence(done.effort),
        ]
        if done.pain is not None:
            parts.append(translate("Records", "pain {value}").format(value=done.pain))
        place = region_name(exercise.region) if exercise is not None else ""
        return self._row(
            RecordKind.EXERCISE_COMPLETION, done, done.completed_at, ", ".join(parts), place,
            done.note,
        )  # fmt: skip

    def _visit(self, visit: ClinicVisit) -> RecordRow:
        what = translate("Records", "{minutes} min in the chamber, {feeling}").format(
            minutes=QLocale().toString(visit.minutes, "g", 3),
            feeling=feeling_in_sentence(visit.feeling),
        )
        place = translate("Records", "Whole body")
        return self._row(RecordKind.CLINIC_VISIT, visit, visit.visited_at, what, place, visit.note)


def record_rows(data: ReportData, locale: QLocale) -> list[RecordRow]:
    """One row per record of ``data``, in no particular order (the table sorts them)."""
    return _RowMaker(data, locale).rows()


# ------------------------------------------------------------------ the models


class RecordsModel(QAbstractTableModel):
    """The rows of one period, one column per :class:`Column`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordRow] = []
        self._edited_icon = QIcon()

    def set_rows(self, rows: list[RecordRow]) -> None:
        """Show ``rows`` instead of the rows before."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_edited_icon(self, icon: QIcon) -> None:
        """The icon beside "Edited" (in the palette's colour)."""
        self._edited_icon = icon
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, Column.EDITED), self.index(last, Column.EDITED))

    def row(self, source_row: int) -> RecordRow:
        """The record on ``source_row``."""
        return self._rows[source_row]

    def rows(self) -> list[RecordRow]:
        """Every row."""
        return list(self._rows)

    def find(self, key: tuple[RecordKind, int]) -> int | None:
        """The source row of the record with ``key``, if shown."""
        return next((n for n, row in enumerate(self._rows) if row.key == key), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """How many records."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """How many columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _column_titles()[Column(section)]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Words, tooltips, the edited icon and sort keys."""
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.texts()[column] or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.EDITED and row.edited:
            return self._edited_icon
        if role == SORT_ROLE:
            return row.sort_key(column)
        return None

    @staticmethod
    def _spoken(row: RecordRow, column: Column) -> str:
        if column is Column.EDITED:
            return (
                translate("Records", "Edited after it was recorded")
                if row.edited
                else translate("Records", "Not edited")
            )
        return row.texts()[column] or translate("Records", "None")


class RecordsFilter(QSortFilterProxyModel):
    """Only the records of one kind, at one place, with the search words (each optional)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind: RecordKind | None = None
        self.place: str | None = None
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filters(self, kind: RecordKind | None, place: str | None, text: str) -> None:
        """Show only what matches (``None`` and "" match everything)."""
        self.beginFilterChange()
        self.kind, self.place, self.words = kind, place, text.casefold().split()
        self.endFilterChange()

    def is_filtering(self) -> bool:
        """Whether any filter is set."""
        return self.kind is not None or self.place is not None or bool(self.words)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether the record on ``source_row`` passes every filter."""
        del source_parent
        model = self.sourceModel()
        assert isinstance(model, RecordsModel)
        row = model.row(source_row)
        if self.kind is not None and row.kind is not self.kind:
            return False
        if self.place is not None and row.place != self.place:
            return False
        text = " ".join(row.texts().values()).casefold()
        return all(word in text for word in self.words)


# ------------------------------------------------------------------ the view


@dataclass(frozen=True)
class _Deletion:
    """The last deletion, while it can be undone."""

    token: DeletedRecord
    summary: str


class RecordsView(QWidget):
    """The period's records: filters, the table, and change, delete, undo, change history.

    Signals:
        changed(): a record was changed, deleted or put back (re-read and :meth:`show_data`).
    """

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._data: ReportData | None = None
        self._deleted: _Deletion | None = None
        self._painter = IconPainter(state, self)
        self.model = RecordsModel(self)
        self.proxy = RecordsFilter(self)
        self.proxy.setSourceModel(self.model)
        filters = self._build_filters()
        self.count = muted("")
        self.undo_bar = self._build_undo_bar()
        self.notice = Notice(self._painter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_table())
        self.pages.addWidget(self._build_empty())
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._build_buttons())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))  # at large text the page scrolls, nothing squeezes
        self._set_tab_order()
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo)
        state.appearance_changed.connect(self._follow_look)
        self._follow_look(state.appearance)
        self._show_state()

    # ------------------------------------------------------------------ building

    def _build_filters(self) -> QWidget:
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("Records", "All kinds"), None)
        for kind in RecordKind:
            self.kind_filter.addItem(kind_name(kind), kind.value)
        self.place_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(translate("Records", "Clear the search"))
        self.search.setPlaceholderText(translate("Records", "For example: knee, numb, walk"))
        row = AdaptiveRow(min_chars=24)
        for label, control in (
            (translate("Records", "Show records of this kind"), self.kind_filter),
            (translate("Records", "Show records at this place"), self.place_filter),
            (translate("Records", "Search the records for words"), self.search),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            column.addWidget(field_label(label, control))
            column.addWidget(control)
            row.add(box)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.place_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        return row

    def _build_table(self) -> QTableView:
        table = self.table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(translate("Records", "Records of the period, newest first"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.setCornerButtonEnabled(False)  # no row numbers: nothing to select all from
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)  # the note takes what room is left
        for column in (Column.WHEN, Column.EDITED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu_at)
        table.doubleClicked.connect(lambda _index: self.edit())
        table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        table.installEventFilter(self)
        return table

    def _build_empty(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 24, 0, 0)
        self.empty = QLabel()
        self.empty.setProperty("role", "heading")
        self.empty.setWordWrap(True)
        self.show_all = button(
            translate("Records", "Show all records"),
            translate("Records", "Clear the filters and show all records"),
        )
        self.show_all.clicked.connect(self.clear_filters)
        column.addWidget(self.empty)
        column.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return box

    def _build_undo_bar(self) -> QFrame:
        bar = QFrame()
        bar.setProperty("role", "card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 8, 8)
        row.setSpacing(16)
        row.addWidget(self._painter.label("info", "primary"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.undo_text = QLabel()
        self.undo_text.setWordWrap(True)
        self.undo_text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = button(
            translate("Records", "Undo"), translate("Records", "Undo the deletion")
        )
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_text, 1)
        row.addWidget(self.undo_button)
        bar.hide()
        return bar

    def _build_buttons(self) -> QWidget:
        self.edit_button = button(
            translate("Records", "Change…"), translate("Records", "Change the chosen record")
        )
        self.delete_button = button(
            translate("Records", "Delete…"), translate("Records", "Delete the chosen record")
        )
        self.history_button = button(
            translate("Records", "Change history…"),
            translate("Records", "Show the change history of the chosen safety record"),
        )
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.history_button.clicked.connect(self.change_history)
        self.hint = muted("")
        row = AdaptiveRow()
        for made in (self.edit_button, self.delete_button, self.history_button):
            row.add(made, 0)
        row.add(QWidget(), 1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(row)
        return holder

    def _set_tab_order(self) -> None:
        chain = [
            self.kind_filter,
            self.place_filter,
            self.search,
            self.undo_button,
            self.table,
            self.show_all,
            self.edit_button,
            self.delete_button,
            self.history_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _follow_look(self, look: Appearance) -> None:
        tokens = look.tokens
        self.model.set_edited_icon(icons.icon(EDITED_ICON, tokens.text))
        table = self.table
        table.setStyleSheet(
            f"QTableView::item {{ padding: 0 {look.pixels(8)}px; }}"
            f"QTableView::item:selected {{ background: {tokens.primary};"
            f" color: {tokens.on_primary}; }}"
            f"QHeaderView::section {{ padding: {look.pixels(4)}px {look.pixels(8)}px;"
            f" background: {tokens.background}; border: none;"
            f" border-bottom: 1px solid {tokens.border}; font-weight: 600; }}"
        )
        table.verticalHeader().setDefaultSectionSize(look.pixels(44))
        table.setMinimumHeight(look.pixels(44) * 6)  # the header and five rows
        for column, width in _COLUMN_WIDTHS.items():
            table.setColumnWidth(column, look.pixels(width))
        self.table.setIconSize(self.table.iconSize().scaled(
            look.pixels(20), look.pixels(20), Qt.AspectRatioMode.IgnoreAspectRatio))  # fmt: skip

    # ------------------------------------------------------------------ showing

    def show_data(self, data: ReportData) -> None:
        """Show ``data``'s records, keeping the filters and the chosen record. The undo bar
        goes when another period or profile is shown."""
        if self._data is not None and _scope(self._data) != _scope(data):
            self._forget_deletion()
            self.notice.clear()
        chosen, place = self.chosen(), self._place_key()
        position = self.table.currentIndex().row()
        self._data = data
        self.model.set_rows(record_rows(data, self.locale()))
        self._fill_places(place)
        self._filter()
        if chosen is not None:
            self.choose(chosen.key, position)

    def _fill_places(self, keep: str | None) -> None:
        # By the words shown: a cold session's "Lower back" and an exercise's are one place.
        places = sorted({row.place for row in self.model.rows() if row.place}, key=str.casefold)
        combo = self.place_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("Records", "All places"), None)
        for name in places:
            combo.addItem(name, name)
        if keep is not None and keep not in places:
            combo.addItem(keep, keep)  # still chosen: the filter stays as it was
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def _place_key(self) -> str | None:
        data = self.place_filter.currentData()
        return data if isinstance(data, str) else None

    def _filter(self) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_filters(
            RecordKind(kind) if kind else None, self._place_key(), self.search.text()
        )
        self._show_state()

    def clear_filters(self) -> None:
        """Show every record of the period."""
        for combo in (self.kind_filter, self.place_filter):
            combo.setCurrentIndex(0)
        self.search.clear()

    def _show_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self._count_text(shown, total))
        self.count.setAccessibleName(self.count.text())
        if total == 0:
            self.empty.setText(
                translate(
                    "Records",
                    "Nothing recorded in this period. Cold sessions, pain ratings and exercises "
                    "appear here as you log them.",
                )
            )
        else:
            self.empty.setText(translate("Records", "No records match the filters."))
        self.show_all.setVisible(total > 0)
        self.pages.setCurrentIndex(0 if shown else 1)
        self._update_buttons()

    @staticmethod
    def _count_text(shown: int, total: int) -> str:
        if shown == total:
            if total == 1:
                return translate("Records", "Showing %n record", n=total)
            return translate("Records", "Showing all %n records", n=total)
        if total == 1:
            return translate("Records", "Showing {shown} of %n record", n=total).format(shown=shown)
        return translate("Records", "Showing {shown} of %n records", n=total).format(shown=shown)

    # ------------------------------------------------------------------ choosing

    def chosen(self) -> RecordRow | None:
        """The record chosen in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def shown_rows(self) -> list[RecordRow]:
        """The records the table shows, in its order."""
        return [
            self.model.row(self.proxy.mapToSource(self.proxy.index(n, 0)).row())
            for n in range(self.proxy.rowCount())
        ]

    def choose(self, key: tuple[RecordKind, int], fallback: int = -1) -> None:
        """Choose the record with ``key``; if it is gone, the row at ``fallback``."""
        found = self.model.find(key)
        if found is None:
            self.choose_row(min(fallback, self.proxy.rowCount() - 1))
            return
        self._choose_index(self.proxy.mapFromSource(self.model.index(found, 0)))

    def choose_row(self, row: int) -> None:
        """Choose the record shown in table row ``row`` (0: the top one)."""
        self._choose_index(self.proxy.index(row, 0))

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.chosen()
        changeable = row is not None and not row.running
        self.edit_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable)
        self.history_button.setEnabled(row is not None and row.kind.is_safety)
        if row is None:
            hint = translate("Records", "Choose a record in the table to change or delete it.")
        elif row.running:
            hint = translate("Records", "This session is still running. Change it when it ends.")
        else:
            hint = translate("Records", "Chosen: {record}").format(record=row.summary)
        self.hint.setText(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the table, Enter changes the chosen record and Delete deletes it; coming in with
        Tab and nothing chosen chooses the newest, so the arrows start from the top."""
        entered = watched is self.table and event.type() == QEvent.Type.FocusIn
        if entered and self.chosen() is None and self.proxy.rowCount():
            self.choose_row(0)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.ask_to_delete()
                return True
        return super().eventFilter(watched, event)

    def context_menu(self) -> QMenu:
        """The chosen record's actions: change, delete, change history."""
        menu = QMenu(self)
        menu.setAccessibleName(translate("Records", "What to do with the chosen record"))
        for made in (self.edit_button, self.delete_button, self.history_button):
            action = menu.addAction(made.text())
            action.setEnabled(made.isEnabled())
            action.triggered.connect(made.click)
        return menu

    def _context_menu_at(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # ------------------------------------------------------------------ changing

    def edit(self) -> QWidget | None:
        """Open the dialog that changes the chosen record."""
        row = self.chosen()
        if row is None or row.running or self._data is None:
            return None
        dialog = make_edit_dialog(
            self._state, row.kind, row.record, row.summary, self._data.period.tz, self
        )
        delete_when_finished(dialog)
        dialog.saved.connect(lambda _stored: self._after_change())
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.notice.clear()
        self.changed.emit()

    def ask_to_delete(self) -> None:
        """Delete the chosen record once the caregiver PIN is given (if one is set)."""
        asking_first(self._state, self, ProtectedAction.DELETE_RECORDS, self.delete)()

    def delete(self) -> QMessageBox | None:
        """Delete the chosen record; a safety record asks first (the box is returned)."""
        row = self.chosen()
        if row is None or row.running:
            return None
        if not row.kind.is_safety:
            self._delete(row)
            return None
        return ask_before(
            self,
            translate("Records", "Delete a safety record"),
            _deletion_question(row),
            (translate("Records", "Delete"), translate("Records", "Keep it")),
            lambda: self._delete(row),
        )

    def _delete(self, row: RecordRow) -> None:
        try:
            token = self._state.repositories.editor.delete(row.kind, row.key[1])
        except (LookupError, StorageUnavailableError) as problem:
            self.notice.show_message(
                translate("Records", "Not deleted: {reason}").format(reason=problem)
            )
            return
        self._deleted = _Deletion(token, row.summary)
        self.undo_text.setText(
            translate("Records", "Deleted: {record}.").format(record=row.summary)
        )
        self.undo_bar.setAccessibleName(self.undo_text.text())
        self.undo_bar.show()
        self.notice.clear()
        self.changed.emit()

    def undo(self) -> None:
        """Put the last deleted record back, with the same id."""
        deletion = self._deleted
        if deletion is None:
            return
        try:
            self._state.repositories.editor.restore(deletion.token)
        except CannotRestoreError:
            self._forget_deletion()
            self.notice.show_message(
                translate(
                    "Records",
                    "“{record}” cannot be put back: what it belonged to was deleted or changed "
                    "since.",
                ).format(record=deletion.summary)
            )
            return
        except StorageUnavailableError as problem:
            self.notice.show_message(str(problem))
            return
        self._forget_deletion()
        self.notice.show_message(
            translate("Records", "Put back: {record}.").format(record=deletion.summary), "safe"
        )
        self.changed.emit()
        self.choose((deletion.token.kind, deletion.token.record_id))
        self.table.setFocus()

    def _forget_deletion(self) -> None:
        self._deleted = None
        self.undo_bar.hide()

    def can_undo(self) -> bool:
        """Whether a deletion can be undone now."""
        return self._deleted is not None

    def change_history(self) -> ChangeHistoryDialog | None:
        """Show the changes made to the chosen safety record."""
        row = self.chosen()
        if row is None or not row.kind.is_safety or self._data is None:
            return None
        entries = [
            entry
            for entry in self._state.repositories.editor.audit_trail(
                self._data.profile.id or 0, _EPOCH, self._state.clock.now() + timedelta(seconds=1)
            )
            if entry.kind is row.kind and entry.record_id == row.key[1]
        ]
        dialog = ChangeHistoryDialog(row.summary, entries, self._data.period.tz, self)
        delete_when_finished(dialog)
        dialog.open()
        return dialog


def _scope(data: ReportData) -> tuple[object, ...]:
    """Whose records of which period ``data`` holds."""
    return (data.profile.id, data.period.first, data.period.last)


def _deletion_question(row: RecordRow) -> str:
    if row.kind is RecordKind.SESSION:
        return translate(
            "Records",
            "Delete this cold session ({record})? Its skin checks, its pain ratings before and "
            "after, and its 30-minute follow-up are deleted with it. The deletion is kept in "
            "the change history. You can undo it.",
        ).format(record=row.summary)
    return translate(
        "Records",
        "Delete this safety record ({record})? The deletion is kept in the change history. "
        "You can undo it.",
    ).format(record=row.summary)
