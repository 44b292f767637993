<?php
/**
 * Bookings on Bookly's tables: search, create (transactional), reschedule, cancel.
 *
 * A booking takes a MariaDB named lock for its day (GET_LOCK), checks the slot and writes the
 * appointment + customer_appointment + vehicle link in one transaction, so of two concurrent
 * requests for the last slot exactly one wins, on every web worker.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Appointment tools.
 */
final class Officina_Tool_Appointments {

	public const ALTERNATIVES = 3;

	/** The furthest ahead a booking is taken (two years, as the local backend): year 9999 is a mistake. */
	public const MAX_DAYS_AHEAD = 730;

	/**
	 * The SELECT shared by every appointment read.
	 *
	 * @return string
	 */
	public static function select(): string {
		$a  = Officina_Bookly::table( 'appointments' );
		$ca = Officina_Bookly::table( 'customer_appointments' );
		$s  = Officina_Bookly::table( 'services' );
		$st = Officina_Bookly::table( 'staff' );
		$c  = Officina_Bookly::table( 'customers' );
		$va = Officina_Installer::table( 'vehicle_appointments' );
		$v  = Officina_Installer::table( 'vehicles' );
		return "SELECT a.id, a.start_date, a.end_date, ca.status, a.service_id, COALESCE(s.title, a.custom_service_name, '') AS service,
			s.category_id, a.staff_id, st.full_name AS staff_name, ca.customer_id, c.full_name AS customer, va.vehicle_id, v.plate,
			a.internal_note AS notes, va.mileage_km, ca.id AS ca_id
			FROM {$a} a
			JOIN {$ca} ca ON ca.appointment_id = a.id
			LEFT JOIN {$s} s ON s.id = a.service_id
			JOIN {$st} st ON st.id = a.staff_id
			JOIN {$c} c ON c.id = ca.customer_id
			LEFT JOIN {$va} va ON va.appointment_id = a.id
			LEFT JOIN {$v} v ON v.id = va.vehicle_id";
	}

	/**
	 * Row → the contract's appointment dict.
	 *
	 * @param array $r Row.
	 * @return array
	 */
	public static function to_dict( array $r ): array {
		return array(
			'appointment_id' => (int) $r['id'],
			'start'          => Officina_Clock::fmt( (string) $r['start_date'] ),
			'end'            => Officina_Clock::fmt( (string) $r['end_date'] ),
			'status'         => (string) $r['status'],
			'service_id'     => null === $r['service_id'] ? null : (int) $r['service_id'],
			'service'        => (string) $r['service'],
			'staff_id'       => (int) $r['staff_id'],
			'staff_name'     => (string) $r['staff_name'],
			'customer_id'    => (int) $r['customer_id'],
			'customer'       => (string) $r['customer'],
			'vehicle_id'     => null === $r['vehicle_id'] ? null : (int) $r['vehicle_id'],
			'plate'          => $r['plate'],
		);
	}

