"""preview_campaign and send_campaign: a segment frozen into a recipient list, sent through the outbox.

The segment is computed in SQL from a summary kept current by triggers (per category and customer:
the last *done* service, the last visit done or booked, consents, contact presence): one covering
index range on (category, last_start < cutoff), classified with one reason per customer (returned_since, no_consent, no_contact, ok). Counting and
freezing the recipient list are set operations too, so 100k customers take no Python loop.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date, timedelta
from typing import Any

from i18n.cards import card_title
from i18n.languages import lookup
from i18n.messages import DEFAULT_CAMPAIGN_DRAFT, MESSAGES
from wp_api.contract import ToolResult
from wp_api.local.clock import fmt, parse, parse_day
from wp_api.local.db import write_transaction
from wp_api.local.tooling import Ctx, Done
from wp_api.messaging.render import fill_placeholders

_LOGGER = logging.getLogger(__name__)

SAMPLE_SIZE = 5
PREVIEW_VALID_HOURS = 24
"""A preview can be sent for this long; after that the segment must be previewed again."""
_CONSENT = {"whatsapp": "consent_whatsapp", "email": "consent_email", "sms": "consent_sms"}
_CONTACT = {"whatsapp": "phone", "email": "email", "sms": "phone"}
_HAS_CONTACT = {"whatsapp": "has_phone", "email": "has_email", "sms": "has_phone"}


def months_before(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


_RANGE = "FROM customer_last_service WHERE category = :category AND returned IN ({returned}) AND last_start < :cutoff"
_RETURNED_COUNT = "SELECT COUNT(*) FROM customer_last_service WHERE category = :category AND returned = 1 AND last_start < :cutoff"
_COUNTS = f"""
SELECT
    coalesce(SUM({{consent}} = 0), 0),
    coalesce(SUM({{consent}} = 1 AND {{contact}} = 0), 0),
    coalesce(SUM({{consent}} = 1 AND {{contact}} = 1), 0)
{_RANGE}
"""
_RECIPIENTS = f"""
INSERT INTO campaign_recipients (campaign_id, customer_id, full_name, plate, last_service)
SELECT :campaign, s.customer_id, c.full_name, v.plate, substr(s.last_start, 1, 10)
FROM (SELECT customer_id, last_start, vehicle_id {_RANGE} AND {{consent}} = 1 AND {{contact}} = 1) AS s
JOIN customers c ON c.id = s.customer_id
LEFT JOIN vehicles v ON v.id = s.vehicle_id
"""


def preview_campaign(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    channel = args["channel"]
    try:
        if args.get("last_service_before"):
            cutoff = parse_day(args["last_service_before"])
        else:
            cutoff = months_before(ctx.now.date(), int(args["months_since"]))
    except ValueError as exc:
        return ToolResult.failure("invalid_arguments", f"Invalid date: {exc}.")
    draft = (args.get("message") or "").strip() or DEFAULT_CAMPAIGN_DRAFT[ctx.language]
    not_returned = bool(args.get("not_returned_since", True))
    campaign_id = "cmp_" + uuid.uuid4().hex[:12]
    conn = ctx.conn
    params = {
        "category": args["category"],
        "cutoff": cutoff.isoformat(),
        "campaign": campaign_id,
    }
    columns = {
        "consent": _CONSENT[channel],
        "contact": _HAS_CONTACT[channel],
        "returned": "0" if not_returned else "0, 1",
    }
    with write_transaction(conn):
        returned = conn.execute(_RETURNED_COUNT, params).fetchone()[0] if not_returned else 0
        no_consent, no_contact, total = conn.execute(_COUNTS.format(**columns), params).fetchone()
        counts = {"returned_since": returned, "no_consent": no_consent, "no_contact": no_contact}
        criteria = {
            "category": args["category"],
            "last_service_before": cutoff.isoformat(),
            "not_returned_since": not_returned,
            "channel": channel,
        }
        conn.execute(
            "INSERT INTO campaigns (id, created_at, channel, category, cutoff, criteria, draft, status, total) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?)",
            (
                campaign_id,
                fmt(ctx.now),
                channel,
                args["category"],
                cutoff.isoformat(),
                _json(criteria),
                draft,
                total,
            ),
        )
        conn.execute(_RECIPIENTS.format(**columns), params)
        sample_rows = conn.execute(
            "SELECT customer_id, full_name, plate, last_service FROM campaign_recipients "
            "WHERE campaign_id = ? ORDER BY last_service, customer_id LIMIT ?",
            (campaign_id, SAMPLE_SIZE),
        ).fetchall()
    sample = [dict(r) for r in sample_rows]
    exclusions = {k: counts.get(k, 0) for k in ("returned_since", "no_consent", "no_contact")}
    example = fill_placeholders(draft, name=sample[0]["full_name"], plate=sample[0]["plate"] or "",
                                workshop=ctx.workshop) if sample else draft  # fmt: skip
    data = {
        "campaign_id": campaign_id,
        "count": total,
        "sample": sample,
        "exclusions": exclusions,
        "draft": draft,
        "example": example,
        "channel": channel,
        "criteria": criteria,
    }
    return ToolResult.success(
        {"campaign": data},
        {
            "kind": "campaign",
            "title": card_title("campaign_preview", ctx.language, count=total, channel=channel),
            **data,
        },
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def campaign_progress(conn: Any, campaign_id: str) -> dict[str, int]:
    counts = dict(
        conn.execute(
            "SELECT status, COUNT(*) FROM messages WHERE campaign_id = ? GROUP BY status", (campaign_id,)
        ).fetchall()
    )
    return {k: counts.get(k, 0) for k in ("queued", "sending", "sent", "failed", "cancelled")}


def send_campaign(ctx: Ctx, args: dict[str, Any]) -> Done:
    campaign = ctx.conn.execute("SELECT * FROM campaigns WHERE id = ?", (args["campaign_id"],)).fetchone()
    if campaign is None:
        return Done(
            ToolResult.failure(
                "not_found", f"No campaign {args['campaign_id'][:80]}.", hint="Run preview_campaign first."
            )
        )
    previewed = parse(campaign["created_at"])
    if previewed + timedelta(hours=PREVIEW_VALID_HOURS) <= ctx.now:
        return Done(
            ToolResult.failure(
                "preview_expired",
                f"The preview of campaign {campaign['id']} is from {campaign['created_at'].replace('T', ' ')}, "
                "more than a day ago: the segment may have changed.",
                hint="Run preview_campaign again and send the new campaign_id.",
            )
        )
    channel = campaign["channel"]
    not_returned = bool(json.loads(campaign["criteria"] or "{}").get("not_returned_since"))
    before = ctx.conn.execute(
        "SELECT COUNT(*) FROM messages WHERE campaign_id = ? AND status != 'cancelled'", (campaign["id"],)
    ).fetchone()[0]
    subject = lookup(MESSAGES, "campaign_subject", ctx.language).format(workshop=ctx.workshop)
    stamp = fmt(ctx.now)
    draft = fill_placeholders(campaign["draft"], workshop=ctx.workshop)
    # One outbox row per (campaign, customer): the unique key makes a repeated or resumed send a no-op.
    # The segment is checked again at send time: consent and contact, a later service of the category
    # (the customer is no longer "due"), and, when asked, any visit since the last service.
    cur = ctx.conn.execute(
        f"""
        INSERT OR IGNORE INTO messages (idempotency_key, channel, kind, customer_id, campaign_id, to_address,
            customer_name, subject, body, template_params, language, status, due_at, next_attempt_at, created_at)
        SELECT 'campaign:' || r.campaign_id || ':' || r.customer_id, :channel, 'campaign', r.customer_id,
            r.campaign_id, c.{_CONTACT[channel]}, c.full_name, :subject, r.text,
            json_array(c.full_name, r.text), :language, 'queued', :now, :now, :now
        FROM (
            SELECT campaign_id, customer_id, last_service,
                replace(replace(:draft, '{{name}}', full_name), '{{plate}}', coalesce(plate, '')) AS text
            FROM campaign_recipients WHERE campaign_id = :campaign
        ) AS r
        JOIN customers c ON c.id = r.customer_id
        WHERE c.{_CONSENT[channel]} = 1
          AND c.{_CONTACT[channel]} IS NOT NULL AND c.{_CONTACT[channel]} != ''
          AND NOT EXISTS (SELECT 1 FROM appointments n WHERE n.customer_id = r.customer_id
              AND n.category = :category AND n.status = 'done' AND n.start >= :cutoff)
          AND NOT (:not_returned AND EXISTS (SELECT 1 FROM appointments b WHERE b.customer_id = r.customer_id
              AND b.start >= date(r.last_service, '+1 day') AND b.status IN ('done', 'pending', 'approved')))
        """,
        {"channel": channel, "subject": subject, "language": ctx.language, "now": stamp, "draft": draft, "campaign": campaign["id"],
         "category": campaign["category"], "cutoff": campaign["cutoff"], "not_returned": int(not_returned)},
    )  # fmt: skip
    queued = cur.rowcount
    ctx.conn.execute("UPDATE campaigns SET status = 'sending' WHERE id = ?", (campaign["id"],))
    progress = campaign_progress(ctx.conn, campaign["id"])
    data = {
        "campaign_id": campaign["id"],
        "queued": queued,
        "already_sent": before,
        "total": campaign["total"],
        "status": "sending" if progress["queued"] or progress["sending"] else "sent",
        "progress": progress,
    }
    return Done(
        ToolResult.success(
            {"campaign": data},
            {"kind": "campaign", "title": card_title("campaign", ctx.language, id=campaign["id"]), **data},
        ),
        undo={"op": "cancel_campaign", "campaign_id": campaign["id"]} if queued else None,
        summary=f"campaign {campaign['id']}: {queued} queued",
    )
