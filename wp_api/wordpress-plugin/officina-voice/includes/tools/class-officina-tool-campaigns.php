<?php
/**
 * preview_campaign and send_campaign: a segment of Bookly customers frozen into a recipient list, sent via the outbox.
 *
 * The segment is computed in SQL (one grouped scan for each customer's last *done* service of the
 * category, then one reason per customer: returned_since, no_consent, no_contact or ok), as the
 * local backend does. A send inserts one outbox row per (campaign, customer) under a unique key, so
 * a repeated or resumed send never messages anyone twice.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Campaign tools.
 */
final class Officina_Tool_Campaigns {

	public const SAMPLE_SIZE = 5;

	/** A preview can be sent for this long; after that the segment must be previewed again. */
	public const PREVIEW_VALID_HOURS = 24;

	/**
	 * The same day `months` months earlier (clamped to the month's length).
	 *
	 * @param DateTimeImmutable $day    Day.
	 * @param int               $months Months.
	 * @return DateTimeImmutable
	 */
	public static function months_before( DateTimeImmutable $day, int $months ): DateTimeImmutable {
		$index = (int) $day->format( 'Y' ) * 12 + (int) $day->format( 'n' ) - 1 - $months;
		$year  = intdiv( $index, 12 );
		$month = $index % 12 + 1;
		$last  = (int) $day->setDate( $year, $month, 1 )->format( 't' );
		return $day->setDate( $year, $month, min( (int) $day->format( 'j' ), $last ) )->setTime( 0, 0 );
	}

