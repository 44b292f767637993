"""The tool contract: one definition of every workshop tool, served identically by every backend.

A tool is a `ToolSpec`: name, model-facing description, JSON Schema of its arguments (usable as an
OpenAI function schema as is), the shape of its result, and a safety level:

- read     runs freely;
- write    runs, is audited, and can be undone with `undo_last`;
- confirm  never runs on the model's word alone. The first call answers `confirmation_required` with a
           `ConfirmationRequest`: a token the backend bound to the caller, the tool and a hash of these
           exact arguments, single use, expiring in minutes. Only a second call with the same arguments
           and `CallContext(confirmation=token)` runs it; the app makes that call after a person
           confirmed (click or spoken "sì, conferma"). The token is never shown to the model.

Dates are ISO 8601 in the workshop's time zone (Europe/Rome): dates `YYYY-MM-DD`, local times
`YYYY-MM-DDTHH:MM`. Plates are normalised by the backend (upper case, no spaces or dashes).

Backends return a `ToolResult`: `data` is plain JSON the model speaks from; `display` is a hint for
the side panel and the conversation cards; a refusal is `ok=False` with a `ToolError` whose `code`
is stable (see wp_api.errors for the list) and whose `message` the model can act on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

import jsonschema

from i18n.timezone import WORKSHOP_TIMEZONE
from wp_api.errors import ToolRejected

__all__ = [
    "TOOLS",
    "TOOLS_BY_NAME",
    "BackendHealth",
    "CallContext",
    "ConfirmationRequest",
    "Safety",
    "ToolBackend",
    "ToolError",
    "ToolResult",
    "ToolSpec",
    "validate_arguments",
]

MAX_TEXT = 2000  # longest free text accepted in any argument
MAX_NAME = 200

# Widths of the columns a tool argument is stored in, as Bookly declares them
# (benches/data/bookly_schema.sql) and the plugin's own tables (class-officina-installer.php).
# A longer value would pass the schema and then fail (or be cut) in the database, so these are the
# arguments' maxLength; COLUMN_OF says which column each stored argument lands in, and
# tests/wordpress/test_plugin_files.py checks both against the SQL.
CUSTOMER_NAME_MAX = 128  # bookly_customers.full_name VARCHAR(128)
CUSTOMER_PHONE_MAX = 32  # bookly_customers.phone VARCHAR(32)
CUSTOMER_EMAIL_MAX = 128  # bookly_customers.email VARCHAR(128)


class Safety(StrEnum):
    READ = "read"
    WRITE = "write"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class ToolSpec:
    """One tool of the contract."""

    name: str
    description: str
    parameters: dict[str, Any]
    safety: Safety
    result: str
    """What `data` holds on success, in words (keys and their meaning)."""

    def openai_schema(self) -> dict[str, Any]:
        """The tool as an entry of the `tools` list of an OpenAI chat completion request.

        Top-level anyOf/oneOf is left out: several OpenAI-compatible servers reject it. llama.cpp turns
        the schemas into a sampling grammar and refuses the whole request (400 "failed to parse
        grammar") on a `maxLength` as long as our 2,000-character notes and on `\\d` in a pattern: so
        every `maxLength` is left out and patterns say `[0-9]`. The backend still enforces the full
        schema and answers a clear `invalid_arguments` error the model can act on.
        """
        parameters = _for_model({k: v for k, v in self.parameters.items() if k not in ("anyOf", "oneOf")})
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": parameters},
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
            "safety": self.safety.value,
            "result": self.result,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ToolSpec:
        return cls(
            name=str(raw["name"]),
            description=str(raw["description"]),
            parameters=dict(raw["parameters"]),
            safety=Safety(raw["safety"]),
            result=str(raw.get("result", "")),
        )


@dataclass
class ToolError:
    """Why a tool refused. `code` is stable snake_case; `message` is one sentence for the model and the person."""

    code: str
    message: str
    hint: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ConfirmationRequest:
    """The answer to a confirm tool's first call: what lets the app run that exact call once.

    The token is bound by the backend to the caller, the tool and a hash of the arguments; it works
    once, until `expires_at` (ISO 8601, UTC). It travels to the app, never to the model.
    """

    token: str = field(repr=False)
    expires_at: str

    @classmethod
    def from_dict(cls, raw: Any) -> ConfirmationRequest | None:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("token"), str) or not raw["token"]:
            return None
        return cls(token=raw["token"], expires_at=str(raw.get("expires_at") or ""))


@dataclass
class ToolResult:
    """What a tool call returns, on every backend."""

    ok: bool
    data: dict[str, Any] = field(default_factory=dict)
    display: dict[str, Any] | None = None
    """Card hint: {"kind": "vehicle"|"customer"|"slots"|"appointment"|"appointments"|"history"|"services"|
    "message"|"reminder"|"campaign"|"undo", "title": str, ...kind-specific fields}."""
    error: ToolError | None = None
    confirmation: ConfirmationRequest | None = field(default=None, repr=False)
    """Only on a `confirmation_required` refusal: the token for the confirmed second call.
    Left out of `for_model()`, the traces and every message the language model reads."""

    @classmethod
    def success(cls, data: dict[str, Any], display: dict[str, Any] | None = None) -> ToolResult:
        return cls(ok=True, data=data, display=display)

    @classmethod
    def failure(cls, code: str, message: str, *, hint: str | None = None, **details: Any) -> ToolResult:
        return cls(ok=False, error=ToolError(code=code, message=message, hint=hint, details=details))

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ToolResult:
        err = raw.get("error")
        return cls(
            ok=bool(raw.get("ok")),
            data=dict(raw.get("data") or {}),
            display=raw.get("display"),
            error=ToolError(**err) if err else None,
            confirmation=ConfirmationRequest.from_dict(raw.get("confirmation")),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON (the wire format); `confirmation` only when there is one."""
        raw = asdict(self)
        if self.confirmation is None:
            raw.pop("confirmation")
        return raw

    def for_model(self) -> str:
        """The JSON the language model reads (display hints left out)."""
        if self.ok:
            return json.dumps({"ok": True, "data": self.data}, ensure_ascii=False, default=str)
        assert self.error is not None
        payload: dict[str, Any] = {
            "ok": False,
            "error": {"code": self.error.code, "message": self.error.message},
        }
        if self.error.hint:
            payload["error"]["hint"] = self.error.hint
        if self.error.details:
            payload["error"]["details"] = self.error.details
        return json.dumps(payload, ensure_ascii=False, default=str)

    def raise_for_error(self) -> ToolResult:
        if not self.ok:
            assert self.error is not None
            raise ToolRejected(self.error.message, code=self.error.code, details=self.error.details)
        return self


@dataclass(frozen=True)
class CallContext:
    """Who is calling and with what authority. Set by the app, never by the model."""

    session_id: str
    """Scope of `undo_last`: one desktop app run (or one CLI invocation)."""
    actor: str = "desktop"
    """Who, for the audit log (e.g. "reception@PC-1" or the WordPress user)."""
    confirmation: str | None = field(default=None, repr=False)
    """The token of a `ConfirmationRequest`, set only by the app after a person confirmed that call."""
    turn_id: str | None = None


@dataclass
class BackendHealth:
    ok: bool
    backend: str
    """"local" or "wordpress"."""
    detail: str
    """One line for the status bar: "Demo workshop (local)", "WordPress example.com: reachable", ..."""
    version: str | None = None
    timezone: str = WORKSHOP_TIMEZONE
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class ToolBackend(Protocol):
    """What the agent, the fast path and the app act through. They never know which backend it is."""

    async def list_tools(self) -> list[ToolSpec]: ...

    async def call_tool(
        self, name: str, arguments: Mapping[str, Any], *, context: CallContext
    ) -> ToolResult: ...

    async def health(self) -> BackendHealth: ...

    async def aclose(self) -> None: ...


# --- argument validation ------------------------------------------------------------------------

_FORMAT_CHECKER = jsonschema.FormatChecker()


def validate_arguments(spec: ToolSpec, arguments: Any) -> ToolResult | None:
    """None when the arguments fit the schema, else a failure result the model can act on."""
    if not isinstance(arguments, Mapping):
        return ToolResult.failure("invalid_arguments", "Arguments must be a JSON object.")
    validator = jsonschema.Draft7Validator(spec.parameters, format_checker=_FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(dict(arguments)), key=lambda e: list(e.path))
    if not errors:
        return None
    problems = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.path) or "arguments"
        message = err.message if len(err.message) < 200 else err.message[:200] + "…"
        problems.append(f"{where}: {message}")
    return ToolResult.failure(
        "invalid_arguments",
        f"Invalid arguments for {spec.name}: " + "; ".join(problems),
        hint="Fix the arguments and call the tool again.",
    )


