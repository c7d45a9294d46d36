"""Everything with widgets: main window, pages, dialogs, tray (only here is QtWidgets)."""
