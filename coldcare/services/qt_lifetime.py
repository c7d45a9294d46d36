"""Deleting Qt objects made in Python without crashing PySide later.

``deleteLater`` on an object that still has a parent frees it while its Python wrapper may
live on (a bound method of it held in a reference cycle is enough). When the cycle is collected
later, shiboken frees it a second time through the parent's record of its children, and the
app crashes at a random moment — measured here with the session clock. An object without a
parent is tracked by its own wrapper, which learns of the deletion, so it leaves its parent
first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def delete_later(obj: QObject) -> None:
    """Leave the parent, then delete ``obj`` once control returns to the event loop. GUI
    thread (a widget should be hidden first: a screenshot must not show it)."""
    obj.setParent(None)
    obj.deleteLater()
