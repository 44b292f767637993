"""`officina wordpress connect URL USER`, `status` and `plugin-zip [OUT]`: the app on a WordPress site."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
from pathlib import Path
from typing import Any

from engine.config import load_settings, save_settings
from engine.errors import ConfigError
from engine.secrets import get_secret, set_secret, wordpress_secret_name
from wp_api.contract import BackendHealth
from wp_api.wordpress import WordPressBackend
from wp_api.wordpress.plugin_zip import build_plugin_zip

_LOGGER = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "wordpress",
        help="connect to a WordPress site running the Officina Voice plugin",
        description="Use a WordPress + Bookly site (with the Officina Voice plugin) as the workshop backend.",
    )
    actions = parser.add_subparsers(dest="wordpress_command", metavar="ACTION", required=True)
    connect = actions.add_parser(
        "connect",
        help="store the application password, check the site, and switch the app to it",
        description="Create an application password in WordPress (Users → Profile → Application Passwords) "
        "for a user allowed to use Officina Voice, then run this command.",
    )
    connect.add_argument("url", help="the site's address, e.g. https://officina.example.it")
    connect.add_argument("user", help="the WordPress user name")
    connect.add_argument(
        "--password-stdin", action="store_true", help="read the application password from standard input"
    )
    connect.set_defaults(func=connect_command)
    status = actions.add_parser("status", help="show the configured site and whether it answers")
    status.set_defaults(func=status_command)
    plugin = actions.add_parser(
        "plugin-zip",
        help="write the Officina Voice plugin's installable zip (Plugins → Add New → Upload Plugin)",
        description="Build officina-voice-<version>.zip from the plugin shipped with this app.",
    )
    plugin.add_argument(
        "out", nargs="?", default=".", help="folder to write it to, or a path ending in .zip (default: here)"
    )
    plugin.set_defaults(func=plugin_zip_command)


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline()
    else:
        password = getpass.getpass(f"Application password for {args.user}: ")
    # WordPress shows application passwords in groups of four separated by spaces; both forms work.
    password = password.strip()
    if not password:
        raise ConfigError("No application password given.")
    return password


async def _check(url: str, user: str, password: str) -> BackendHealth:
    async with WordPressBackend(base_url=url, user=user, password=password) as backend:
        return await backend.health()


def _describe(health: BackendHealth) -> str:
    extra = health.extra
    bookly = extra.get("bookly") or {}
    lines = [
        health.detail,
        f"  plugin {health.version or '?'} · WordPress {extra.get('wordpress', '?')} · time zone {health.timezone}",
        f"  Bookly tables: {len(bookly.get('tables_found') or [])} found"
        + (f", missing {', '.join(bookly['missing_tables'])}" if bookly.get("missing_tables") else ""),
    ]
    caps = extra.get("capabilities") or {}
    if caps:
        lines.append(
            f"  user {extra.get('user', '?')}: tools {'yes' if caps.get('use') else 'no'}, "
            f"campaigns {'yes' if caps.get('bulk') else 'no'}"
        )
    return "\n".join(lines)


def connect_command(args: argparse.Namespace) -> int:
    url = args.url.strip().rstrip("/")
    try:
        WordPressBackend(base_url=url, user=args.user, password="-")  # validates the address only
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    password = _read_password(args)
    health = asyncio.run(_check(url, args.user, password))
    if not health.ok:
        print(f"officina: cannot use {url}: {health.detail}", file=sys.stderr)
        return 1
    set_secret(wordpress_secret_name(url, args.user), password)
    settings = load_settings()
    settings.backend = "wordpress"
    settings.wordpress_url = url
    settings.wordpress_user = args.user
    save_settings(settings)
    print(_describe(health))
    print(f"Connected: the app now works on {url} as {args.user}.")
    return 0


def plugin_zip_command(args: argparse.Namespace) -> int:
    try:
        path = build_plugin_zip(Path(args.out))
    except (OSError, ValueError) as exc:
        print(f"officina: cannot write the plugin zip: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def status_command(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not settings.wordpress_url or not settings.wordpress_user:
        print(
            "No WordPress site configured (officina wordpress connect URL USER). Backend: " + settings.backend
        )
        return 1
    active = "active" if settings.backend == "wordpress" else "configured but not active"
    print(f"WordPress site {settings.wordpress_url} as {settings.wordpress_user} ({active})")
    password = get_secret(wordpress_secret_name(settings.wordpress_url, settings.wordpress_user))
    if not password:
        print(
            "officina: no application password stored; run officina wordpress connect again", file=sys.stderr
        )
        return 1
    try:
        health = asyncio.run(_check(settings.wordpress_url, settings.wordpress_user, password))
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    print(_describe(health))
    return 0 if health.ok else 1