	/**
	 * One appointment as a contract dict (plus notes), or null.
	 *
	 * @param int $id Appointment id.
	 * @return array|null
	 */
	public static function load( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( self::select() . ' WHERE a.id = %d ORDER BY ca.id LIMIT 1', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( ! $row ) {
			return null;
		}
		$data           = self::to_dict( $row );
		$data['_row']   = $row;
		return $data;
	}

	/**
	 * Success result with the appointment.
	 *
	 * @param int   $id    Appointment id.
	 * @param array $extra Extra data keys.
	 * @return array
	 */
	private static function appointment_result( int $id, array $extra = array() ): array {
		$data = self::load( $id );
		unset( $data['_row'] );
		$title = $data['service'] . ' · ' . ( $data['plate'] ?? '' ) . ' · ' . str_replace( 'T', ' ', $data['start'] );
		return Officina_Result::ok( array_merge( array( 'appointment' => $data ), $extra ), array( 'kind' => 'appointment', 'title' => $title, 'appointment' => $data ) );
	}

	/**
	 * Tool: search_appointments.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function search_appointments( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$low  = ! empty( $args['date_from'] ) ? Officina_Clock::parse_day( $args['date_from'] ) : null;
		$high = ! empty( $args['date_to'] ) ? Officina_Clock::parse_day( $args['date_to'] ) : null;
		if ( ( ! empty( $args['date_from'] ) && ! $low ) || ( ! empty( $args['date_to'] ) && ! $high ) ) {
			return Officina_Result::fail( 'invalid_arguments', 'Invalid date.' );
		}
		$vehicle_id = isset( $args['vehicle_id'] ) ? (int) $args['vehicle_id'] : null;
		if ( ! empty( $args['plate'] ) ) {
			list( $vehicle, $refusal ) = Officina_Tool_Vehicles::resolve( array( 'plate' => (string) $args['plate'] ) );
			if ( null !== $refusal ) {
				return $refusal;
			}
			$vehicle_id = (int) $vehicle['id'];
		}
		$narrowed = $vehicle_id || ! empty( $args['customer_id'] );
		if ( ! $low && ! $high && ! $narrowed ) {
			$low = Officina_Clock::now()->setTime( 0, 0 );
		}
		$where  = array();
		$params = array();
		foreach ( array( 'va.vehicle_id' => $vehicle_id, 'ca.customer_id' => $args['customer_id'] ?? null, 'a.service_id' => $args['service_id'] ?? null ) as $column => $value ) {
			if ( null !== $value ) {
				$where[]  = "{$column} = %d";
				$params[] = (int) $value;
			}
		}
		if ( ! empty( $args['status'] ) ) {
			$where[]  = 'ca.status = %s';
			$params[] = (string) $args['status'];
		}
		if ( $low ) {
			$where[]  = 'a.start_date >= %s';
			$params[] = $low->format( 'Y-m-d 00:00:00' );
		}
		if ( $high ) {
			$where[]  = 'a.start_date < %s';
			$params[] = $high->modify( '+1 day' )->format( 'Y-m-d 00:00:00' );
		}
		$clause = $where ? ' WHERE ' . implode( ' AND ', $where ) : '';
		$select = self::select();
		$count  = 'SELECT COUNT(*) FROM (' . $select . $clause . ') t';
		$total  = (int) ( $params ? $wpdb->get_var( $wpdb->prepare( $count, $params ) ) : $wpdb->get_var( $count ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$sql    = $select . $clause . ' ORDER BY a.start_date, a.id LIMIT %d';
		$rows   = $wpdb->get_results( $wpdb->prepare( $sql, array_merge( $params, array( (int) $args['limit'] ) ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$list   = array_map( array( self::class, 'to_dict' ), (array) $rows );
		return Officina_Result::ok(
			array( 'appointments' => $list, 'total' => $total ),
			array( 'kind' => 'appointments', 'title' => Officina_Texts::title( 'appointments', $ctx->language, array( 'count' => $total ) ), 'appointments' => $list )
		);
	}

	/**
	 * Parses a start; refuses the past.
	 *
	 * @param string $text Text.
	 * @return array [DateTimeImmutable|null, failure|null]
	 */
	private static function parse_start( string $text ): array {
		$start = Officina_Clock::parse( $text );
		if ( ! $start ) {
			return array( null, Officina_Result::fail( 'invalid_arguments', sprintf( "Invalid start time '%s'.", $text ) ) );
		}
		if ( Officina_Clock::is_missing( $text ) ) {
			return array(
				null,
				Officina_Result::fail(
					'invalid_arguments',
					sprintf( '%s does not exist in %s: the clocks go forward that night.', str_replace( 'T', ' ', substr( $text, 0, 16 ) ), wp_timezone_string() ),
					'Pick a time from 03:00 on; check_availability lists free slots.'
				),
			);
		}
		$now = Officina_Clock::now();
		if ( $start > $now->modify( '+' . self::MAX_DAYS_AHEAD . ' days' )->setTime( 23, 59 ) ) {
			return array(
				null,
				Officina_Result::fail(
					'invalid_arguments',
					sprintf( '%s is too far ahead: bookings are taken at most %d days ahead.', $start->format( 'Y-m-d' ), self::MAX_DAYS_AHEAD ),
					'Check the date with the person.'
				),
			);
		}
		if ( $start <= $now ) {
			return array(
				null,
				Officina_Result::fail(
					'date_in_past',
					sprintf( '%s is in the past (now is %s).', $start->format( 'Y-m-d H:i' ), $now->format( 'Y-m-d H:i' ) ),
					'Pick a time from now on; check_availability lists free slots.'
				),
			);
		}
		return array( $start, null );
	}

	/**
	 * Up to three free slots closest to the requested time (same day first, within 14 days).
	 *
	 * @param array             $service Service.
	 * @param array             $staff   Staff.
	 * @param DateTimeImmutable $around  Requested start.
	 * @param int|null          $exclude Appointment to ignore.
	 * @return array[]
	 */
	private static function alternatives( array $service, array $staff, DateTimeImmutable $around, ?int $exclude = null ): array {
		$today = Officina_Clock::now()->setTime( 0, 0 );
		$day   = $around->setTime( 0, 0 );
		$day   = $day < $today ? $today : $day;
		$slots = Officina_Tool_Availability::find_slots( $service, $staff, $day, $day->modify( '+14 days' ), 'any', false, self::ALTERNATIVES + 6, $exclude );
		$ts    = $around->getTimestamp();
		usort( $slots, static fn( $a, $b ) => abs( Officina_Clock::parse( $a['start'] )->getTimestamp() - $ts ) <=> abs( Officina_Clock::parse( $b['start'] )->getTimestamp() - $ts ) );
		$slots = array_slice( $slots, 0, self::ALTERNATIVES );
		usort( $slots, static fn( $a, $b ) => strcmp( $a['start'], $b['start'] ) );
		return $slots;
	}

	/**
	 * The refusal for a slot that cannot be booked, with alternatives.
	 *
	 * @param array             $check   check_slot outcome.
	 * @param array             $service Service.
	 * @param array             $staff   Staff.
	 * @param DateTimeImmutable $start   Start.
	 * @param int|null          $exclude Appointment to ignore.
	 * @return array
	 */
	private static function slot_refusal( array $check, array $service, array $staff, DateTimeImmutable $start, ?int $exclude = null ): array {
		$alternatives = self::alternatives( $service, $staff, $start, $exclude );
		$when         = $start->format( 'Y-m-d H:i' );
		if ( 'off_grid' === $check['reason'] ) {
			return Officina_Result::fail(
				'invalid_arguments',
				sprintf( '%s is not a start time: bookings start every %d minutes (see the alternatives).', $when, Officina_Tool_Availability::step() ),
				'Offer one of the alternatives.',
				array( 'alternatives' => $alternatives, 'reason' => $check['reason'] )
			);
		}
		if ( 'slot_taken' === $check['reason'] ) {
			$message = sprintf( '%s is already taken for %s.', $when, $service['name'] );
		} elseif ( 'holiday' === $check['reason'] ) {
			$message = sprintf( 'The workshop (or that mechanic) is closed on %s.', $start->format( 'Y-m-d' ) );
		} else {
			$message = sprintf( '%s is outside working hours for %s (%d min).', $when, $service['name'], $service['duration_min'] );
		}
		return Officina_Result::fail(
			'slot_taken' === $check['reason'] ? 'slot_taken' : 'outside_hours',
			$message,
			'Offer one of the alternatives.',
			array( 'alternatives' => $alternatives, 'reason' => $check['reason'] )
		);
	}

	/**
	 * Takes the per-day booking lock (all web workers share it through MariaDB).
	 *
	 * @param DateTimeImmutable $day Day.
	 * @return string|null The lock name, or null on timeout.
	 */
	public static function lock_day( DateTimeImmutable $day ): ?string {
		global $wpdb;
		$name = substr( 'officina_book_' . DB_NAME . '_' . $wpdb->prefix . $day->format( 'Ymd' ), 0, 64 );
		$got  = $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $name, 15 ) );
		return '1' === (string) $got ? $name : null;
	}

	/**
	 * Releases a booking lock.
	 *
	 * @param string $name Lock name.
	 */
	public static function unlock( string $name ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
	}

	/**
	 * Tool: create_appointment.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function create_appointment( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		list( $service, $err ) = Officina_Tool_Availability::service_or_error( (int) $args['service_id'] );
		if ( $err ) {
			return $err;
		}
		$vehicle = Officina_Tool_Vehicles::get( (int) $args['vehicle_id'] );
		if ( null === $vehicle ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No vehicle with id %d.', $args['vehicle_id'] ), 'Use find_vehicle.' );
		}
		$customer_id = ! empty( $args['customer_id'] ) ? (int) $args['customer_id'] : (int) $vehicle['customer_id'];
		if ( null === Officina_Bookly::customer( $customer_id ) ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No customer with id %d.', $customer_id ) );
		}
		list( $start, $err ) = self::parse_start( (string) $args['start'] );
		if ( $err ) {
			return $err;
		}
		list( $staff, $err ) = Officina_Tool_Availability::staff_or_error( $service, isset( $args['staff_id'] ) ? (int) $args['staff_id'] : null );
		if ( $err ) {
			return $err;
		}
		$lock = self::lock_day( $start );
		if ( null === $lock ) {
			return Officina_Result::fail( 'rate_limited', 'The calendar is busy with another booking; try again in a moment.' );
		}
		try {
			$check = Officina_Tool_Availability::check_slot( $service, $staff, $start, null, Officina_Tool_Availability::step() );
			if ( ! $check['ok'] ) {
				return self::slot_refusal( $check, $service, $staff, $start );
			}
			$end = $start->modify( '+' . $service['duration_min'] . ' minutes' );
			Officina_DB::begin();
			$id = Officina_Bookly::insert_booking(
				array(
					'service_id'  => $service['id'],
					'staff_id'    => $check['staff']['id'],
					'customer_id' => $customer_id,
					'start'       => $start,
					'end'         => $end,
					'notes'       => (string) ( $args['notes'] ?? '' ),
				)
			);
			Officina_DB::check( $wpdb->insert( Officina_Installer::table( 'vehicle_appointments' ), array( 'appointment_id' => $id, 'vehicle_id' => (int) $vehicle['id'] ) ), 'vehicle link' );
			$result = self::appointment_result( $id, array( 'replayed' => false ) );
			Officina_Registry::settle_in_transaction( $result );
			Officina_DB::commit();
		} finally {
			self::unlock( $lock );
		}
		$result['_undo'] = array( 'op' => 'delete_appointment', 'id' => $id, 'summary' => sprintf( '%s %s %s', $service['name'], $vehicle['plate'], Officina_Clock::fmt( $start ) ) );
		return $result;
	}

	/**
	 * Tool: reschedule_appointment.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function reschedule_appointment( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$current = self::load( (int) $args['appointment_id'] );
		if ( null === $current ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No appointment with id %d.', $args['appointment_id'] ) );
		}
		if ( ! in_array( $current['status'], Officina_Bookly::BUSY_STATUSES, true ) ) {
			return Officina_Result::fail( 'invalid_state', sprintf( 'Appointment %d is %s; it cannot be moved.', $current['appointment_id'], $current['status'] ) );
		}
		list( $start, $err ) = self::parse_start( (string) $args['new_start'] );
		if ( $err ) {
			return $err;
		}
		$service = null === $current['service_id'] ? null : Officina_Tool_Availability::load_service( (int) $current['service_id'] );
		if ( null === $service ) {
			return Officina_Result::fail( 'unknown_service', "The appointment's service no longer exists." );
		}
		list( $staff, $err ) = Officina_Tool_Availability::staff_or_error( $service, isset( $args['staff_id'] ) ? (int) $args['staff_id'] : null );
		if ( $err ) {
			return $err;
		}
		$id   = (int) $current['appointment_id'];
		$lock = self::lock_day( $start );
		if ( null === $lock ) {
			return Officina_Result::fail( 'rate_limited', 'The calendar is busy with another booking; try again in a moment.' );
		}
		try {
			$check = Officina_Tool_Availability::check_slot( $service, $staff, $start, $id, Officina_Tool_Availability::step() );
			if ( ! $check['ok'] ) {
				return self::slot_refusal( $check, $service, $staff, $start, $id );
			}
			$end = $start->modify( '+' . $service['duration_min'] . ' minutes' );
			$now = Officina_Clock::mysql_now();
			Officina_DB::begin();
			Officina_DB::check(
				$wpdb->update(
					Officina_Bookly::table( 'appointments' ),
					array( 'start_date' => Officina_Clock::sql( $start ), 'end_date' => Officina_Clock::sql( $end ), 'staff_id' => $check['staff']['id'], 'updated_at' => $now ),
					array( 'id' => $id )
				),
				'appointment'
			);
			Officina_DB::check( $wpdb->update( Officina_Bookly::table( 'customer_appointments' ), array( 'updated_at' => $now ), array( 'appointment_id' => $id ) ), 'customer appointment' );
			self::move_reminders( $id, Officina_Clock::parse( $current['start'] ), $start );
			$result = self::appointment_result( $id, array( 'previous_start' => $current['start'] ) );
			Officina_Registry::settle_in_transaction( $result );
			Officina_DB::commit();
		} finally {
			self::unlock( $lock );
		}
		$row                = $current['_row'];
		$result['_undo']    = array(
			'op'       => 'restore_appointment',
			'id'       => $id,
			'previous' => array( 'start' => $row['start_date'], 'end' => $row['end_date'], 'staff_id' => (int) $row['staff_id'], 'status' => $row['status'] ),
			'summary'  => sprintf( 'moved %d from %s to %s', $id, $current['start'], Officina_Clock::fmt( $start ) ),
		);
		return $result;
	}

	/**
	 * Queued reminders keep their offset from the appointment's start.
	 *
	 * @param int               $id  Appointment.
	 * @param DateTimeImmutable $old Old start.
	 * @param DateTimeImmutable $new New start.
	 */
	private static function move_reminders( int $id, DateTimeImmutable $old, DateTimeImmutable $new ): void {
		global $wpdb;
		$delta = $new->getTimestamp() - $old->getTimestamp();
		$table = Officina_Installer::table( 'outbox' );
		Officina_DB::check( $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET due_at = DATE_ADD(due_at, INTERVAL %d SECOND), next_attempt_at = DATE_ADD(next_attempt_at, INTERVAL %d SECOND) WHERE appointment_id = %d AND kind = 'reminder' AND status = 'queued'", $delta, $delta, $id ) ), 'reminders' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Tool: cancel_appointment (Bookly's 'cancelled' status on the customer_appointment rows).
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function cancel_appointment( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$current = self::load( (int) $args['appointment_id'] );
		if ( null === $current ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No appointment with id %d.', $args['appointment_id'] ) );
		}
		if ( ! in_array( $current['status'], Officina_Bookly::BUSY_STATUSES, true ) ) {
			return Officina_Result::fail( 'invalid_state', sprintf( 'Appointment %d is already %s.', $current['appointment_id'], $current['status'] ) );
		}
		$id    = (int) $current['appointment_id'];
		$row   = $current['_row'];
		$notes = (string) $row['notes'];
		if ( ! empty( $args['reason'] ) ) {
			$notes = ( '' !== $notes ? $notes . "\n" : '' ) . 'Annullato: ' . $args['reason'];
		}
		$now    = Officina_Clock::mysql_now();
		$outbox = Officina_Installer::table( 'outbox' );
		Officina_DB::begin();
		Officina_DB::check( $wpdb->update( Officina_Bookly::table( 'customer_appointments' ), array( 'status' => 'cancelled', 'status_changed_at' => $now, 'updated_at' => $now ), array( 'appointment_id' => $id ) ), 'customer appointment' );
		Officina_DB::check( $wpdb->update( Officina_Bookly::table( 'appointments' ), array( 'internal_note' => $notes, 'updated_at' => $now ), array( 'id' => $id ) ), 'appointment' );
		$requeue = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$outbox} WHERE appointment_id = %d AND kind = 'reminder' AND status = 'queued'", $id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( $requeue ) {
			Officina_DB::check( $wpdb->query( "UPDATE {$outbox} SET status = 'cancelled' WHERE id IN (" . implode( ',', $requeue ) . ')' ), 'reminders' ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		Officina_DB::commit();
		$result          = self::appointment_result( $id );
		$result['_undo'] = array(
			'op'       => 'restore_appointment',
			'id'       => $id,
			'previous' => array( 'start' => $row['start_date'], 'end' => $row['end_date'], 'staff_id' => (int) $row['staff_id'], 'status' => $row['status'], 'notes' => $row['notes'] ),
			'requeue'  => $requeue,
			'summary'  => sprintf( 'cancelled %d (%s)', $id, $current['start'] ),
		);
		return $result;
	}
}
