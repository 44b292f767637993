"""Text-to-speech: the `TTS` interface, Piper and Kokoro voices, which voice speaks each language, the one sentence splitter, barge-in, speech WAVs."""

from engine.tts.base import TTS, SynthesisJob
from engine.tts.kokoro_tts import KokoroTTS
from engine.tts.piper_tts import PiperTTS
from engine.tts.speak import barge_in, speak
from engine.tts.speech_wav import default_voice_path, speech_wav
from engine.tts.splitter import SentenceSplitter, clauses
from engine.tts.stream import SpokenSentence, TtsStream

__all__ = [
    "TTS",
    "KokoroTTS",
    "PiperTTS",
    "SentenceSplitter",
    "SpokenSentence",
    "SynthesisJob",
    "TtsStream",
    "barge_in",
    "clauses",
    "default_voice_path",
    "speak",
    "speech_wav",
]
