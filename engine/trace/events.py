"""One pydantic model per stage event of a turn; a turn's trace is these, one JSON object per line.

Every event carries the `turn_id` that joins a turn, `t` (seconds since the turn started, monotonic
clock) and `ts` (wall clock, seconds since the Unix epoch). `type` is the discriminator tag, so
`parse_event(line)` rebuilds the right class from a JSON line.
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

__all__ = [
    "AudioCaptured",
    "ConfirmationRequested",
    "ConfirmationResolved",
    "FastPathParsed",
    "LlmDone",
    "LlmFirstToken",
    "LlmRequest",
    "LlmToolCall",
    "SpeculationDropped",
    "StateChanged",
    "SttFinal",
    "SttPartial",
    "ToolResultEvent",
    "TraceEvent",
    "TtsFirstAudio",
    "TtsSentence",
    "TurnError",
    "TurnFinished",
    "TurnStarted",
    "VadEvent",
    "parse_event",
]


class _Event(BaseModel):
    """Fields every trace event has."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="ignore")

    turn_id: str = ""
    """The id joining every event of one turn."""
    t: float = 0.0
    """Seconds since the turn started (monotonic clock)."""
    ts: float = Field(default_factory=time.time)
    """Wall clock when the event happened, seconds since the Unix epoch."""


class TurnStarted(_Event):
    """A turn began: from text, a recording, or the microphone."""

    type: Literal["turn_started"] = "turn_started"
    source: Literal["text", "audio", "mic", "confirm", "undo"] = "text"
    """Where the turn's input came from."""
    language: str = "it"
    """Language the turn runs in ("it" or "en")."""
    text: str | None = None
    """The typed text, for text turns."""


class StateChanged(_Event):
    """What the assistant is doing now, for the app's live state line."""

    type: Literal["state"] = "state"
    state: Literal["listening", "transcribing", "thinking", "acting", "speaking", "idle"]
    """The new state."""
    detail: str | None = None
    """E.g. the tool being run while "acting"."""


class AudioCaptured(_Event):
    """The turn's audio is complete (key released, file read, or endpoint reached)."""

    type: Literal["audio_captured"] = "audio_captured"
    duration_s: float
    """Length of the captured audio in seconds."""
    rate: int = 16000
    """Sample rate of the audio handed to VAD/STT, in Hz."""
    device: str | None = None
    """Input device name, or "file"/"memory" when not captured from a microphone."""
    level: float = 0.0
    """Peak absolute sample value, 0..1 (0 means digital silence)."""
    snr_db: float | None = None
    """The speech's level above the background, in dB (engine.audio.quality); None when too short."""
    audio_path: str | None = None
    """WAV saved with the trace (only when saving audio is enabled)."""


class VadEvent(_Event):
    """Voice activity: speech started or ended."""

    type: Literal["vad"] = "vad"
    kind: Literal["speech_start", "speech_end"]
    """Which edge of speech this is."""
    at_s: float = 0.0
    """Position in the turn's audio, in seconds."""


class SttPartial(_Event):
    """An interim transcript while the person is still speaking."""

    type: Literal["stt_partial"] = "stt_partial"
    text: str
    """Interim text."""
    engine: str = ""
    """Engine that produced it ("local", "cloud")."""


class SttFinal(_Event):
    """The final transcript of the turn, with which engine won."""

    type: Literal["stt_final"] = "stt_final"
    text: str
    """The transcript used for the turn."""
    language: str | None = None
    """Language of the transcript."""
    engine: str = ""
    """Engine (or adapter) that transcribed, e.g. "local", "cloud", "hybrid"."""
    won_by: str | None = None
    """Hybrid mode: which engine's text was used ("local" or "cloud")."""
    alternatives: dict[str, str] = Field(default_factory=dict)
    """Other engines' transcripts, by engine, when more than one ran."""
    dropped_segments: list[dict[str, Any]] = Field(default_factory=list)
    """Segments dropped as likely hallucinations, with the reason and scores."""
    elapsed_s: float = 0.0
    """Seconds from the start of finalisation (end of speech) to the transcript."""
    early: bool = False
    """True when transcription started at VAD end of speech, before the key was released."""


