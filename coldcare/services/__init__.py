"""Adapters to the platform: clock, timers, alarm, reminders, notifications, paths.

Services may use QtCore, QtGui, QtMultimedia, QtTextToSpeech and D-Bus, never QtWidgets.
"""
