<?php
/**
 * send_message and schedule_reminder: render the text and queue it in the outbox (sent by WP-Cron).
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Messaging tools.
 */
final class Officina_Tool_Messages {

	/**
	 * The customer's address for a channel, or a no_contact refusal.
	 *
	 * @param array  $customer Customer row.
	 * @param string $channel  Channel.
	 * @return array [address|null, failure|null]
	 */
	public static function contact_for( array $customer, string $channel ): array {
		if ( 'email' === $channel ) {
			if ( '' !== trim( (string) $customer['email'] ) ) {
				return array( trim( (string) $customer['email'] ), null );
			}
			return array( null, Officina_Result::fail( 'no_contact', sprintf( '%s has no email address on file.', $customer['full_name'] ), 'Ask for one, or use WhatsApp.' ) );
		}
		if ( '' === trim( (string) $customer['phone'] ) ) {
			return array( null, Officina_Result::fail( 'no_contact', sprintf( '%s has no phone number on file.', $customer['full_name'] ), 'Ask for one, or use email.' ) );
		}
		$e164 = Officina_Outbox::e164( (string) $customer['phone'] );
		if ( null === $e164 ) {
			return array( null, Officina_Result::fail( 'no_contact', sprintf( 'The phone number of %s is not usable.', $customer['full_name'] ) ) );
		}
		return array( $e164, null );
	}

	/**
	 * The message's data in the contract's shape.
	 *
	 * @param array $row Outbox row.
	 * @return array
	 */
	private static function message_data( array $row ): array {
		return array(
			'message_id' => (int) $row['id'],
			'channel'    => $row['channel'],
			'to'         => $row['to_address'],
			'status'     => $row['status'],
			'preview'    => mb_substr( (string) $row['body'], 0, 280 ),
			'due_at'     => Officina_Clock::fmt( (string) $row['due_at'] ),
		);
	}

	/**
	 * The customer agreed to marketing messages on the channel.
	 *
	 * @param int    $customer_id Customer.
	 * @param string $channel     Channel.
	 * @return bool
	 */
	private static function consented( int $customer_id, string $channel ): bool {
		return Officina_Tool_Customers::consents( array( $customer_id ) )[ $customer_id ][ $channel ] ?? false;
	}

	/**
	 * Asks WP-Cron to run the outbox at the next opportunity.
	 */
	private static function kick(): void {
		if ( ! wp_next_scheduled( Officina_Outbox::CRON_HOOK . '_now' ) ) {
			wp_schedule_single_event( time(), Officina_Outbox::CRON_HOOK . '_now' );
		}
	}

	/**
	 * Tool: send_message.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function send_message( array $args, Officina_Context $ctx ): array {
		$customer = Officina_Bookly::customer( (int) $args['customer_id'] );
		if ( null === $customer ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No customer with id %d.', $args['customer_id'] ) );
		}
		list( $to, $err ) = self::contact_for( $customer, (string) $args['channel'] );
		if ( $err ) {
			return $err;
		}
		$appointment_id = isset( $args['appointment_id'] ) ? (int) $args['appointment_id'] : null;
		$settings       = Officina_Settings_Page::settings();
		$details        = null;
		if ( $appointment_id ) {
			$details = Officina_Tool_Appointments::load( $appointment_id );
			if ( null === $details ) {
				return Officina_Result::fail( 'not_found', sprintf( 'No appointment with id %d.', $appointment_id ) );
			}
			if ( (int) $details['customer_id'] !== (int) $customer['id'] ) {
				return Officina_Result::fail( 'invalid_arguments', sprintf( 'Appointment %d is not a booking of %s.', $appointment_id, $customer['full_name'] ) );
			}
		}
		// A service message is about the customer's own appointment (a booking confirmation, or a custom
		// text given with appointment_id: "your car is ready"); any other text is marketing and needs the
		// customer's consent for the channel, as a campaign does.
		if ( null === $details && ! self::consented( (int) $customer['id'], (string) $args['channel'] ) ) {
			return Officina_Result::fail(
				'no_consent',
				sprintf( '%s has not agreed to receive messages by %s.', $customer['full_name'], $args['channel'] ),
				'For a message about one of their appointments, pass its appointment_id; otherwise use a channel they agreed to.'
			);
		}
		if ( 'booking_confirmation' === $args['kind'] ) {
			if ( null === $details ) {
				return Officina_Result::fail( 'invalid_arguments', 'A booking confirmation needs appointment_id.' );
			}
			$rendered = Officina_Outbox::render_for( 'booking_confirmation', array_merge( $details, array( 'customer' => $customer['full_name'] ) ), (string) $args['channel'] );
		} else {
			if ( '' === trim( (string) ( $args['text'] ?? '' ) ) ) {
				return Officina_Result::fail( 'invalid_arguments', 'A custom message needs the text.' );
			}
			list( $subject, $body, $params ) = Officina_Messages_Render::render( 'custom', $settings['language'], array( 'workshop_name' => $settings['workshop_name'], 'customer_name' => $customer['full_name'], 'text' => $args['text'] ) );
			$rendered                        = array( 'subject' => $subject, 'body' => $body, 'template' => '', 'template_params' => $params );
		}
		$row = Officina_Outbox::enqueue(
			array(
				'dedupe_key'      => 'message:' . $args['idempotency_key'],
				'channel'         => $args['channel'],
				'kind'            => $args['kind'],
				'customer_id'     => (int) $customer['id'],
				'appointment_id'  => $appointment_id,
				'to_address'      => $to,
				'subject'         => $rendered['subject'],
				'body'            => $rendered['body'],
				'template'        => $rendered['template'],
				'template_params' => $rendered['template_params'],
			)
		);
		self::kick();
		$data            = self::message_data( $row );
		$result          = Officina_Result::ok( array( 'message' => $data ), array_merge( array( 'kind' => 'message', 'title' => $args['channel'] . ' → ' . $customer['full_name'] ), $data ) );
		$result['_undo'] = array( 'op' => 'cancel_messages', 'ids' => array( (int) $row['id'] ), 'summary' => sprintf( '%s %s to %s', $args['kind'], $args['channel'], $customer['full_name'] ) );
		return $result;
	}

	/**
	 * The day before at the reminder time (setting, default 18:00).
	 *
	 * @param DateTimeImmutable $start Appointment start.
	 * @return DateTimeImmutable
	 */
	public static function default_reminder_time( DateTimeImmutable $start ): DateTimeImmutable {
		list( $h, $m ) = array_map( 'intval', explode( ':', (string) Officina_Settings_Page::settings()['reminder_time'] ) );
		return $start->modify( '-1 day' )->setTime( $h, $m );
	}