# --- the tools ----------------------------------------------------------------------------------

_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "Date, YYYY-MM-DD"}
_DATETIME = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$",
    "description": "Local date and time in the workshop's time zone, YYYY-MM-DDTHH:MM",
}
_ID = {"type": "integer", "minimum": 1}
_PLATE = {"type": "string", "minLength": 2, "maxLength": 40, "description": "Plate as heard, any spacing"}
_CHANNEL = {"type": "string", "enum": ["whatsapp", "email", "sms"]}
_CATEGORY = {
    "type": "string",
    "enum": [
        "maintenance",
        "tyres",
        "inspection",
        "engine",
        "bodywork",
        "electrical",
        "brakes",
        "aircon",
        "other",
    ],
    "description": "Service category: maintenance (tagliando), tyres (gomme), inspection (revisione), "
    "engine, bodywork (carrozzeria), electrical, brakes (freni), aircon (climatizzatore), other",
}
_IDEMPOTENCY = {
    "type": "string",
    "minLength": 8,
    "maxLength": 80,
    "description": "Unique key for this action; a retry with the same key never repeats it",
}


def _obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _for_model(schema: Any) -> Any:
    """A JSON schema as the model's server gets it: no `maxLength`, `[0-9]` for `\\d` (see openai_schema)."""
    if isinstance(schema, dict):
        return {
            k: v.replace("\\d", "[0-9]") if k == "pattern" and isinstance(v, str) else _for_model(v)
            for k, v in schema.items()
            if k != "maxLength"
        }
    if isinstance(schema, list):
        return [_for_model(v) for v in schema]
    return schema


