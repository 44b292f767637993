<?php
/**
 * The outbox: confirmations, reminders and campaign messages, sent by WP-Cron (no desktop needed).
 *
 * Each message is claimed atomically before it is sent (status queued → sending, a fresh claim token),
 * so two cron runs never take the same row, and its outcome is recorded only under that token.
 *
 * The moment the provider accepts a message, a receipt (row id, provider message id) is written to a
 * file outside the database, before the row is marked sent; the file goes once the row says sent. A
 * run that died mid-send leaves the row "sending": after the lease, a row with a receipt is marked
 * sent (the database was down when the provider answered: no second send), and only a row without
 * one is queued again. That last case (the run died inside the provider call itself, or the uploads
 * folder is not writable) is the one "at most twice" left: it is counted (health: outbox.requeued_after_lease)
 * and WhatsApp callbacks carry the row id (biz_opaque_callback_data) to spot such a repeat.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Queues messages and delivers the due ones through WhatsApp Cloud API or email (wp_mail + SMTP).
 */
final class Officina_Outbox {

	public const CRON_HOOK    = 'officina_voice_outbox';
	public const MAX_ATTEMPTS = 5;
	public const LEASE_MIN    = 5;
	public const REQUEUED_OPTION = 'officina_voice_outbox_requeued_after_lease';
	private const BATCH       = 50;

	/**
	 * Adds the five-minute schedule.
	 *
	 * @param array $schedules Schedules.
	 * @return array
	 */
	public static function cron_schedules( array $schedules ): array {
		$schedules['officina_five_minutes'] = array(
			'interval' => 300,
			'display'  => __( 'Every five minutes (Officina Voice outbox)', 'officina-voice' ),
		);
		return $schedules;
	}

