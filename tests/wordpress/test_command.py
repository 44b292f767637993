"""`officina wordpress connect` and `status` against the session's real loopback site."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from engine.config import load_settings
from engine.secrets import get_secret, wordpress_secret_name
from tests.wordpress.site import SessionSite

pytestmark = pytest.mark.wordpress


def test_connect_stores_the_password_and_switches_the_backend(
    wp: SessionSite, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = wp.site.base_url
    monkeypatch.setattr("sys.stdin", io.StringIO(wp.site.admin_password + "\n"))
    assert main(["wordpress", "connect", url, "admin", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "reachable" in out and "Connected" in out
    settings = load_settings()
    assert (settings.backend, settings.wordpress_url, settings.wordpress_user) == ("wordpress", url, "admin")
    assert get_secret(wordpress_secret_name(url, "admin")) == wp.site.admin_password
    assert main(["wordpress", "status"]) == 0
    assert "Bookly tables: 10 found" in capsys.readouterr().out


def test_connect_refuses_a_wrong_password_and_plain_http(
    wp: SessionSite, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("not the password\n"))
    assert main(["wordpress", "connect", wp.site.base_url, "admin", "--password-stdin"]) == 1
    assert "credentials" in capsys.readouterr().err
    assert load_settings().backend == "local"
    assert main(["wordpress", "connect", "http://officina.example", "admin", "--password-stdin"]) == 2
    assert "HTTPS" in capsys.readouterr().err
    assert main(["wordpress", "status"]) == 1