class FastPathParsed(_Event):
    """The offline fast path's parse of the transcript."""

    type: Literal["fastpath_parsed"] = "fastpath_parsed"
    intent: str | None = None
    """Recognised intent, or None when not understood."""
    slots: dict[str, Any] = Field(default_factory=dict)
    """Extracted slots (plate, date, service...)."""
    confidence: float = 0.0
    """Confidence of the parse, 0..1."""
    handled: bool = False
    """True when the fast path answered the turn itself."""
    clarification: str | None = None
    """The clarifying question it would ask, if any."""
    said_back: bool = False
    """The whole write was said back for a yes (the clarification), and the fast path takes the answer."""
    reason: str | None = None
    """Why it did not simply act: what is missing ("missing:date"), what it asked about ("fuzzy_plate",
    "ambiguous_vehicle"), why a write was said back ("say_back:no_time"), or why it refused."""
    elapsed_s: float = 0.0
    """Seconds the fast path took (parse and tools)."""


class LlmRequest(_Event):
    """A chat completion request was sent (one per tool round)."""

    type: Literal["llm_request"] = "llm_request"
    round: int
    """Tool-loop round, from 1."""
    model: str = ""
    """Model name sent to the server."""
    messages: int = 0
    """Number of messages in the request."""
    speculative: bool = False
    """Sent on the transcript while the key was still held; recorded once the final transcript matched."""


class SpeculationDropped(_Event):
    """The model had started on the transcript while the key was still held, and that start was thrown
    away (nothing it did was shown or spoken): the person spoke again, or the final transcript differed,
    or the turn did not go to the model."""

    type: Literal["speculation_dropped"] = "speculation_dropped"
    text: str = ""
    """The speculative transcript the model had started on."""
    reason: str = ""
    """"speech_resumed", "transcript_changed", "replaced" or "not_for_the_model"."""
    started_s: float | None = None
    """Seconds into the turn when the model was started on that transcript (the row runs from here to `t`)."""
    rounds: int = 0
    """Model rounds it had sent."""
    tools: list[str] = Field(default_factory=list)
    """Read-only tools it had run (a speculative start never writes)."""


class LlmFirstToken(_Event):
    """The first streamed chunk carrying content or a tool call arrived."""

    type: Literal["llm_first_token"] = "llm_first_token"
    round: int
    """Tool-loop round, from 1."""
    ttft_s: float
    """Seconds from the request to the first token."""


class LlmToolCall(_Event):
    """The model asked for a tool."""

    type: Literal["llm_tool_call"] = "llm_tool_call"
    round: int = 0
    """Tool-loop round, from 1 (0 for fast-path calls)."""
    call_id: str
    """Id of this call, joining it to its result."""
    name: str
    """Tool name."""
    arguments: dict[str, Any] = Field(default_factory=dict)
    """Arguments as the model sent them (parsed JSON)."""


class ToolResultEvent(_Event):
    """A tool returned (or refused, or timed out)."""

    type: Literal["tool_result"] = "tool_result"
    call_id: str
    """Id of the call this answers."""
    name: str
    """Tool name."""
    ok: bool
    """False when the tool refused or failed."""
    data: dict[str, Any] = Field(default_factory=dict)
    """Result data on success."""
    error: dict[str, Any] | None = None
    """{code, message, hint} when ok is False."""
    display: dict[str, Any] | None = None
    """Card hint for the side panel and conversation."""
    shown: bool = True
    """False for a step the answer does not rest on (the fast path's lookup of a plate as heard, before the
    workshop's look-alikes were tried): kept in the trace and the side panel, no card in the conversation."""
    duration_s: float = 0.0
    """Seconds the tool took."""


