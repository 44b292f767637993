"""The application's command-line front: `officina` (app.cli) and its subcommands (app.commands).

It is the one package that may import every other: it starts the desktop app, runs the engine's
commands and the benches (`officina bench`)."""
