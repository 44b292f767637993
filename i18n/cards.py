"""Card titles the backends attach to tool results (the `display` hint), per language.

The local backend writes them in its message language (the app's language:
engine/pipeline/backend_factory.py). The WordPress plugin writes the same texts from its
includes/texts.json, generated from TITLES by `python -m wp_api.wordpress.export_tools`, in the
language the app sends as X-Officina-Language (else the plugin's `language` setting)."""

from __future__ import annotations

from i18n.languages import Catalogue, lookup

TITLES: Catalogue = {
    "slots": {"it": "{service}: {first}", "en": "{service}: {first}"},
    "no_slots": {"it": "{service}: nessun posto libero", "en": "{service}: no free slot"},
    "services": {"it": "{count} servizi", "en": "{count} services"},
    "history": {"it": "{plate} · {count} interventi", "en": "{plate} · {count} services done"},
    "vehicle_models": {"it": "{count} modelli in archivio", "en": "{count} models on file"},
    "appointments": {"it": "{count} appuntamenti", "en": "{count} appointments"},
    "campaign_preview": {
        "it": "Campagna: {count} destinatari ({channel})",
        "en": "Campaign: {count} recipients ({channel})",
    },
    "campaign": {"it": "Campagna {id}", "en": "Campaign {id}"},
    "reminder": {"it": "Promemoria {when}", "en": "Reminder {when}"},
    "undo": {"it": "Annullato: {summary}", "en": "Undone: {summary}"},
}


def card_title(key: str, language: str, **values: object) -> str:
    return lookup(TITLES, key, language).format(**values)