	/**
	 * Tool: schedule_reminder.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function schedule_reminder( array $args, Officina_Context $ctx ): array {
		$details = Officina_Tool_Appointments::load( (int) $args['appointment_id'] );
		if ( null === $details ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No appointment with id %d.', $args['appointment_id'] ) );
		}
		if ( ! in_array( $details['status'], Officina_Bookly::BUSY_STATUSES, true ) ) {
			return Officina_Result::fail( 'invalid_state', sprintf( 'Appointment %d is %s.', $details['appointment_id'], $details['status'] ) );
		}
		$now   = Officina_Clock::now();
		$start = Officina_Clock::parse( $details['start'] );
		if ( $start <= $now ) {
			return Officina_Result::fail( 'date_in_past', 'That appointment has already started.' );
		}
		if ( ! empty( $args['send_at'] ) ) {
			$send_at = Officina_Clock::parse( (string) $args['send_at'] );
			if ( ! $send_at ) {
				return Officina_Result::fail( 'invalid_arguments', 'Invalid send_at.' );
			}
			if ( $send_at < $now ) {
				return Officina_Result::fail( 'date_in_past', sprintf( '%s is in the past.', $args['send_at'] ) );
			}
			if ( $send_at >= $start ) {
				return Officina_Result::fail( 'invalid_arguments', 'send_at must be before the appointment.' );
			}
		} else {
			$send_at = max( self::default_reminder_time( $start ), $now );
		}
		$customer = Officina_Bookly::customer( (int) $details['customer_id'] );
		list( $to, $err ) = self::contact_for( $customer, (string) $args['channel'] );
		if ( $err ) {
			return $err;
		}
		$settings = Officina_Settings_Page::settings();
		list( $subject, $body, $params ) = Officina_Messages_Render::render(
			'reminder',
			$settings['language'],
			array( 'workshop_name' => $settings['workshop_name'], 'customer_name' => $customer['full_name'], 'service' => $details['service'], 'starts_at' => $start, 'plate' => $details['plate'] ?? '', 'today' => $send_at )
		);
		$key = ! empty( $args['idempotency_key'] ) ? $args['idempotency_key'] : $details['appointment_id'] . ':' . $args['channel'] . ':' . Officina_Clock::fmt( $send_at );
		$row = Officina_Outbox::enqueue(
			array(
				'dedupe_key'      => 'reminder:' . $key,
				'channel'         => $args['channel'],
				'kind'            => 'reminder',
				'customer_id'     => (int) $customer['id'],
				'appointment_id'  => (int) $details['appointment_id'],
				'to_address'      => $to,
				'subject'         => $subject,
				'body'            => $body,
				'template'        => 'whatsapp' === $args['channel'] ? $settings['whatsapp_template_reminder'] : '',
				'template_params' => $params,
				'due_at'          => Officina_Clock::sql( $send_at ),
			)
		);
		$data            = array(
			'message_id'     => (int) $row['id'],
			'appointment_id' => (int) $details['appointment_id'],
			'channel'        => $args['channel'],
			'send_at'        => Officina_Clock::fmt( (string) $row['due_at'] ),
			'status'         => $row['status'],
		);
		$result          = Officina_Result::ok( array( 'reminder' => $data ), array_merge( array( 'kind' => 'reminder', 'title' => Officina_Texts::title( 'reminder', $ctx->language, array( 'when' => Officina_Messages_Render::format_when( $send_at, $ctx->language ) ) ) ), $data ) );
		$result['_undo'] = array( 'op' => 'cancel_messages', 'ids' => array( (int) $row['id'] ), 'summary' => sprintf( 'reminder for appointment %d at %s', $details['appointment_id'], $data['send_at'] ) );
		return $result;
	}
}