def _text(max_length: int = MAX_NAME, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, **extra}


TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="find_vehicle",
        description=(
            "Find a vehicle and its owner. By plate: exact match first, then fuzzy matching that survives "
            "speech-to-text errors (misheard letters/digits, Italian or NATO spelling alphabet). Or by "
            "description (make, model, colour, e.g. 'Panda grigia') optionally with the customer's name. "
            "Fuzzy matches carry a confidence; if several are close, ask the person which one."
        ),
        parameters=_obj(
            {
                "plate": _PLATE,
                "description": _text(
                    description="Make/model/colour/body, e.g. 'grey Fiat Panda', 'SUV grigio'"
                ),
                "customer": _text(description="Customer name, phone or email to narrow the search"),
                "heard_forms": {
                    "type": "array",
                    "maxItems": 12,
                    "items": {"type": "string", "minLength": 2, "maxLength": 12},
                    "description": "Other readings of the plate as heard, likeliest first (a speech-to-text "
                    "repair): each is looked up too, exactly and fuzzily, and every vehicle found is returned, "
                    "scored against its nearest reading",
                },
                "limit": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
            },
            anyOf=[{"required": ["plate"]}, {"required": ["description"]}, {"required": ["customer"]}],
        ),
        safety=Safety.READ,
        result="matches: [{vehicle_id, plate, make, model, colour, year, fuel, customer: {customer_id, full_name, "
        "phone, email}, match: exact|fuzzy|description, confidence 0..1}], ambiguous: bool (true when the top two "
        "are too close to choose)",
    ),
    ToolSpec(
        name="find_customer",
        description="Find customers by name, phone or email. Returns their vehicles too.",
        parameters=_obj(
            {
                "query": _text(minLength=2),
                "limit": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
            },
            ["query"],
        ),
        safety=Safety.READ,
        result="customers: [{customer_id, full_name, phone, email, consent: {whatsapp, email, sms}, "
        "vehicles: [{vehicle_id, plate, make, model, colour}]}]",
    ),
    ToolSpec(
        name="vehicle_history",
        description="Past services of a vehicle (most recent first), filterable by service category and date.",
        parameters=_obj(
            {
                "vehicle_id": _ID,
                "plate": _PLATE,
                "category": _CATEGORY,
                "since": _DATE,
                "until": _DATE,
                "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            },
            anyOf=[{"required": ["vehicle_id"]}, {"required": ["plate"]}],
        ),
        safety=Safety.READ,
        result="vehicle: {vehicle_id, plate, make, model}, services: [{appointment_id, date, service_id, service, "
        "category, status, notes, mileage_km}]",
    ),
    ToolSpec(
        name="list_services",
        description="The workshop's service catalogue with durations and prices.",
        parameters=_obj({"category": _CATEGORY, "query": _text(description="Words to match in the name")}),
        safety=Safety.READ,
        result="services: [{service_id, name, category, duration_min, price, capacity}]",
    ),
    ToolSpec(
        name="list_vehicle_models",
        description="The makes and models of the vehicles on file, most vehicles first, with how many of each: "
        "to recognise a model a person names that is not a common one (e.g. 'la Korando').",
        parameters=_obj({"limit": {"type": "integer", "minimum": 1, "maximum": 2000, "default": 300}}),
        safety=Safety.READ,
        result="models: [{make, model, vehicles}]",
    ),
    ToolSpec(
        name="check_availability",
        description=(
            "Free start times for a service between two dates, respecting working hours, breaks, holidays, "
            "existing bookings and bay capacity. Use first_only to get the first free slot from date_from."
        ),
        parameters=_obj(
            {
                "service_id": _ID,
                "date_from": _DATE,
                "date_to": {
                    **_DATE,
                    "description": "Last day to search (default: date_from + 30 days when "
                    "first_only, else date_from)",
                },
                "part_of_day": {"type": "string", "enum": ["any", "morning", "afternoon"], "default": "any"},
                "staff_id": _ID,
                "first_only": {"type": "boolean", "default": False},
                "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 8},
                "moving_appointment_id": {
                    **_ID,
                    "description": "An appointment about to be moved: its own time counts as free (moving it half "
                    "an hour later on the same day overlaps only itself)",
                },
            },
            ["service_id", "date_from"],
        ),
        safety=Safety.READ,
        result="service: {service_id, name, duration_min}, slots: [{start, end, staff_id, staff_name}]",
    ),
    ToolSpec(
        name="search_appointments",
        description="Appointments by date range, plate, customer, status or service.",
        parameters=_obj(
            {
                "date_from": _DATE,
                "date_to": _DATE,
                "plate": _PLATE,
                "customer_id": _ID,
                "vehicle_id": _ID,
                "status": {
                    "type": "string",
                    "enum": ["pending", "approved", "cancelled", "done", "rejected"],
                },
                "service_id": _ID,
                "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            }
        ),
        safety=Safety.READ,
        result="appointments: [{appointment_id, start, end, status, service_id, service, staff_id, staff_name, "
        "customer_id, customer, vehicle_id, plate}], total",
    ),
    ToolSpec(
        name="create_appointment",
        description=(
            "Book a service for a vehicle at a start time (first check availability). Refuses a taken slot "
            "and returns alternatives. Always pass a fresh idempotency_key; a retry with the same key returns "
            "the same booking."
        ),
        parameters=_obj(
            {
                "service_id": _ID,
                "vehicle_id": _ID,
                "customer_id": {**_ID, "description": "Defaults to the vehicle's owner"},
                "start": _DATETIME,
                "staff_id": _ID,
                "notes": _text(MAX_TEXT),
                "idempotency_key": _IDEMPOTENCY,
            },
            ["service_id", "vehicle_id", "start", "idempotency_key"],
        ),
        safety=Safety.WRITE,
        result="appointment: {appointment_id, start, end, status, service, staff_name, customer, plate}, "
        "replayed: bool (true when this key had already booked it)",
    ),
    ToolSpec(
        name="reschedule_appointment",
        description="Move an appointment to a new start time (same service); refuses a taken slot.",
        parameters=_obj(
            {"appointment_id": _ID, "new_start": _DATETIME, "staff_id": _ID, "idempotency_key": _IDEMPOTENCY},
            ["appointment_id", "new_start"],
        ),
        safety=Safety.WRITE,
        result="appointment: {...as create_appointment}, previous_start",
    ),
    ToolSpec(
        name="cancel_appointment",
        description="Cancel an appointment. Needs the person's confirmation in the app.",
        parameters=_obj({"appointment_id": _ID, "reason": _text(MAX_TEXT)}, ["appointment_id"]),
        safety=Safety.CONFIRM,
        result="appointment: {appointment_id, start, status: cancelled, service, customer, plate}",
    ),
    ToolSpec(
        name="create_customer",
        description="Register a new customer at the counter.",
        parameters=_obj(
            {
                "full_name": _text(CUSTOMER_NAME_MAX, minLength=2),
                "phone": _text(CUSTOMER_PHONE_MAX),
                "email": _text(CUSTOMER_EMAIL_MAX, format="email"),
                "consent_whatsapp": {"type": "boolean", "default": False},
                "consent_email": {"type": "boolean", "default": False},
                "consent_sms": {"type": "boolean", "default": False},
                "idempotency_key": _IDEMPOTENCY,
            },
            ["full_name"],
        ),
        safety=Safety.WRITE,
        result="customer: {customer_id, full_name, phone, email}",
    ),
    ToolSpec(
        name="add_vehicle",
        description="Add a vehicle to a customer.",
        parameters=_obj(
            {
                "customer_id": _ID,
                "plate": _PLATE,
                "make": _text(60),
                "model": _text(60),
                "colour": _text(40),
                "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
                "fuel": {
                    "type": "string",
                    "enum": ["petrol", "diesel", "lpg", "methane", "hybrid", "electric"],
                },
            },
            ["customer_id", "plate", "make", "model"],
        ),
        safety=Safety.WRITE,
        result="vehicle: {vehicle_id, plate, make, model, colour, year, fuel, customer_id}",
    ),
    ToolSpec(
        name="send_message",
        description=(
            "Send a WhatsApp, email or SMS to one customer: a booking confirmation for an appointment, or a "
            "custom text. A custom text about one of the customer's own appointments (e.g. 'your car is ready') "
            "must carry that appointment_id; any other text is marketing and needs the customer's consent for "
            "the channel. Goes through the outbox; a retry with the same idempotency_key never sends twice."
        ),
        parameters=_obj(
            {
                "customer_id": _ID,
                "channel": _CHANNEL,
                "kind": {"type": "string", "enum": ["booking_confirmation", "custom"]},
                "appointment_id": _ID,
                "text": _text(MAX_TEXT),
                "idempotency_key": _IDEMPOTENCY,
            },
            ["customer_id", "channel", "kind", "idempotency_key"],
        ),
        safety=Safety.WRITE,
        result="message: {message_id, channel, to, status: queued|sent|failed, preview}",
    ),
    ToolSpec(
        name="schedule_reminder",
        description=(
            "Schedule a reminder for an appointment, by default the day before at 18:00 (Europe/Rome). "
            "Sent by the outbox when due."
        ),
        parameters=_obj(
            {
                "appointment_id": _ID,
                "channel": _CHANNEL,
                "send_at": {**_DATETIME, "description": "When to send; default the day before at 18:00"},
                "idempotency_key": _IDEMPOTENCY,
            },
            ["appointment_id", "channel"],
        ),
        safety=Safety.WRITE,
        result="reminder: {message_id, appointment_id, channel, send_at, status}",
    ),
    ToolSpec(
        name="preview_campaign",
        description=(
            "Preview a message campaign to a segment, e.g. customers whose last tyre change was more than six "
            "months ago and who have not been back since, with consent and a contact for the channel. Returns "
            "count, a sample, exclusions with reasons, a draft and a campaign_id. Nothing is sent."
        ),
        parameters=_obj(
            {
                "category": _CATEGORY,
                "last_service_before": {
                    **_DATE,
                    "description": "Last service of that category before this date",
                },
                "months_since": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 120,
                    "description": "Alternative to last_service_before: at least this many months ago",
                },
                "not_returned_since": {
                    "type": "boolean",
                    "default": True,
                    "description": "Exclude customers with any visit after that service",
                },
                "channel": _CHANNEL,
                "message": _text(MAX_TEXT, description="Message text; {name} and {plate} are filled in"),
            },
            ["category", "channel"],
            anyOf=[{"required": ["last_service_before"]}, {"required": ["months_since"]}],
        ),
        safety=Safety.READ,
        result="campaign: {campaign_id, count, sample: [{customer_id, full_name, plate, last_service}], "
        "exclusions: {no_consent, no_contact, returned_since}, draft, channel}",
    ),
    ToolSpec(
        name="send_campaign",
        description="Send a previewed campaign. Needs the person's explicit confirmation in the app; "
        "resumable and never sends to the same customer twice.",
        parameters=_obj({"campaign_id": _text(80, minLength=4)}, ["campaign_id"]),
        safety=Safety.CONFIRM,
        result="campaign: {campaign_id, queued, already_sent, total, status}",
    ),
    ToolSpec(
        name="undo_last",
        description="Undo the last change made from this app session (booking, move, cancel, new customer...).",
        parameters=_obj({}),
        safety=Safety.WRITE,
        result="undone: {tool, summary}",
    ),
)

