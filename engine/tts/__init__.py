"""Text-to-speech: Piper sentence by sentence, a streaming sentence splitter, barge-in, speech WAVs."""

from engine.tts.piper_tts import PiperTTS, SynthesisJob
from engine.tts.speak import barge_in, speak
from engine.tts.speech_wav import default_voice_path, speech_wav
from engine.tts.splitter import SentenceSplitter
from engine.tts.stream import SpokenSentence, TtsStream

__all__ = [
    "PiperTTS",
    "SentenceSplitter",
    "SpokenSentence",
    "SynthesisJob",
    "TtsStream",
    "barge_in",
    "default_voice_path",
    "speak",
    "speech_wav",
]
