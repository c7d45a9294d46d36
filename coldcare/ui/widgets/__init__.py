"""Reusable ColdCare widgets: countdown ring, pain scale, choice grid, skin check, body map."""
