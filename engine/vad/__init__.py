"""Voice activity detection: Silero (ONNX, no torch) streaming events, silence trimming, endpointing."""

from engine.vad.endpointer import Endpointer, TurnEvent
from engine.vad.onnx_model import FRAME_SAMPLES, default_model_path
from engine.vad.options import VadEvent, VadOptions
from engine.vad.silero import SileroVad
from engine.vad.stream import VadStream
from engine.vad.trim import Trimmed

__all__ = [
    "FRAME_SAMPLES",
    "Endpointer",
    "SileroVad",
    "Trimmed",
    "TurnEvent",
    "VadEvent",
    "VadOptions",
    "VadStream",
    "default_model_path",
]
