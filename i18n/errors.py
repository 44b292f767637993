"""What a person is told when something fails: one sentence per error kind, saying what to do.

The engine names the kind of each failure (`engine.errors.error_kind`); the technical detail (the
exception's own English text, a device number, an HTTP status) stays in the log and the turn trace.
A text here never repeats that detail: a receptionist acts on "plug in the headphones", not on
"Error querying device -1"."""

from __future__ import annotations

from i18n.languages import Catalogue, lookup

ERRORS: Catalogue = {
    "unexpected": {
        "it": "Qualcosa non ha funzionato. Riprova; se succede ancora, chiudi e riapri l'app.",
        "en": "Something went wrong. Try again; if it happens again, close and reopen the app.",
    },
    "engine.starting": {
        "it": "Il motore vocale si sta ancora avviando: riprova tra un momento.",
        "en": "The voice engine is still starting: try again in a moment.",
    },
    # settings
    "config": {
        "it": "Un'impostazione manca o non è valida: controlla le Impostazioni.",
        "en": "A setting is missing or not valid: check Settings.",
    },
    "config.api_key": {
        "it": "Manca la chiave API di OpenAI, quindi funzionano solo i comandi offline: "
        "aggiungila in Impostazioni → Modello.",
        "en": "No OpenAI API key is set, so only the offline commands work: add it in Settings → Model.",
    },
    "config.wordpress": {
        "it": "Il collegamento al sito WordPress non è completo: inserisci indirizzo, utente e password "
        "applicazione in Impostazioni → Officina.",
        "en": "The WordPress connection is not complete: enter the address, user and application password "
        "in Settings → Workshop.",
    },
    "config.messaging": {
        "it": "L'invio dei messaggi ai clienti non è configurato del tutto: completa WhatsApp o email "
        "nelle Impostazioni.",
        "en": "Sending messages to customers is not fully set up: complete WhatsApp or email in Settings.",
    },
    "config.database": {
        "it": "L'archivio dell'officina demo non si apre: chiudi l'app e chiedi all'assistenza di ricrearlo.",
        "en": "The demo workshop's database does not open: close the app and ask support to rebuild it.",
    },
    # models
    "model.missing": {
        "it": "Un modello vocale manca o è danneggiato: chiudi e riapri l'app per reinstallarlo.",
        "en": "A voice model is missing or damaged: close and reopen the app to reinstall it.",
    },
    # audio
    "audio": {
        "it": "C'è un problema con l'audio: controlla microfono e altoparlanti in Impostazioni → Voce.",
        "en": "There is a sound problem: check the microphone and speaker in Settings → Speech.",
    },
    "audio.no_speaker": {
        "it": "Nessun altoparlante trovato: collega le cuffie o le casse e riprova.",
        "en": "No speaker found: plug in headphones or speakers and try again.",
    },
    "audio.no_microphone": {
        "it": "Nessun microfono trovato: collega il microfono o le cuffie e riprova.",
        "en": "No microphone found: plug in a microphone or a headset and try again.",
    },
    "audio.speaker_busy": {
        "it": "L'altoparlante non si apre: chiudi i programmi che lo usano, o scegline un altro in "
        "Impostazioni → Voce.",
        "en": "The speaker does not open: close the programs using it, or choose another one in "
        "Settings → Speech.",
    },
    "audio.microphone_busy": {
        "it": "Il microfono non si apre: chiudi i programmi che lo usano, o scegline un altro in "
        "Impostazioni → Voce.",
        "en": "The microphone does not open: close the programs using it, or choose another one in "
        "Settings → Speech.",
    },
    "audio.no_sound_system": {
        "it": "Il sistema audio del computer non risponde: riavvia il computer; se non basta, chiedi all'assistenza.",
        "en": "The computer's sound system is not answering: restart the computer; if that does not help, "
        "ask support.",
    },
    "audio.file": {
        "it": "Quel file audio non si può leggere: usa una registrazione WAV.",
        "en": "That audio file cannot be read: use a WAV recording.",
    },
    # the stages of a turn
    "vad": {
        "it": "Non riesco a capire quando parli: riprova; se succede ancora, chiudi e riapri l'app.",
        "en": "I cannot tell when you are speaking: try again; if it happens again, close and reopen the app.",
    },
    "vad.unavailable": {
        "it": "L'ascolto a voce non è disponibile: scrivi la richiesta nella casella di testo.",
        "en": "Listening is not available: type the request in the text box.",
    },
    "stt": {
        "it": "Non sono riuscito a trascrivere quello che hai detto: riprova.",
        "en": "I could not transcribe what you said: please try again.",
    },
    "stt.timeout": {
        "it": "La trascrizione ci ha messo troppo: riprova con una frase più breve.",
        "en": "Transcribing took too long: try again with a shorter sentence.",
    },
    "llm": {
        "it": "Il modello non ha risposto: riprova tra poco.",
        "en": "The model did not answer: try again shortly.",
    },
    "llm.unreachable": {
        "it": "Il modello non è raggiungibile: controlla la connessione a Internet; i comandi offline "
        "funzionano lo stesso.",
        "en": "The model cannot be reached: check the Internet connection; the offline commands still work.",
    },
    "llm.timeout": {
        "it": "Il modello ci ha messo troppo a rispondere: riprova tra poco.",
        "en": "The model took too long to answer: try again shortly.",
    },
    "llm.auth": {
        "it": "Il modello ha rifiutato la chiave: controlla la chiave API in Impostazioni → Modello.",
        "en": "The model refused the key: check the API key in Settings → Model.",
    },
    "llm.rate_limited": {
        "it": "Il modello è sovraccarico o il credito è finito: riprova tra qualche minuto.",
        "en": "The model is overloaded or the credit has run out: try again in a few minutes.",
    },
    "llm.server": {
        "it": "Il server del modello ha un guasto: riprova tra poco; i comandi offline funzionano lo stesso.",
        "en": "The model's server has a fault: try again shortly; the offline commands still work.",
    },
    "llm.stream": {
        "it": "Il modello si è interrotto a metà risposta: riprova tra poco.",
        "en": "The model broke off in the middle of its answer: please try again.",
    },
    "tts": {
        "it": "Non riesco a parlare: leggi la risposta nella finestra.",
        "en": "I cannot speak: read the answer in the window.",
    },
    # the workshop's data
    "backend.unreachable": {
        "it": "Il gestionale non risponde: controlla la connessione al sito, poi riprova.",
        "en": "The booking system is not answering: check the connection to the site, then try again.",
    },
    "backend.refused": {
        "it": "Il gestionale ha rifiutato la richiesta: controlla i dati e riprova.",
        "en": "The booking system refused the request: check the details and try again.",
    },
}


def error_message(kind: str, language: str) -> str:
    """The sentence for an error kind; a kind without one reads as "unexpected"."""
    return lookup(ERRORS, kind if kind in ERRORS else "unexpected", language)