	/**
	 * Schedules the outbox run when it is missing.
	 */
	public static function ensure_scheduled(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			add_filter( 'cron_schedules', array( self::class, 'cron_schedules' ) );
			wp_schedule_event( time(), 'officina_five_minutes', self::CRON_HOOK );
		}
	}

	/**
	 * E.164 with Italy as the default country, or null (same rules as wp_api/messaging/phone.py).
	 *
	 * @param string $raw Phone as stored.
	 * @return string|null
	 */
	public static function e164( string $raw ): ?string {
		$text = (string) preg_replace( '/[\s\-.\/()]+/', '', $raw );
		if ( '' === $text ) {
			return null;
		}
		if ( str_starts_with( $text, '00' ) ) {
			$text = '+' . substr( $text, 2 );
		}
		if ( str_starts_with( $text, '+' ) ) {
			$digits = substr( $text, 1 );
			if ( ! ctype_digit( $digits ) || strlen( $digits ) < 8 || strlen( $digits ) > 15 || str_starts_with( $digits, '0' ) ) {
				return null;
			}
			return '+' . $digits;
		}
		if ( ! ctype_digit( $text ) || strlen( $text ) < 6 || strlen( $text ) > 15 ) {
			return null;
		}
		if ( str_starts_with( $text, '39' ) && strlen( $text ) >= 11 && strlen( $text ) <= 13 ) {
			return '+' . $text;
		}
		if ( ( str_starts_with( $text, '3' ) && strlen( $text ) >= 9 && strlen( $text ) <= 10 ) || ( str_starts_with( $text, '0' ) && strlen( $text ) >= 6 && strlen( $text ) <= 11 ) ) {
			return '+39' . $text;
		}
		return null;
	}

	/**
	 * The address for a channel, or null when the customer has none.
	 *
	 * @param array  $customer Customer row.
	 * @param string $channel  whatsapp|sms|email.
	 * @return string|null
	 */
	public static function address( array $customer, string $channel ): ?string {
		if ( 'email' === $channel ) {
			$email = trim( (string) $customer['email'] );
			return is_email( $email ) ? $email : null;
		}
		return self::e164( (string) $customer['phone'] );
	}

	/**
	 * Queues a message (INSERT IGNORE on the dedupe key: a repeat never queues twice).
	 *
	 * @param array $row Columns (dedupe_key, channel, kind, customer_id, appointment_id, campaign_id, to_address, subject, body, template, template_params, due_at).
	 * @return array The stored row (the earlier one when the key existed).
	 * @throws Officina_Write_Failed When the row was not written.
	 */
	public static function enqueue( array $row ): array {
		global $wpdb;
		$table = Officina_Installer::table( 'outbox' );
		$now   = Officina_Clock::mysql_now();
		$due   = $row['due_at'] ?? $now;
		$done  = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (dedupe_key, channel, kind, customer_id, appointment_id, campaign_id, to_address, subject, body, template, template_params, status, attempts, due_at, next_attempt_at, created_at) VALUES (%s, %s, %s, %d, %d, %s, %s, %s, %s, %s, %s, 'queued', 0, %s, %s, %s)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$row['dedupe_key'],
				$row['channel'],
				$row['kind'],
				(int) ( $row['customer_id'] ?? 0 ),
				(int) ( $row['appointment_id'] ?? 0 ),
				(string) ( $row['campaign_id'] ?? '' ),
				(string) ( $row['to_address'] ?? '' ),
				(string) ( $row['subject'] ?? '' ),
				(string) ( $row['body'] ?? '' ),
				(string) ( $row['template'] ?? '' ),
				(string) wp_json_encode( $row['template_params'] ?? array() ),
				$due,
				$due,
				$now
			)
		);
		Officina_DB::check( $done, 'outbox message' );
		$stored = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE dedupe_key = %s", $row['dedupe_key'] ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! is_array( $stored ) || (int) $stored['id'] < 1 ) {
			throw new Officina_Write_Failed( 'outbox message' );
		}
		return $stored;
	}

	/**
	 * One message by id.
	 *
	 * @param int $id Id.
	 * @return array|null
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		$table = Officina_Installer::table( 'outbox' );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return $row ?: null;
	}

	/**
	 * WP-Cron entry point: sends every due message (in batches) and returns how many were handled.
	 *
	 * @return int
	 */
	public static function run_due(): int {
		global $wpdb;
		$table   = Officina_Installer::table( 'outbox' );
		$handled = 0;
		self::release_stale_leases();
		$ids     = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'queued' AND next_attempt_at <= %s ORDER BY next_attempt_at, id LIMIT %d", Officina_Clock::mysql_now(), self::BATCH * 10 ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		foreach ( $ids as $id ) {
			if ( self::deliver( (int) $id ) ) {
				++$handled;
			}
		}
		return $handled;
	}

	/**
	 * Claims and sends one message; false when another run owns it or it is not due.
	 *
	 * @param int $id Message id.
	 * @return bool
	 */
	public static function deliver( int $id ): bool {
		global $wpdb;
		$table   = Officina_Installer::table( 'outbox' );
		$now     = Officina_Clock::mysql_now();
		$token   = wp_generate_password( 20, false );
		$claimed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = 'sending', claim_token = %s, claimed_at = %s, attempts = attempts + 1 WHERE id = %d AND status = 'queued' AND next_attempt_at <= %s", $token, $now, $id, $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 1 !== $claimed ) {
			return false;
		}
		$msg = self::get( $id );
		if ( 'reminder' === $msg['kind'] ) {
			$fresh = self::refresh_reminder( $msg );
			if ( null === $fresh ) {
				self::settle( $id, $token, array( 'status' => 'cancelled', 'last_error' => 'appointment no longer active' ) );
				return true;
			}
			$msg = $fresh;
		}
		list( $ok, $provider_id, $error, $permanent ) = self::send( $msg );
		if ( $ok ) {
			// The receipt first: if the database is gone now, the lease sweep still knows it went out.
			self::write_receipt( $id, $token, (string) $provider_id );
			$saved = self::settle( $id, $token, array( 'status' => 'sent', 'sent_at' => Officina_Clock::mysql_now(), 'provider_message_id' => $provider_id, 'provider' => $msg['channel'], 'last_error' => null, 'body' => $msg['body'], 'subject' => $msg['subject'] ) );
			if ( $saved ) {
				self::drop_receipt( $id, $token );
			}
			return true;
		}
		$attempts = (int) $msg['attempts'];
		if ( $permanent || $attempts >= self::MAX_ATTEMPTS ) {
			self::settle( $id, $token, array( 'status' => 'failed', 'last_error' => mb_substr( $error, 0, 1000 ) ) );
		} else {
			$next = Officina_Clock::now()->modify( '+' . ( 60 * ( 2 ** $attempts ) ) . ' seconds' );
			self::settle( $id, $token, array( 'status' => 'queued', 'claim_token' => null, 'last_error' => mb_substr( $error, 0, 1000 ), 'next_attempt_at' => Officina_Clock::sql( $next ) ) );
		}
		return true;
	}

	/**
	 * Records an attempt's outcome under its claim token. A failed write is logged and leaves the row
	 * "sending": the lease sweep settles it (from the receipt when the message went out).
	 *
	 * @param int    $id    Message id.
	 * @param string $token Claim token.
	 * @param array  $data  Columns.
	 * @return bool Whether the database took it.
	 */
	private static function settle( int $id, string $token, array $data ): bool {
		global $wpdb;
		$done = $wpdb->update( Officina_Installer::table( 'outbox' ), $data, array( 'id' => $id, 'claim_token' => $token ) );
		if ( false === $done ) {
			error_log( 'officina-voice: outbox message ' . $id . ' not updated to ' . $data['status'] . ': ' . $wpdb->last_error ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			return false;
		}
		return true;
	}

	/**
	 * Rows left "sending" past the lease: sent when a receipt says the provider took them, else queued again (counted).
	 */
	public static function release_stale_leases(): void {
		global $wpdb;
		$table = Officina_Installer::table( 'outbox' );
		$stale = Officina_Clock::sql( Officina_Clock::now()->modify( '-' . self::LEASE_MIN . ' minutes' ) );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT id, claim_token FROM {$table} WHERE status = 'sending' AND claimed_at < %s", $stale ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		foreach ( $rows as $row ) {
			$id      = (int) $row['id'];
			$token   = (string) $row['claim_token'];
			$receipt = self::read_receipt( $id, $token );
			if ( null !== $receipt ) {
				$done = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = 'sent', claim_token = NULL, provider_message_id = %s, provider = channel, sent_at = %s, last_error = 'sent; recorded after the runner stopped' WHERE id = %d AND status = 'sending'", $receipt, Officina_Clock::mysql_now(), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				if ( false !== $done ) {
					self::drop_receipt( $id, $token );
				}
				continue;
			}
			$done = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = 'queued', claim_token = NULL, next_attempt_at = %s, last_error = 'runner stopped mid-send; re-queued' WHERE id = %d AND status = 'sending'", Officina_Clock::mysql_now(), $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			if ( 1 === $done ) {
				update_option( self::REQUEUED_OPTION, (int) get_option( self::REQUEUED_OPTION, 0 ) + 1, false );
			}
		}
	}

	/**
	 * Counters for the health answer.
	 *
	 * @return array{requeued_after_lease: int, receipts_writable: bool}
	 */
	public static function stats(): array {
		return array(
			'requeued_after_lease' => (int) get_option( self::REQUEUED_OPTION, 0 ),
			'receipts_writable'    => null !== self::receipt_dir(),
		);
	}

	/**
	 * The receipts folder (created with a deny-all .htaccess and an empty index.php), or null when not writable.
	 *
	 * @return string|null
	 */
	private static function receipt_dir(): ?string {
		$uploads = wp_upload_dir( null, false );
		if ( ! empty( $uploads['error'] ) || empty( $uploads['basedir'] ) ) {
			return null;
		}
		$dir = trailingslashit( $uploads['basedir'] ) . 'officina-voice-outbox';
		if ( ! is_dir( $dir ) ) {
			if ( ! wp_mkdir_p( $dir ) ) {
				return null;
			}
			file_put_contents( $dir . '/index.php', "<?php\n// Silence is golden.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			file_put_contents( $dir . '/.htaccess', "Require all denied\nDeny from all\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
		return is_writable( $dir ) ? $dir : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
	}

	/**
	 * Path of one send attempt's receipt: the claim token in the name ties it to that attempt (a
	 * receipt left by an earlier install or attempt never settles another row) and makes it unguessable.
	 *
	 * @param string $dir   Folder.
	 * @param int    $id    Message id.
	 * @param string $token Claim token of the attempt.
	 * @return string
	 */
	private static function receipt_path( string $dir, int $id, string $token ): string {
		global $wpdb;
		return $dir . '/' . sanitize_file_name( $wpdb->prefix . 'sent-' . $id . '-' . $token ) . '.txt';
	}

	/**
	 * Writes the provider's message id for a row (before the database is told).
	 *
	 * @param int    $id          Message id.
	 * @param string $token       Claim token.
	 * @param string $provider_id Provider message id.
	 */
	private static function write_receipt( int $id, string $token, string $provider_id ): void {
		$dir = self::receipt_dir();
		if ( null !== $dir ) {
			file_put_contents( self::receipt_path( $dir, $id, $token ), '' !== $provider_id ? $provider_id : 'accepted', LOCK_EX ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
	}

	/**
	 * The provider message id recorded for a row, or null.
	 *
	 * @param int    $id    Message id.
	 * @param string $token Claim token.
	 * @return string|null
	 */
	private static function read_receipt( int $id, string $token ): ?string {
		$dir = self::receipt_dir();
		if ( null === $dir || '' === $token || ! is_file( self::receipt_path( $dir, $id, $token ) ) ) {
			return null;
		}
		return mb_substr( trim( (string) file_get_contents( self::receipt_path( $dir, $id, $token ) ) ), 0, 190 ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}

	/**
	 * Removes a row's receipt once the database holds the outcome.
	 *
	 * @param int    $id    Message id.
	 * @param string $token Claim token.
	 */
	private static function drop_receipt( int $id, string $token ): void {
		$dir = self::receipt_dir();
		if ( null !== $dir && is_file( self::receipt_path( $dir, $id, $token ) ) ) {
			wp_delete_file( self::receipt_path( $dir, $id, $token ) );
		}
	}

	/**
	 * A reminder re-rendered at send time ("domani, …"), or null when the booking is gone or cancelled.
	 *
	 * @param array $msg Outbox row.
	 * @return array|null
	 */
	private static function refresh_reminder( array $msg ): ?array {
		$details = Officina_Tool_Appointments::load( (int) $msg['appointment_id'] );
		if ( null === $details || ! in_array( $details['status'], Officina_Bookly::BUSY_STATUSES, true ) ) {
			return null;
		}
		$rendered = self::render_for( 'reminder', $details, (string) $msg['channel'] );
		$msg['subject']         = $rendered['subject'];
		$msg['body']            = $rendered['body'];
		$msg['template_params'] = wp_json_encode( $rendered['template_params'] );
		return $msg;
	}

	/**
	 * Subject, body, template and parameters for an appointment message.
	 *
	 * @param string $kind    booking_confirmation|reminder.
	 * @param array  $details Appointment details (Officina_Tool_Appointments::load).
	 * @param string $channel Channel.
	 * @return array
	 */
	public static function render_for( string $kind, array $details, string $channel ): array {
		$s = Officina_Settings_Page::settings();
		list( $subject, $body, $params ) = Officina_Messages_Render::render(
			$kind,
			$s['language'],
			array(
				'workshop_name' => $s['workshop_name'],
				'customer_name' => $details['customer'],
				'service'       => $details['service'],
				'starts_at'     => Officina_Clock::parse( $details['start'] ),
				'plate'         => $details['plate'] ?? '',
			)
		);
		$template = 'whatsapp' === $channel ? ( 'reminder' === $kind ? $s['whatsapp_template_reminder'] : $s['whatsapp_template_confirmation'] ) : '';
		return array( 'subject' => $subject, 'body' => $body, 'template' => $template, 'template_params' => $params );
	}

	/**
	 * Sends through the channel's provider.
	 *
	 * @param array $msg Outbox row.
	 * @return array{0: bool, 1: string|null, 2: string, 3: bool} [ok, provider id, error, permanent failure]
	 */
	private static function send( array $msg ): array {
		if ( 'email' === $msg['channel'] ) {
			return self::send_email( $msg );
		}
		if ( 'whatsapp' === $msg['channel'] ) {
			return self::send_whatsapp( $msg );
		}
		return array( false, null, 'No SMS provider is configured on this site.', true );
	}

	/**
	 * Email through wp_mail (SMTP set up in configure_phpmailer).
	 *
	 * @param array $msg Outbox row.
	 * @return array
	 */
	private static function send_email( array $msg ): array {
		$error   = '';
		$catcher = static function ( WP_Error $e ) use ( &$error ): void {
			$error = $e->get_error_message();
		};
		add_action( 'wp_mail_failed', $catcher );
		$ok = wp_mail( $msg['to_address'], $msg['subject'], $msg['body'], array( 'Content-Type: text/plain; charset=UTF-8' ) );
		remove_action( 'wp_mail_failed', $catcher );
		$permanent = (bool) preg_match( '/\b5\d\d\b|invalid address|recipient/i', $error );
		return array( (bool) $ok, $ok ? 'email-' . $msg['id'] : null, $error ? $error : 'wp_mail failed', $permanent );
	}

	/**
	 * WhatsApp Cloud API: template message when a template is set, else a text message.
	 *
	 * @param array $msg Outbox row.
	 * @return array
	 */
	private static function send_whatsapp( array $msg ): array {
		$s = Officina_Settings_Page::settings();
		if ( '' === $s['whatsapp_phone_number_id'] || '' === $s['whatsapp_token'] ) {
			return array( false, null, 'WhatsApp is not configured (phone number id and token in Settings → Officina Voice).', true );
		}
		$to = self::e164( (string) $msg['to_address'] );
		if ( null === $to ) {
			return array( false, null, 'Not a usable phone number: ' . $msg['to_address'], true );
		}
		$payload = array(
			'messaging_product'        => 'whatsapp',
			'recipient_type'           => 'individual',
			'to'                       => ltrim( $to, '+' ),
			'biz_opaque_callback_data' => 'officina-outbox-' . $msg['id'],
		);
		$params = json_decode( (string) $msg['template_params'], true );
		if ( '' !== (string) $msg['template'] ) {
			$template = array(
				'name'     => $msg['template'],
				'language' => array( 'code' => $s['whatsapp_template_language'] ),
			);
			if ( is_array( $params ) && array() !== $params ) {
				$template['components'] = array(
					array(
						'type'       => 'body',
						'parameters' => array_map( static fn( $p ) => array( 'type' => 'text', 'text' => (string) $p ), $params ),
					),
				);
			}
			$payload['type']     = 'template';
			$payload['template'] = $template;
		} else {
			$payload['type'] = 'text';
			$payload['text'] = array( 'preview_url' => false, 'body' => mb_substr( (string) $msg['body'], 0, 4096 ) );
		}
		$response = wp_remote_post(
			rtrim( $s['whatsapp_api_base'], '/' ) . '/' . rawurlencode( $s['whatsapp_phone_number_id'] ) . '/messages',
			array(
				'timeout' => 15,
				'headers' => array(
					'Authorization' => 'Bearer ' . $s['whatsapp_token'],
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( $payload ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return array( false, null, 'WhatsApp unreachable: ' . $response->get_error_message(), false );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$body   = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		if ( $status >= 200 && $status < 300 && isset( $body['messages'][0]['id'] ) ) {
			return array( true, (string) $body['messages'][0]['id'], '', false );
		}
		$message   = is_array( $body ) && isset( $body['error']['message'] ) ? (string) $body['error']['message'] : 'HTTP ' . $status;
		$permanent = in_array( $status, array( 400, 401, 403, 404 ), true );
		return array( false, null, 'WhatsApp refused the message: ' . $message, $permanent );
	}

	/**
	 * SMTP for wp_mail when a host is set (hook: phpmailer_init).
	 *
	 * @param PHPMailer\PHPMailer\PHPMailer $mailer The mailer.
	 */
	public static function configure_phpmailer( $mailer ): void {
		$s = Officina_Settings_Page::settings();
		if ( '' === (string) $s['smtp_host'] ) {
			return;
		}
		$mailer->isSMTP();
		$mailer->Host       = (string) $s['smtp_host']; // phpcs:ignore WordPress.NamingConventions
		$mailer->Port       = (int) $s['smtp_port']; // phpcs:ignore WordPress.NamingConventions
		$mailer->SMTPSecure = (string) $s['smtp_secure']; // phpcs:ignore WordPress.NamingConventions
		$mailer->SMTPAutoTLS = '' !== (string) $s['smtp_secure']; // phpcs:ignore WordPress.NamingConventions
		if ( '' !== (string) $s['smtp_user'] ) {
			$mailer->SMTPAuth = true; // phpcs:ignore WordPress.NamingConventions
			$mailer->Username = (string) $s['smtp_user']; // phpcs:ignore WordPress.NamingConventions
			$mailer->Password = (string) $s['smtp_password']; // phpcs:ignore WordPress.NamingConventions
		}
		if ( '' !== (string) $s['smtp_from'] ) {
			$mailer->setFrom( (string) $s['smtp_from'], '' !== (string) $s['smtp_from_name'] ? (string) $s['smtp_from_name'] : (string) $s['workshop_name'], false );
		}
	}
}
