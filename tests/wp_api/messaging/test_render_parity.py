"""The plugin's message texts (class-officina-messages-render.php, run with php-cli) are the desktop's
(wp_api/messaging/render.py): every kind in Italian and English, as each channel sends them — the
subject and text of an email, the text of an SMS, the template parameters of a WhatsApp message."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import wp_api
from wp_api.messaging.render import format_when, render

INCLUDES = Path(wp_api.__file__).resolve().parent / "wordpress-plugin" / "officina-voice" / "includes"
RENDER_PHP = INCLUDES / "class-officina-messages-render.php"
TEXTS_PHP = INCLUDES / "class-officina-texts.php"
"""The renderer's day and month names and date words come from texts.json through Officina_Texts."""

CHANNELS = {
    "email": lambda subject, text, params: {"subject": subject, "text": text},
    "sms": lambda subject, text, params: {"text": text},
    "whatsapp": lambda subject, text, params: {"template_params": params},
}
"""What each channel sends of a rendered message."""

BOOKING = {
    "workshop_name": "Autofficina Rossi",
    "customer_name": "Mario Bianchi",
    "service": "Tagliando",
    "starts_at": "2026-12-02T09:00",
    "plate": "AB123CD",
}
CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "confirmation": ("booking_confirmation", BOOKING),
    "confirmation, no plate, no name": (
        "booking_confirmation",
        {**BOOKING, "plate": "", "customer_name": "  "},
    ),
    "confirmation, name and service with newlines and tabs": (
        "booking_confirmation",
        {**BOOKING, "customer_name": "Mario\n  Bianchi", "service": "Cambio\tgomme  invernali"},
    ),
    "confirmation, no workshop name": ("booking_confirmation", {**BOOKING, "workshop_name": ""}),
    "reminder the day before": ("reminder", {**BOOKING, "today": "2026-12-01"}),
    "reminder the same day": ("reminder", {**BOOKING, "today": "2026-12-02"}),
    "reminder a week before": ("reminder", {**BOOKING, "today": "2026-11-25"}),
    "reminder across the new year": (
        "reminder",
        {**BOOKING, "starts_at": "2027-01-04T14:30", "today": "2026-12-30"},
    ),
    "reminder, no plate, no name": (
        "reminder",
        {**BOOKING, "plate": "", "customer_name": "", "today": "2026-12-01"},
    ),
    "campaign, default draft": (
        "campaign",
        {"workshop_name": "Autofficina Rossi", "customer_name": "Anna Verdi", "plate": "CD456EF"},
    ),
    "campaign, own draft and subject": (
        "campaign",
        {
            "workshop_name": "Autofficina Rossi",
            "customer_name": "Anna Verdi",
            "plate": "",
            "draft": "Ciao {name}: {workshop} ha posto per {plate}. {sconto} 10%\n\nA presto",
            "subject": "Inverno",
        },
    ),
    "campaign, empty subject": (
        "campaign",
        {
            "workshop_name": "Autofficina Rossi",
            "customer_name": "Anna Verdi",
            "draft": "Ciao {name}",
            "subject": "",
        },
    ),
    "custom": (
        "custom",
        {
            "workshop_name": "Autofficina Rossi",
            "customer_name": "Luca Neri",
            "text": "La sua auto è pronta, {name}.",
        },
    ),
    "custom, own subject": (
        "custom",
        {
            "workshop_name": "Autofficina Rossi",
            "customer_name": "Luca Neri",
            "text": "Pronta",
            "subject": "Ritiro",
        },
    ),
}

_PHP_RUNNER = r"""
define('ABSPATH', '/');
require $argv[1];
require $argv[2];
$out = [];
foreach (json_decode(file_get_contents('php://stdin'), true) as $case) {
    if (isset($case['when'])) {
        $today = isset($case['today']) ? new DateTimeImmutable($case['today']) : null;
        $out[] = Officina_Messages_Render::format_when(new DateTimeImmutable($case['when']), $case['lang'], $today);
        continue;
    }
    $f = $case['fields'];
    foreach (['starts_at', 'today'] as $k) {
        if (isset($f[$k])) { $f[$k] = new DateTimeImmutable($f[$k]); }
    }
    $out[] = Officina_Messages_Render::render($case['kind'], $case['lang'], $f);
}
echo json_encode($out, JSON_UNESCAPED_UNICODE);
"""


def _php(cases: list[dict[str, Any]]) -> list[list[Any]]:
    if shutil.which("php") is None:
        message = "php-cli is not installed (Debian: php8.2-cli)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    proc = subprocess.run(
        ["php", "-r", _PHP_RUNNER, "--", str(RENDER_PHP), str(TEXTS_PHP)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout)


def _python(kind: str, lang: str, fields: dict[str, Any]) -> tuple[str, str, list[str]]:
    values = dict(fields)
    if "today" in values:
        values["today"] = date.fromisoformat(values["today"])
    if "starts_at" in values:
        values["starts_at"] = datetime.fromisoformat(values["starts_at"])
    return render(kind, lang, **values)


@pytest.fixture(scope="module")
def php_rendered() -> dict[tuple[str, str], list[Any]]:
    keys = [(name, lang) for name in CASES for lang in ("it", "en")]
    cases = [{"kind": CASES[name][0], "lang": lang, "fields": CASES[name][1]} for name, lang in keys]
    return dict(zip(keys, _php(cases), strict=True))


@pytest.mark.parametrize("channel", list(CHANNELS))
@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_plugin_sends_the_desktops_words(
    php_rendered: dict[tuple[str, str], list[Any]], case: str, lang: str, channel: str
) -> None:
    kind, fields = CASES[case]
    expected = CHANNELS[channel](*_python(kind, lang, fields))
    assert CHANNELS[channel](*php_rendered[(case, lang)]) == expected


def test_every_kind_is_compared() -> None:
    assert {kind for kind, _ in CASES.values()} == {"booking_confirmation", "reminder", "campaign", "custom"}


WHEN_CASES = [
    *(f"2026-{month:02d}-{month + 7:02d}T{month + 7:02d}:05" for month in range(1, 13)),  # every month
    *(f"2026-06-{day:02d}T08:00" for day in range(1, 8)),  # every weekday
]


@pytest.mark.parametrize("today", [None, "2026-06-01", "2026-06-02", "2025-12-31"])
@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_day_and_month_is_written_as_the_desktop_writes_it(lang: str, today: str | None) -> None:
    cases = [{"when": when, "lang": lang, "today": today} for when in WHEN_CASES]
    expected = [
        format_when(when, lang, today=date.fromisoformat(today) if today else None) for when in WHEN_CASES
    ]
    assert _php(cases) == expected
