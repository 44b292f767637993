"""Every text a person sees or hears, in their language, and how dates, times and numbers are written.

A leaf package: it imports nothing of ours, so wp_api, models, engine and desktop all draw on it.

    languages.py  the languages (Italian first, English second) and the fallback rule
    timezone.py   the workshop's time zone: the one place it is defined
    dates.py      dates, times and numbers in words, formatted by Babel (one spoken style per language)
    ui.py         the desktop window's labels and the current UI language (`tr`)
    replies.py    the voice pipeline's own spoken sentences
    fastpath.py   the offline fast path's spoken answers, refusals and vehicle descriptions
    messages.py   the texts sent to customers (email, SMS, WhatsApp), mirrored by the WordPress plugin
    errors.py     what a person is told when something fails, per error kind
    cards.py      the titles of the cards the local backend attaches to tool results
    spelling.py   the names of a plate's letters and digits, as a plate is spelled aloud

Each catalogue maps a key to its text per language ({"it": ..., "en": ...}); a new language is one more
entry in `languages.LANGUAGES` and one more text per key (tests/i18n checks that none is missing), plus
the plugin's message texts (class-officina-messages-render.php).
"""
