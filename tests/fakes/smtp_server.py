"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for tests of email senders.

    with LoopbackSmtp() as smtp:
        provider = SmtpEmailProvider(host=smtp.host, port=smtp.port, sender="x@y.it", starttls=False)
        ...
        smtp.messages[0]["Subject"], smtp.messages[0].get_body(("plain",)).get_content()

`fail_next(550, "5.1.1 No such user", stage="rcpt")` makes the next RCPT (or MAIL, DATA) fail with
that reply. With `auth={"user": "secret"}` the server offers AUTH PLAIN/LOGIN and requires it (also
without TLS, as this is loopback). `tls="starttls"` offers STARTTLS, `tls="implicit"` speaks TLS from
the first byte (as port 465 does), both with a fresh self-signed certificate for 127.0.0.1 that
clients trust through `client_ssl_context()`. Being a real TCP server, it also serves other
processes (PHPMailer in WP-Cron tests).
"""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import ipaddress
import logging
import socket
import ssl
import tempfile
import threading
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

_LOGGER = logging.getLogger(__name__)

__all__ = ["LoopbackSmtp", "ReceivedMail"]

Stage = Literal["mail", "rcpt", "data"]
TlsMode = Literal["starttls", "implicit"]


@dataclass
class ReceivedMail:
    """One accepted message with its envelope."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes
    login: str | None
    tls: bool
    """Whether the session was encrypted (STARTTLS or implicit TLS)."""


class _Handler:
    def __init__(self, owner: LoopbackSmtp) -> None:
        self.owner = owner

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.owner.auth is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        failure = self.owner._take_failure("mail")
        if failure:
            return failure
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        failure = self.owner._take_failure("rcpt")
        if failure:
            return failure
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        failure = self.owner._take_failure("data")
        if failure:
            return failure
        raw = bytes(envelope.original_content or envelope.content)
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        # STARTTLS fills session.ssl; implicit TLS shows only on the transport.
        tls = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        mail = ReceivedMail(str(envelope.mail_from), list(envelope.rcpt_tos), message, raw, login, tls)
        self.owner._store(mail)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


class LoopbackSmtp:
    """An aiosmtpd server on 127.0.0.1 in its own thread; start()/stop() or a context manager."""

    def __init__(
        self, *, host: str = "127.0.0.1", auth: dict[str, str] | None = None, tls: TlsMode | None = None
    ) -> None:
        self.host = host
        self.auth = auth
        self.tls = tls
        self.received: list[ReceivedMail] = []
        self._failures: deque[tuple[Stage, str]] = deque()
        self._lock = threading.Condition()
        self._controller: Controller | None = None
        self._port: int | None = None
        self._cert_pem: bytes | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        """The received messages, parsed (policy=email.policy.default), in order."""
        with self._lock:
            return [mail.message for mail in self.received]

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("LoopbackSmtp is not started")
        return self._port

    def client_ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's certificate (and nothing else)."""
        if self._cert_pem is None:
            raise RuntimeError("LoopbackSmtp was not started with tls")
        return ssl.create_default_context(cadata=self._cert_pem.decode())

    def fail_next(self, code: int, text: str = "", *, stage: Stage = "rcpt") -> LoopbackSmtp:
        """Answer the next command of `stage` (MAIL, RCPT or DATA) with reply `code text`."""
        with self._lock:
            self._failures.append((stage, f"{code} {text or 'scripted failure'}"))
        return self

    def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        """Block until `count` messages arrived (for senders in other threads or processes)."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.received) >= count, timeout):
                raise TimeoutError(f"{len(self.received)} emails received, expected {count}")
            return [mail.message for mail in self.received]

    def reset(self) -> None:
        with self._lock:
            self.received.clear()
            self._failures.clear()

    def start(self) -> LoopbackSmtp:
        if self._controller is not None:
            return self
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            # auth_required=True would warn on every connection (AUTH without TLS); handle_MAIL enforces it.
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        if self.tls is not None:
            server_context = self._server_ssl_context()
            if self.tls == "starttls":
                kwargs.update(tls_context=server_context, require_starttls=False)
            else:
                kwargs.update(ssl_context=server_context)
        last_error: OSError | None = None
        for _ in range(5):  # the free port we picked can be taken before aiosmtpd binds it
            port = _free_port(self.host)
            controller = Controller(_Handler(self), hostname=self.host, port=port, **kwargs)
            try:
                controller.start()
            except (OSError, RuntimeError) as exc:
                last_error = exc if isinstance(exc, OSError) else OSError(str(exc))
                continue
            self._controller, self._port = controller, port
            _LOGGER.info("loopback SMTP on %s:%d (tls: %s)", self.host, port, self.tls)
            return self
        raise RuntimeError(f"cannot start the loopback SMTP server: {last_error}")

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
            self._port = None

    def __enter__(self) -> LoopbackSmtp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _server_ssl_context(self) -> ssl.SSLContext:
        cert_pem, key_pem = _self_signed(self.host)
        self._cert_pem = cert_pem
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        with tempfile.TemporaryDirectory() as tmp:  # load_cert_chain reads files only
            cert_file, key_file = Path(tmp) / "cert.pem", Path(tmp) / "key.pem"
            cert_file.write_bytes(cert_pem)
            key_file.write_bytes(key_pem)
            context.load_cert_chain(cert_file, key_file)
        return context

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert self.auth is not None
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if self.auth.get(user) == password:
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    def _take_failure(self, stage: Stage) -> str | None:
        with self._lock:
            for index, (failing_stage, reply) in enumerate(self._failures):
                if failing_stage == stage:
                    del self._failures[index]
                    return reply
        return None

    def _store(self, mail: ReceivedMail) -> None:
        with self._lock:
            self.received.append(mail)
            self._lock.notify_all()


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _self_signed(host: str) -> tuple[bytes, bytes]:
    """A one-day self-signed certificate (PEM) and its key for `host` (an IP address)."""
    # cryptography comes with keyring's Linux backend (secretstorage); tests run on Linux.
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem
