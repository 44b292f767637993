"""Speech-to-text: local faster-whisper, cloud OpenAI transcription, and the hybrid race."""

from engine.stt.base import STT, Segment, SttCapabilities, SttSession, Transcript
from engine.stt.factory import create_cloud, create_stt
from engine.stt.faster_whisper import FasterWhisperSTT
from engine.stt.filters import FilterOptions, drop_reason
from engine.stt.openai_cloud import OpenAICloudSTT
from engine.stt.race import HybridSTT

__all__ = [
    "STT",
    "FasterWhisperSTT",
    "FilterOptions",
    "HybridSTT",
    "OpenAICloudSTT",
    "Segment",
    "SttCapabilities",
    "SttSession",
    "Transcript",
    "create_cloud",
    "create_stt",
    "drop_reason",
]