TOOLS_BY_NAME: dict[str, ToolSpec] = {spec.name: spec for spec in TOOLS}

COLUMN_OF: dict[str, str] = {
    "create_appointment.notes": "bookly_appointments.internal_note",
    "cancel_appointment.reason": "bookly_appointments.internal_note",
    "create_customer.full_name": "bookly_customers.full_name",
    "create_customer.phone": "bookly_customers.phone",
    "create_customer.email": "bookly_customers.email",
    "add_vehicle.plate": "officina_vehicles.plate",
    "add_vehicle.make": "officina_vehicles.make",
    "add_vehicle.model": "officina_vehicles.model",
    "add_vehicle.colour": "officina_vehicles.colour",
    "send_message.text": "officina_outbox.body",
    "preview_campaign.message": "officina_campaigns.draft",
    "send_campaign.campaign_id": "officina_campaigns.id",
}
"""Where each stored string argument lands (table without prefix, column). An argument not listed here
is only searched with, or is an enum, a date or an idempotency_key (stored scoped as
"u<user id>:<tool>:<key>" in officina_idempotency.idem_key, VARCHAR(190))."""

NORMALISED_BEFORE_STORING = {"add_vehicle.plate": 10}
"""Arguments the backend normalises and bounds before storing (a plate as heard, e.g. "AB 123 CD", is
stored as at most 10 letters and digits)."""
