"""Colours and the application style sheet: calm, high-contrast, big targets for a busy counter."""

from __future__ import annotations

ACCENT = "#1f6feb"
LISTEN = "#d9480f"
SPEAK = "#2f9e44"
WARN = "#e8590c"
ERROR = "#c92a2a"
MUTED = "#5c6370"
SURFACE = "#f6f7f9"
CARD = "#ffffff"
BORDER = "#d8dce3"

STAGE_COLOURS = {
    "audio": "#868e96",
    "vad": "#15aabf",
    "stt": "#7048e8",
    "fastpath": "#0ca678",
    "llm": "#1f6feb",
    "dropped": "#adb5bd",
    "tool": "#f08c00",
    "confirm": "#e64980",
    "tts": "#2f9e44",
    "error": ERROR,
}

STATE_COLOURS = {
    "loading": MUTED,
    "idle": MUTED,
    "listening": LISTEN,
    "transcribing": "#7048e8",
    "thinking": ACCENT,
    "acting": "#f08c00",
    "speaking": SPEAK,
    "confirm": "#e64980",
    "error": ERROR,
}

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {SURFACE}; }}
QWidget {{ font-size: 10.5pt; }}
QScrollArea#conversation {{ border: none; background: {SURFACE}; }}
QWidget#conversationBody {{ background: {SURFACE}; }}
QFrame#bubbleUser {{ background: #e7f0ff; border: 1px solid #c5d8fb; border-radius: 12px; }}
QFrame#bubbleAssistant {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 12px; }}
QFrame#bubbleError {{ background: #fff0f0; border: 1px solid #f5b5b5; border-radius: 12px; }}
QFrame#card {{ background: {CARD}; border: 1px solid {BORDER}; border-left: 4px solid {ACCENT};
    border-radius: 8px; }}
QFrame#confirmCard {{ background: #fff8e6; border: 2px solid {WARN}; border-radius: 10px; }}
QLabel#who {{ color: {MUTED}; font-size: 9pt; font-weight: 600; }}
QLabel#cardTitle {{ font-weight: 700; font-size: 11pt; }}
QLabel#muted {{ color: {MUTED}; }}
QPushButton#ptt {{ font-size: 17pt; font-weight: 700; color: white; background: {ACCENT};
    border: none; border-radius: 14px; padding: 18px; }}
QPushButton#ptt:hover {{ background: #388bfd; }}
QPushButton#ptt[state="listening"] {{ background: {LISTEN}; }}
QPushButton#ptt[state="speaking"] {{ background: {SPEAK}; }}
QPushButton#ptt[state="busy"] {{ background: #4c6ef5; }}
QPushButton#ptt:disabled {{ background: #adb5bd; }}
QPushButton#confirmAccept {{ background: {SPEAK}; color: white; font-weight: 700; padding: 8px 22px;
    border-radius: 6px; border: none; }}
QPushButton#confirmDecline {{ background: white; color: {ERROR}; font-weight: 700; padding: 8px 22px;
    border-radius: 6px; border: 1px solid {ERROR}; }}
QFrame#sidePanel {{ background: {CARD}; border-left: 1px solid {BORDER}; }}
QWidget#timelineHolder {{ background: {CARD}; }}
QLabel#panelTitle {{ font-size: 12pt; font-weight: 700; }}
QTextBrowser#stageDetail {{ border: 1px solid {BORDER}; border-radius: 6px; background: #fbfbfc; }}
QLabel#stateLabel {{ font-size: 13pt; font-weight: 700; }}
QStatusBar QLabel {{ color: #343a40; padding: 0 6px; }}
"""
