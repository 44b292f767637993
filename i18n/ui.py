"""The desktop window's labels, key → {"it": ..., "en": ...}, and the current UI language; Italian is the default."""

from __future__ import annotations

import logging

from i18n.languages import Catalogue, Language, pick

_LOGGER = logging.getLogger(__name__)

STRINGS: Catalogue = {
    "app.title": {"it": "Officina Voice", "en": "Officina Voice"},
    # push to talk and live state
    "ptt.idle": {"it": "Tieni premuto per parlare  (Spazio)", "en": "Hold to talk  (Space)"},
    "ptt.listening": {"it": "Ti ascolto… rilascia per inviare", "en": "Listening… release to send"},
    "ptt.speaking": {"it": "Premi per interrompere", "en": "Press to interrupt"},
    "ptt.busy": {"it": "Attendi…", "en": "Please wait…"},
    "hands_free": {"it": "Mani libere", "en": "Hands-free"},
    "state.loading": {"it": "Avvio del motore vocale…", "en": "Starting the voice engine…"},
    "state.idle": {"it": "Pronto", "en": "Ready"},
    "state.listening": {"it": "In ascolto", "en": "Listening"},
    "state.transcribing": {"it": "Trascrivo", "en": "Transcribing"},
    "state.thinking": {"it": "Ragiono", "en": "Thinking"},
    "state.acting": {"it": "Eseguo: {tool}", "en": "Running: {tool}"},
    "state.speaking": {"it": "Rispondo", "en": "Speaking"},
    "state.confirm": {"it": "Attendo la tua conferma", "en": "Waiting for your confirmation"},
    "state.error": {"it": "Errore", "en": "Error"},
    "text.placeholder": {
        "it": "…oppure scrivi la richiesta e premi Invio",
        "en": "…or type the request and press Enter",
    },
    "text.send": {"it": "Invia", "en": "Send"},
    # conversation
    "conv.you": {"it": "Tu", "en": "You"},
    "conv.assistant": {"it": "Assistente", "en": "Assistant"},
    "conv.welcome": {
        "it": "Officina demo aperta. Tieni premuto Spazio (o F9 da qualsiasi programma) e parla.",
        "en": "Demo workshop open. Hold Space (or F9 from any program) and speak.",
    },
    "conv.connect_hint": {
        "it": "Per collegare il tuo sito WordPress: Impostazioni → Officina → WordPress.",
        "en": "To connect your WordPress site: Settings → Workshop → WordPress.",
    },
    "conv.no_speech": {"it": "(nessuna parola riconosciuta)", "en": "(no words recognised)"},
    "conv.error": {"it": "Non è andata. {message}", "en": "That did not work. {message}"},
    "conv.details_in_panel": {
        "it": "Dettagli nel pannello a destra.",
        "en": "Details in the panel on the right.",
    },
    # cards
    "card.vehicle": {"it": "Veicolo", "en": "Vehicle"},
    "card.customer": {"it": "Cliente", "en": "Customer"},
    "card.slots": {"it": "Posti liberi", "en": "Free slots"},
    "card.appointment": {"it": "Appuntamento", "en": "Appointment"},
    "card.appointments": {"it": "Appuntamenti", "en": "Appointments"},
    "card.history": {"it": "Storico interventi", "en": "Service history"},
    "card.services": {"it": "Servizi", "en": "Services"},
    "card.message": {"it": "Messaggio", "en": "Message"},
    "card.reminder": {"it": "Promemoria", "en": "Reminder"},
    "card.campaign": {"it": "Anteprima campagna", "en": "Campaign preview"},
    "card.undo": {"it": "Annullato", "en": "Undone"},
    "card.result": {"it": "Risultato", "en": "Result"},
    "card.failed": {"it": "Rifiutato", "en": "Refused"},
    "card.not_found": {"it": "Non trovato", "en": "Not found"},
    "card.more": {"it": "… e altri {n}", "en": "… and {n} more"},
    "card.undo_button": {"it": "Annulla l'ultima azione", "en": "Undo last action"},
    "card.undone": {"it": "Annullata: {summary}", "en": "Undone: {summary}"},
    "card.ambiguous": {"it": "più risultati possibili", "en": "more than one match"},
    # the labels of a card's fields (desktop/cards/card_layouts.py), and the statuses they show
    "field.channel": {"it": "Canale", "en": "Channel"},
    "field.count": {"it": "Quanti", "en": "Count"},
    "field.customer": {"it": "Cliente", "en": "Customer"},
    "field.excluded": {"it": "Esclusi", "en": "Left out"},
    "field.message": {"it": "Messaggio", "en": "Message"},
    "field.plate": {"it": "Targa", "en": "Plate"},
    "field.service": {"it": "Servizio", "en": "Service"},
    "field.staff": {"it": "Addetto", "en": "Staff"},
    "field.start": {"it": "Inizio", "en": "Start"},
    "field.status": {"it": "Stato", "en": "Status"},
    "field.to": {"it": "A", "en": "To"},
    "field.tool": {"it": "Azione", "en": "Action"},
    "field.when": {"it": "Quando", "en": "When"},
    "value.approved": {"it": "confermato", "en": "approved"},
    "value.pending": {"it": "in attesa", "en": "pending"},
    "value.cancelled": {"it": "annullato", "en": "cancelled"},
    "value.rejected": {"it": "rifiutato", "en": "rejected"},
    "value.done": {"it": "eseguito", "en": "done"},
    "value.queued": {"it": "in coda", "en": "queued"},
    "value.sending": {"it": "in invio", "en": "sending"},
    "value.sent": {"it": "inviato", "en": "sent"},
    "value.failed": {"it": "non inviato", "en": "failed"},
    "sayback.hint": {
        "it": "Rispondi \u201csì\u201d o \u201cno\u201d a voce, oppure qui.",
        "en": "Answer \u201cyes\u201d or \u201cno\u201d aloud, or here.",
    },
    "sayback.accept": {"it": "Sì, procedi", "en": "Yes, go ahead"},
    "sayback.decline": {"it": "No", "en": "No"},
    "sayback.said_yes": {"it": "✓ Hai risposto sì.", "en": "✓ You answered yes."},
    "sayback.said_no": {"it": "✕ Hai risposto no: nulla è stato fatto.", "en": "✕ You answered no: nothing was done."},
    "sayback.closed": {"it": "Domanda chiusa: la risposta è qui sotto.", "en": "Question closed: the answer is below."},
    "sayback.yes_word": {"it": "sì", "en": "yes"},
    "sayback.no_word": {"it": "no", "en": "no"},
    "confirm.title": {"it": "Serve la tua conferma", "en": "Your confirmation is needed"},
    "confirm.accept": {"it": "Conferma", "en": "Confirm"},
    "confirm.decline": {"it": "Annulla", "en": "Cancel"},
    "confirm.spoken": {
        "it": "Puoi anche dire \u201csì, conferma\u201d o \u201cno\u201d.",
        "en": "You can also say \u201cyes, confirm\u201d or \u201cno\u201d.",
    },
    "confirm.accepted": {"it": "Confermato", "en": "Confirmed"},
    "confirm.declined": {"it": "Annullato, nulla è stato fatto", "en": "Cancelled, nothing was done"},
    "confirm.what": {"it": "Cosa", "en": "What"},
    "confirm.who": {"it": "A chi", "en": "To whom"},
    "confirm.count": {"it": "Quanti", "en": "How many"},
    # side panel
    "panel.title": {"it": "Fasi del turno", "en": "Turn stages"},
    "panel.turn": {"it": "Turno", "en": "Turn"},
    "panel.empty": {
        "it": "Qui vedrai ogni fase del turno con i tempi: audio, VAD, trascrizione, modello, "
        "strumenti e voce.",
        "en": "Every stage of the turn shows here with its timing: audio, VAD, transcript, model, "
        "tools and voice.",
    },
    "panel.pick_stage": {
        "it": "Clicca una fase per vederne i dettagli: testo, argomenti, risultati, errori.",
        "en": "Click a stage to see its details: text, arguments, results, errors.",
    },
    "panel.copy": {"it": "Copia traccia", "en": "Copy trace"},
    "panel.open": {"it": "Apri file traccia", "en": "Open trace file"},
    "panel.copied": {"it": "Traccia copiata negli appunti", "en": "Trace copied to the clipboard"},
    "panel.no_file": {"it": "Questo turno non ha un file traccia", "en": "This turn has no trace file"},
    "panel.total": {"it": "Totale {ms}", "en": "Total {ms}"},
    "panel.path": {"it": "Percorso: {path}", "en": "Path: {path}"},
    "panel.path.fastpath": {"it": "rapido offline", "en": "offline fast path"},
    "panel.path.llm": {"it": "modello cloud", "en": "cloud model"},
    "stage.audio": {"it": "Audio", "en": "Audio"},
    "stage.vad": {"it": "VAD", "en": "VAD"},
    "stage.stt": {"it": "Trascrizione", "en": "Transcript"},
    "stage.fastpath": {"it": "Percorso rapido", "en": "Fast path"},
    "stage.fastpath_asks": {"it": "→ chiede", "en": "→ asks"},
    "stage.llm": {"it": "Modello, giro {n}", "en": "Model, round {n}"},
    "stage.dropped": {"it": "Modello, avvio anticipato scartato", "en": "Model, early start dropped"},
    "dropped.speech_resumed": {"it": "hai ripreso a parlare", "en": "you spoke again"},
    "dropped.transcript_changed": {
        "it": "la trascrizione finale era diversa",
        "en": "the final transcript differed",
    },
    "dropped.replaced": {
        "it": "sostituito da una trascrizione più recente",
        "en": "a newer transcript replaced it",
    },
    "dropped.not_for_the_model": {
        "it": "il turno non è andato al modello",
        "en": "the turn did not go to the model",
    },
    "dropped.started": {"it": "avviato", "en": "started"},
    "dropped.rounds": {"it": "giri inviati", "en": "rounds sent"},
    "dropped.tools": {"it": "strumenti di sola lettura eseguiti", "en": "read-only tools run"},
    "dropped.note": {
        "it": "Il modello era partito mentre parlavi; niente di ciò che ha fatto è stato mostrato, detto o ricordato.",
        "en": "The model had started while you were talking; nothing it did was shown, spoken or remembered.",
    },
    "stage.tool": {"it": "Strumento", "en": "Tool"},
    "stage.confirm": {"it": "Conferma richiesta", "en": "Confirmation asked"},
    "stage.tts": {"it": "Voce", "en": "Voice"},
    "stage.error": {"it": "Errore", "en": "Error"},
    "stage.first_token": {"it": "primo token {ms}", "en": "first token {ms}"},
    "stage.first_audio": {"it": "primo audio {ms}", "en": "first audio {ms}"},
    "stage.won_by": {"it": "vince {engine}", "en": "{engine} won"},
    "stage.local_vs_cloud": {"it": "Locale e cloud a confronto", "en": "Local and cloud side by side"},
    # status bar
    "status.backend.local": {"it": "Officina demo (locale)", "en": "Demo workshop (local)"},
    "status.backend.ok": {"it": "raggiungibile", "en": "reachable"},
    "status.backend.down": {"it": "non raggiungibile", "en": "not reachable"},
    "status.stt": {"it": "Trascrizione: {mode}", "en": "Speech-to-text: {mode}"},
    "status.llm.cloud": {"it": "Modello cloud: pronto", "en": "Cloud model: ready"},
    "status.llm.offline": {"it": "Solo percorso rapido offline", "en": "Offline fast path only"},
    "status.models.ok": {"it": "Modelli installati", "en": "Models installed"},
    "status.models.missing": {"it": "Modelli mancanti: {names}", "en": "Missing models: {names}"},
    "status.starting": {"it": "Avvio…", "en": "Starting…"},
    "status.hotkey_failed": {
        "it": "Il tasto globale {key} non funziona su questo computer: tieni premuto Spazio nella finestra.",
        "en": "The global hotkey {key} does not work on this computer: hold Space in the window.",
    },
    # menu, tray
    "menu.settings": {"it": "Impostazioni…", "en": "Settings…"},
    "menu.undo": {"it": "Annulla ultima azione", "en": "Undo last action"},
    "menu.show": {"it": "Mostra finestra", "en": "Show window"},
    "menu.quit": {"it": "Esci", "en": "Quit"},
    "tray.minimised": {
        "it": "Officina Voice resta attivo qui. Il tasto globale funziona ancora.",
        "en": "Officina Voice keeps running here. The global hotkey still works.",
    },
    # settings dialog
    "settings.title": {"it": "Impostazioni", "en": "Settings"},
    "settings.tab.general": {"it": "Generale", "en": "General"},
    "settings.tab.speech": {"it": "Voce", "en": "Speech"},
    "settings.tab.ai": {"it": "Modello", "en": "Model"},
    "settings.tab.workshop": {"it": "Officina", "en": "Workshop"},
    "settings.tab.privacy": {"it": "Tracce", "en": "Traces"},
    "settings.language": {"it": "Lingua", "en": "Language"},
    "settings.input": {"it": "Microfono", "en": "Microphone"},
    "settings.output": {"it": "Altoparlante", "en": "Speaker"},
    "settings.default_device": {"it": "Predefinito di sistema", "en": "System default"},
    "settings.test_tone": {"it": "Prova suono", "en": "Test tone"},
    "settings.mic_test": {"it": "Prova microfono", "en": "Test microphone"},
    "settings.ptt_key": {"it": "Tasto per parlare", "en": "Push-to-talk key"},
    "settings.hotkey": {"it": "Tasto globale", "en": "Global hotkey"},
    "settings.hotkey_none": {"it": "(nessuno)", "en": "(none)"},
    "settings.stt_mode": {"it": "Trascrizione", "en": "Speech-to-text"},
    "settings.stt.local": {"it": "Locale (offline)", "en": "Local (offline)"},
    "settings.stt.cloud": {"it": "Cloud", "en": "Cloud"},
    "settings.stt.hybrid": {"it": "Ibrida (la più veloce)", "en": "Hybrid (fastest wins)"},
    "settings.deadline": {"it": "Limite cloud (ms)", "en": "Cloud deadline (ms)"},
    "settings.voice": {"it": "Voce", "en": "Voice"},
    "settings.api_key": {"it": "Chiave API", "en": "API key"},
    "settings.api_key_set": {
        "it": "(salvata, lascia vuoto per tenerla)",
        "en": "(saved; leave empty to keep)",
    },
    "settings.base_url": {"it": "URL di base", "en": "Base URL"},
    "settings.model": {"it": "Modello", "en": "Model"},
    "settings.server": {"it": "Server del modello", "en": "Model server"},
    "settings.server.openai": {"it": "OpenAI (cloud, serve la chiave)", "en": "OpenAI (cloud, needs a key)"},
    "settings.server.llamacpp": {"it": "llama.cpp su questo PC", "en": "llama.cpp on this PC"},
    "settings.server.ollama": {"it": "Ollama su questo PC", "en": "Ollama on this PC"},
    "settings.server.vllm": {"it": "vLLM in rete locale", "en": "vLLM on the local network"},
    "settings.server.custom": {
        "it": "Altro server compatibile OpenAI",
        "en": "Other OpenAI-compatible server",
    },
    "settings.server_hint.openai": {
        "it": "Il modello gira nel cloud di OpenAI: serve la chiave API.",
        "en": "The model runs in OpenAI's cloud: an API key is needed.",
    },
    "settings.server_hint.local": {
        "it": "Server su questo PC o in rete locale: nessuna chiave API. Il server deve passare gli strumenti "
        "al modello (llama.cpp: --jinja; vLLM: --enable-auto-tool-choice); verifica con «officina --self-test». "
        "Su un PC senza GPU la prima risposta può richiedere decine di secondi.",
        "en": "A server on this PC or the local network: no API key. It must pass the tools to the model "
        "(llama.cpp: --jinja; vLLM: --enable-auto-tool-choice); check with 'officina --self-test'. "
        "On a PC without a GPU the first answer can take tens of seconds.",
    },
    "settings.fastpath": {"it": "Percorso rapido offline", "en": "Offline fast path"},
    "settings.offline_only": {"it": "Solo offline (niente cloud)", "en": "Offline only (no cloud)"},
    "settings.backend": {"it": "Dati dell'officina", "en": "Workshop data"},
    "settings.backend.local": {"it": "Officina demo (locale)", "en": "Demo workshop (local)"},
    "settings.backend.wordpress": {"it": "Sito WordPress", "en": "WordPress site"},
    "settings.wp_url": {"it": "Indirizzo del sito", "en": "Site address"},
    "settings.wp_user": {"it": "Utente", "en": "User"},
    "settings.wp_password": {"it": "Password applicazione", "en": "Application password"},
    "settings.test_connection": {"it": "Prova connessione", "en": "Test connection"},
    "settings.testing": {"it": "Provo…", "en": "Testing…"},
    "settings.connection_ok": {"it": "Collegato: il sito risponde.", "en": "Connected: the site answers."},
    "settings.connection_failed": {
        "it": "Il sito non risponde o rifiuta l'accesso: controlla indirizzo, utente e password applicazione.",
        "en": "The site does not answer or refuses access: check the address, user and application password.",
    },
    "settings.save_audio": {
        "it": "Salva l'audio con le tracce",
        "en": "Save audio with traces",
    },
    "settings.retention": {"it": "Conserva tracce (giorni)", "en": "Keep traces (days)"},
    "settings.save": {"it": "Salva", "en": "Save"},
    "settings.cancel": {"it": "Annulla", "en": "Cancel"},
    "settings.restart_note": {
        "it": "Il motore vocale si riavvia con le nuove impostazioni.",
        "en": "The voice engine restarts with the new settings.",
    },
    "settings.invalid_url": {
        "it": "Indirizzo WordPress non valido: deve iniziare con https:// o http://",
        "en": "Invalid WordPress address: it must start with https:// or http://",
    },
    # first run
    "models.title": {"it": "Installazione modelli", "en": "Installing models"},
    "models.progress": {"it": "Installo {label}…", "en": "Installing {label}…"},
    "models.failed": {
        "it": "Installazione dei modelli vocali non riuscita: controlla che ci sia spazio libero sul disco, "
        "poi chiudi e riapri l'app.",
        "en": "Installing the voice models failed: check there is free disk space, then close and reopen the app.",
    },
}


class _State:
    language: Language = "it"


def set_language(language: str) -> None:
    """Switch the UI language; unknown languages fall back to Italian."""
    _State.language = pick(language)


def language() -> Language:
    return _State.language


def tr_or(key: str, default: str) -> str:
    """The string for `key` when the table has it, else `default` as given (a value from the data)."""
    return tr(key) if key in STRINGS else default


def tr(key: str, /, **values: object) -> str:
    """The string for `key` in the current language, with `{name}` fields filled in."""
    entry = STRINGS.get(key)
    if entry is None:
        _LOGGER.warning("Missing UI string %r", key)
        return key
    text = entry.get(_State.language) or entry["it"]
    return text.format(**values) if values else text
