"""Exporters (PDF, CSV, FHIR R4, iCalendar, JSON backup); they read through repositories."""