class ConfirmationRequested(_Event):
    """A confirm-level tool was NOT run; the person must accept it in the app."""

    type: Literal["confirmation_requested"] = "confirmation_requested"
    pending_id: str
    """Id to pass to Pipeline.confirm()."""
    tool: str
    """The tool that waits for confirmation."""
    arguments: dict[str, Any] = Field(default_factory=dict)
    """Its arguments."""
    summary: str = ""
    """What will happen, to whom, how many."""
    display: dict[str, Any] = Field(default_factory=dict)
    """Confirmation card data."""


class ConfirmationResolved(_Event):
    """The person accepted or declined a pending confirmation."""

    type: Literal["confirmation_resolved"] = "confirmation_resolved"
    pending_id: str
    """Id of the pending confirmation."""
    accepted: bool
    """True when accepted (the tool then runs)."""
    how: Literal["click", "voice"] = "click"
    """Whether it came from the app's button or a spoken answer."""


class LlmDone(_Event):
    """A model round finished streaming."""

    type: Literal["llm_done"] = "llm_done"
    round: int
    """Tool-loop round, from 1."""
    text: str = ""
    """Text the model produced in this round."""
    finish_reason: str | None = None
    """"stop", "tool_calls", "length"..."""
    usage: dict[str, int] = Field(default_factory=dict)
    """Token counts when the server reports them (prompt_tokens, completion_tokens, and cached_tokens:
    the prompt tokens its prefix cache reused, from usage.prompt_tokens_details)."""
    duration_s: float = 0.0
    """Seconds from the request to the end of the stream."""


class TtsSentence(_Event):
    """A sentence was handed to text-to-speech."""

    type: Literal["tts_sentence"] = "tts_sentence"
    text: str
    """The sentence."""
    voice: str = ""
    """Voice id used."""


class TtsFirstAudio(_Event):
    """The first audio of the answer was produced (played or written)."""

    type: Literal["tts_first_audio"] = "tts_first_audio"
    ttfb_s: float
    """Seconds from the first sentence handed to TTS to its first audio chunk."""
    since_speech_end_s: float | None = None
    """Seconds from the end of speech (or the turn start for text turns) to first audio."""


class TurnError(_Event):
    """A stage failed; the turn may still finish with a spoken apology."""

    type: Literal["turn_error"] = "turn_error"
    stage: str
    """"audio", "vad", "stt", "fastpath", "llm", "tool", "tts" or "pipeline"."""
    message: str
    """One sentence fit for a person."""
    detail: str | None = None
    """Technical detail (exception class and text) for the side panel."""


class TurnFinished(_Event):
    """The turn is over."""

    type: Literal["turn_finished"] = "turn_finished"
    path: Literal["fastpath", "llm", "clarify", "confirm", "undo", "none", "error"]
    """What answered: the offline fast path, the language model, a clarifying question, a
    confirmation answer, an undo, nothing (empty input) or an error."""
    duration_s: float
    """Seconds from the turn start to the end."""
    reply_text: str = ""
    """What was answered (and spoken)."""
    interrupted: bool = False
    """True when barge-in cut the answer short."""


TraceEvent = Annotated[
    TurnStarted
    | StateChanged
    | AudioCaptured
    | VadEvent
    | SttPartial
    | SttFinal
    | FastPathParsed
    | LlmRequest
    | SpeculationDropped
    | LlmFirstToken
    | LlmToolCall
    | ToolResultEvent
    | ConfirmationRequested
    | ConfirmationResolved
    | LlmDone
    | TtsSentence
    | TtsFirstAudio
    | TurnError
    | TurnFinished,
    Field(discriminator="type"),
]

_ADAPTER: TypeAdapter[TraceEvent] = TypeAdapter(TraceEvent)


def parse_event(raw: str | bytes | dict[str, Any]) -> TraceEvent:
    """Rebuild an event from a JSON line (or an already-decoded dict)."""
    if isinstance(raw, dict):
        return _ADAPTER.validate_python(raw)
    return _ADAPTER.validate_json(raw)
