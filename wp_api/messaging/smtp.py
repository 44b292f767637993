"""Email over SMTP (stdlib smtplib, run in a worker thread)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import logging
import re
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from wp_api.messaging.base import MessageProvider, OutboundMessage, SendError, SendReceipt

_LOGGER = logging.getLogger(__name__)

MESSAGE_ID_DOMAIN = "officina-voice"
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def message_id_for(key: str) -> str:
    """The Message-ID of the email for outbox key `key`: the same key always gives the same id."""
    safe = _ID_UNSAFE.sub("-", key).strip(".") or "message"
    if safe != key or len(safe) > 64:
        safe = f"{safe[:48]}.{hashlib.sha256(key.encode()).hexdigest()[:12]}"
    return f"<{safe}@{MESSAGE_ID_DOMAIN}>"


def build_email(msg: OutboundMessage, *, sender: str, default_subject: str = "Officina") -> EmailMessage:
    """The MIME message: plain text plus a simple HTML alternative, UTF-8, deterministic Message-ID."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = msg.to
    email["Subject"] = msg.subject or default_subject
    email["Date"] = formatdate(localtime=False, usegmt=True)
    email["Message-ID"] = message_id_for(msg.idempotency_key)
    email["X-Officina-Idempotency-Key"] = msg.idempotency_key
    email["X-Officina-Kind"] = msg.kind
    email.set_content(msg.text)
    paragraphs = "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in re.split(r"\n\s*\n", msg.text.strip())
    )
    email.add_alternative(
        f'<!DOCTYPE html><html lang="{msg.language}"><head><meta charset="utf-8"></head>'
        f'<body style="font-family: sans-serif">{paragraphs}</body></html>',
        subtype="html",
    )
    # After add_alternative, which moves every Content-* header into the first part.
    email["Content-Language"] = msg.language
    return email


class SmtpEmailProvider(MessageProvider):
    """Sends email through an SMTP server (port 465: implicit TLS; otherwise STARTTLS unless turned off).

    SMTP has no idempotency: the outbox prevents double sends; the Message-ID derived from the key
    lets mail clients and the recipient's server recognise a duplicate if one slips through.
    Replies 5xx are permanent failures, 4xx and connection problems retryable.
    """

    name = "smtp"
    channels = frozenset({"email"})

    def __init__(
        self,
        *,
        host: str,
        port: int,
        user: str | None = None,
        password: str | None = None,
        sender: str,
        starttls: bool = True,
        timeout: float = 10.0,
        implicit_tls: bool | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if not host:
            raise ValueError("SmtpEmailProvider needs the SMTP host")
        if not sender or not _EMAIL.match(parseaddr(sender)[1]):
            raise ValueError(f"SmtpEmailProvider needs a sender address, got {sender!r}")
        self.host = host
        self.port = int(port)
        self.user = user
        self._password = password
        self.sender = sender
        self.starttls = starttls
        self.timeout = timeout
        self.implicit_tls = self.port == 465 if implicit_tls is None else implicit_tls
        """TLS from the first byte (SMTPS); default only on port 465."""
        self._ssl_context = ssl_context
        """Trust settings for TLS; default the system's certificate authorities."""

    async def _send_impl(self, msg: OutboundMessage) -> SendReceipt:
        if not _EMAIL.match(msg.to.strip()):
            raise SendError(f"invalid email address {msg.to!r}", retryable=False, code="invalid_address")
        email = build_email(msg, sender=self.sender)
        await asyncio.to_thread(self._deliver, email, msg.to.strip())
        return SendReceipt(
            provider=self.name,
            provider_message_id=str(email["Message-ID"]),
            status="sent",
            detail=f"accepted by {self.host}:{self.port}",
        )

    def _deliver(self, email: EmailMessage, recipient: str) -> None:
        try:
            with self._connect() as smtp:
                if self.user:
                    self._login(smtp)
                smtp.send_message(email, from_addr=parseaddr(self.sender)[1], to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()), (550, b"refused"))
            raise _reply_error(f"the mail server refused {recipient}", code, reply) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise SendError(
                f"the mail server {self.host}:{self.port} cannot do what is needed: {exc}",
                retryable=False,
                code="unsupported",
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise SendError(
                f"the mail server refused the login of {self.user!r}: {_reply_text(exc.smtp_error)}",
                retryable=exc.smtp_code < 500,
                code=str(exc.smtp_code),
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            raise SendError(
                f"the certificate of {self.host}:{self.port} is not trusted: {exc.verify_message}",
                retryable=False,
                code="certificate",
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise _reply_error("the mail server refused the message", exc.smtp_code, exc.smtp_error) from exc
        except (smtplib.SMTPException, OSError) as exc:
            # Disconnects, timeouts, refused connections, TLS failures: try again later.
            raise SendError(
                f"cannot send through {self.host}:{self.port}: {exc or type(exc).__name__}",
                retryable=True,
                code="connection",
            ) from exc

    def _login(self, smtp: smtplib.SMTP) -> None:
        user, password = self.user or "", self._password or ""
        if (user + password).isascii():
            smtp.login(user, password)
            return
        # smtplib encodes credentials as ASCII; AUTH PLAIN (RFC 4616) carries UTF-8, so send it directly.
        smtp.ehlo_or_helo_if_needed()
        if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
            raise smtplib.SMTPNotSupportedError("non-ASCII credentials need AUTH PLAIN")
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
        code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)

    def _connect(self) -> smtplib.SMTP:
        context = self._ssl_context or ssl.create_default_context()
        if self.implicit_tls:
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.starttls:
                try:
                    smtp.starttls(context=context)
                except smtplib.SMTPNotSupportedError as exc:
                    raise SendError(
                        f"{self.host}:{self.port} does not offer STARTTLS; enable TLS on the server or turn "
                        "starttls off (only on a trusted network)",
                        retryable=False,
                        code="starttls_unsupported",
                    ) from exc
                smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp


def _reply_error(what: str, code: int, reply: bytes | str) -> SendError:
    return SendError(
        f"{what}: {code} {_reply_text(reply)}",
        retryable=not 500 <= code < 600,
        code=str(code),
    )


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())