	/**
	 * Tool: preview_campaign.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function preview_campaign( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$channel = (string) $args['channel'];
		if ( ! empty( $args['last_service_before'] ) ) {
			$cutoff = Officina_Clock::parse_day( (string) $args['last_service_before'] );
			if ( ! $cutoff ) {
				return Officina_Result::fail( 'invalid_arguments', 'Invalid date.' );
			}
		} else {
			$cutoff = self::months_before( Officina_Clock::now(), (int) $args['months_since'] );
		}
		$settings     = Officina_Settings_Page::settings();
		$draft        = trim( (string) ( $args['message'] ?? '' ) );
		$draft        = '' !== $draft ? $draft : Officina_Messages_Render::DEFAULT_CAMPAIGN_DRAFT[ 'en' === $settings['language'] ? 'en' : 'it' ];
		$not_returned = (bool) $args['not_returned_since'];
		$campaign_id  = 'cmp_' . substr( bin2hex( random_bytes( 8 ) ), 0, 12 );
		$cat_ids      = Officina_Bookly::category_ids( (string) $args['category'] );
		$cat_in       = $cat_ids ? implode( ',', array_map( 'intval', $cat_ids ) ) : '0';
		$a            = Officina_Bookly::table( 'appointments' );
		$ca           = Officina_Bookly::table( 'customer_appointments' );
		$s            = Officina_Bookly::table( 'services' );
		$c            = Officina_Bookly::table( 'customers' );
		$va           = Officina_Installer::table( 'vehicle_appointments' );
		$v            = Officina_Installer::table( 'vehicles' );
		$consent      = Officina_Installer::table( 'consent' );
		$contact      = 'email' === $channel ? 'email' : 'phone';
		$segment = $wpdb->prepare(
			"SELECT l.customer_id, l.last_start, c.full_name,
				(SELECT v.plate FROM {$a} a2 JOIN {$ca} ca2 ON ca2.appointment_id = a2.id JOIN {$va} va ON va.appointment_id = a2.id JOIN {$v} v ON v.id = va.vehicle_id
					WHERE ca2.customer_id = l.customer_id AND a2.start_date = l.last_start LIMIT 1) AS plate,
				CASE
					WHEN %d = 1 AND EXISTS (SELECT 1 FROM {$ca} cb JOIN {$a} b ON b.id = cb.appointment_id
						WHERE cb.customer_id = l.customer_id AND b.start_date >= DATE(l.last_start) + INTERVAL 1 DAY AND cb.status IN ('done', 'pending', 'approved')) THEN 'returned_since'
					WHEN COALESCE((SELECT granted FROM {$consent} k WHERE k.customer_id = l.customer_id AND k.channel = %s), 0) = 0 THEN 'no_consent'
					WHEN c.{$contact} = '' THEN 'no_contact'
					ELSE 'ok'
				END AS reason
			FROM (
				SELECT ca.customer_id, MAX(a.start_date) AS last_start
				FROM {$a} a JOIN {$ca} ca ON ca.appointment_id = a.id JOIN {$s} s ON s.id = a.service_id
				WHERE s.category_id IN ({$cat_in}) AND ca.status = 'done'
				GROUP BY ca.customer_id
			) l JOIN {$c} c ON c.id = l.customer_id
			WHERE l.last_start < %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$not_returned ? 1 : 0,
			$channel,
			$cutoff->format( 'Y-m-d 00:00:00' )
		);
		$tmp = $wpdb->prefix . 'officina_segment_tmp';
		Officina_DB::check( $wpdb->query( "DROP TEMPORARY TABLE IF EXISTS {$tmp}" ), 'segment' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		Officina_DB::check( $wpdb->query( "CREATE TEMPORARY TABLE {$tmp} AS {$segment}" ), 'segment' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$counts = array();
		foreach ( (array) $wpdb->get_results( "SELECT reason, COUNT(*) AS n FROM {$tmp} GROUP BY reason", ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$counts[ $r['reason'] ] = (int) $r['n'];
		}
		$total    = $counts['ok'] ?? 0;
		$criteria = array(
			'category'            => $args['category'],
			'last_service_before' => $cutoff->format( 'Y-m-d' ),
			'not_returned_since'  => $not_returned,
			'channel'             => $channel,
		);
		Officina_DB::begin();
		$saved = $wpdb->insert(
			Officina_Installer::table( 'campaigns' ),
			array(
				'id'         => $campaign_id,
				'created_at' => Officina_Clock::mysql_now(),
				'created_by' => $ctx->user_id,
				'channel'    => $channel,
				'category'   => $args['category'],
				'cutoff'     => $cutoff->format( 'Y-m-d 00:00:00' ),
				'criteria'   => (string) wp_json_encode( $criteria ),
				'draft'      => $draft,
				'status'     => 'draft',
				'total'      => $total,
			)
		);
		Officina_DB::check( $saved, 'campaign' );
		$recipients = Officina_Installer::table( 'campaign_recipients' );
		Officina_DB::check( $wpdb->query( $wpdb->prepare( "INSERT INTO {$recipients} (campaign_id, customer_id, full_name, plate, last_service) SELECT %s, customer_id, full_name, plate, last_start FROM {$tmp} WHERE reason = 'ok'", $campaign_id ) ), 'campaign recipients' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		Officina_DB::commit();
		$wpdb->query( "DROP TEMPORARY TABLE IF EXISTS {$tmp}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$sample = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT customer_id, full_name, plate, last_service FROM {$recipients} WHERE campaign_id = %s ORDER BY last_service, customer_id LIMIT %d", $campaign_id, self::SAMPLE_SIZE ), ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$sample[] = array( 'customer_id' => (int) $r['customer_id'], 'full_name' => $r['full_name'], 'plate' => $r['plate'], 'last_service' => substr( (string) $r['last_service'], 0, 10 ) );
		}
		$exclusions = array(
			'returned_since' => $counts['returned_since'] ?? 0,
			'no_consent'     => $counts['no_consent'] ?? 0,
			'no_contact'     => $counts['no_contact'] ?? 0,
		);
		$example    = $sample ? Officina_Messages_Render::fill( $draft, (string) $sample[0]['full_name'], (string) ( $sample[0]['plate'] ?? '' ), $settings['workshop_name'] ) : $draft;
		$data       = array(
			'campaign_id' => $campaign_id,
			'count'       => $total,
			'sample'      => $sample,
			'exclusions'  => $exclusions,
			'draft'       => $draft,
			'example'     => $example,
			'channel'     => $channel,
			'criteria'    => $criteria,
		);
		return Officina_Result::ok( array( 'campaign' => $data ), array_merge( array( 'kind' => 'campaign', 'title' => Officina_Texts::title( 'campaign_preview', $ctx->language, array( 'count' => $total, 'channel' => $channel ) ) ), $data ) );
	}

	/**
	 * Outbox counts of a campaign by status.
	 *
	 * @param string $campaign_id Campaign.
	 * @return array<string, int>
	 */
	public static function progress( string $campaign_id ): array {
		global $wpdb;
		$out = array_fill_keys( array( 'queued', 'sending', 'sent', 'failed', 'cancelled' ), 0 );
		$t   = Officina_Installer::table( 'outbox' );
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT status, COUNT(*) AS n FROM {$t} WHERE campaign_id = %s GROUP BY status", $campaign_id ), ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$out[ $r['status'] ] = (int) $r['n'];
		}
		return $out;
	}

	/**
	 * Tool: send_campaign (confirm level; needs the bulk capability — checked by the registry).
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function send_campaign( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$campaigns = Officina_Installer::table( 'campaigns' );
		$campaign  = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$campaigns} WHERE id = %s", (string) $args['campaign_id'] ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $campaign ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No campaign %s.', mb_substr( (string) $args['campaign_id'], 0, 80 ) ), 'Run preview_campaign first.' );
		}
		$expires = Officina_Clock::parse( (string) $campaign['created_at'] );
		if ( null === $expires || $expires->modify( '+' . self::PREVIEW_VALID_HOURS . ' hours' ) <= Officina_Clock::now() ) {
			return Officina_Result::fail(
				'preview_expired',
				sprintf( 'The preview of campaign %s is from %s, more than a day ago: the segment may have changed.', $campaign['id'], Officina_Clock::fmt( (string) $campaign['created_at'] ) ),
				'Run preview_campaign again and send the new campaign_id.'
			);
		}
		$outbox     = Officina_Installer::table( 'outbox' );
		$recipients = Officina_Installer::table( 'campaign_recipients' );
		$c          = Officina_Bookly::table( 'customers' );
		$consent    = Officina_Installer::table( 'consent' );
		$channel    = (string) $campaign['channel'];
		$contact    = 'email' === $channel ? 'email' : 'phone';
		$settings   = Officina_Settings_Page::settings();
		$before     = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$outbox} WHERE campaign_id = %s AND status <> 'cancelled'", $campaign['id'] ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$subject    = strtr( 'en' === $settings['language'] ? 'A message from {workshop}' : 'Un messaggio da {workshop}', array( '{workshop}' => $settings['workshop_name'] ) );
		$draft      = strtr( (string) $campaign['draft'], array( '{workshop}' => $settings['workshop_name'] ) );
		$template   = 'whatsapp' === $channel ? (string) $settings['whatsapp_template_campaign'] : '';
		$now        = Officina_Clock::mysql_now();
		$a          = Officina_Bookly::table( 'appointments' );
		$ca         = Officina_Bookly::table( 'customer_appointments' );
		$s          = Officina_Bookly::table( 'services' );
		$cat_ids    = Officina_Bookly::category_ids( (string) $campaign['category'] );
		$cat_in     = $cat_ids ? implode( ',', array_map( 'intval', $cat_ids ) ) : '0';
		$criteria   = json_decode( (string) $campaign['criteria'], true );
		$returned   = ! empty( $criteria['not_returned_since'] ) ? 1 : 0;
		Officina_DB::begin();
		// The segment is checked again at send time: consent and contact, a later service of the
		// category (the customer is no longer "due"), and, when asked, any visit since the last service.
		$queued = Officina_DB::check( $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$outbox} (dedupe_key, channel, kind, customer_id, appointment_id, campaign_id, to_address, subject, body, template, template_params, status, attempts, due_at, next_attempt_at, created_at)
				SELECT CONCAT('campaign:', r.campaign_id, ':', r.customer_id), %s, 'campaign', r.customer_id, 0, r.campaign_id, c.{$contact}, %s, r.body, %s, JSON_ARRAY(c.full_name, r.body), 'queued', 0, %s, %s, %s
				FROM (SELECT campaign_id, customer_id, last_service, REPLACE(REPLACE(%s, '{name}', full_name), '{plate}', COALESCE(plate, '')) AS body FROM {$recipients} WHERE campaign_id = %s) r
				JOIN {$c} c ON c.id = r.customer_id
				JOIN {$consent} k ON k.customer_id = r.customer_id AND k.channel = %s AND k.granted = 1
				WHERE c.{$contact} <> ''
					AND NOT EXISTS (SELECT 1 FROM {$ca} cn JOIN {$a} an ON an.id = cn.appointment_id JOIN {$s} sn ON sn.id = an.service_id
						WHERE cn.customer_id = r.customer_id AND cn.status = 'done' AND sn.category_id IN ({$cat_in}) AND an.start_date >= %s)
					AND NOT (%d = 1 AND EXISTS (SELECT 1 FROM {$ca} cb JOIN {$a} b ON b.id = cb.appointment_id
						WHERE cb.customer_id = r.customer_id AND b.start_date >= DATE(r.last_service) + INTERVAL 1 DAY AND cb.status IN ('done', 'pending', 'approved')))", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$channel,
				$subject,
				$template,
				$now,
				$now,
				$now,
				$draft,
				$campaign['id'],
				$channel,
				(string) $campaign['cutoff'],
				$returned
			)
		), 'campaign messages' );
		Officina_DB::check( $wpdb->update( $campaigns, array( 'status' => 'sending' ), array( 'id' => $campaign['id'] ) ), 'campaign' );
		Officina_DB::commit();
		$progress = self::progress( (string) $campaign['id'] );
		$data     = array(
			'campaign_id'  => $campaign['id'],
			'queued'       => $queued,
			'already_sent' => $before,
			'total'        => (int) $campaign['total'],
			'status'       => ( $progress['queued'] || $progress['sending'] ) ? 'sending' : 'sent',
			'progress'     => $progress,
		);
		if ( $queued ) {
			wp_schedule_single_event( time(), Officina_Outbox::CRON_HOOK . '_now' );
		}
		$result          = Officina_Result::ok( array( 'campaign' => $data ), array_merge( array( 'kind' => 'campaign', 'title' => Officina_Texts::title( 'campaign', $ctx->language, array( 'id' => $campaign['id'] ) ) ), $data ) );
		$result['_undo'] = $queued ? array( 'op' => 'cancel_campaign', 'campaign_id' => $campaign['id'], 'summary' => sprintf( 'campaign %s: %d queued', $campaign['id'], $queued ) ) : null;
		return $result;
	}
}
