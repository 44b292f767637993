<?php
/**
 * Free slots on Bookly's data: staff schedule items minus breaks, per-staff holidays and busy bookings.
 *
 * Same rules as the local backend (wp_api/local/availability.py): 30-minute steps, one staff member
 * per start time, the service's parallel capacity (bays), afternoon from 13:00.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * check_availability and the slot checks used by booking.
 */
final class Officina_Tool_Availability {

	public const STEP_MIN          = 30;
	public const AFTERNOON_MIN     = 780;
	public const FIRST_ONLY_DAYS   = 30;
	public const MAX_WINDOW_DAYS   = 92;
	public const CAPACITY_OPTION   = 'officina_voice_service_capacity';

	/**
	 * Minutes between the start times offered (setting slot_step_min, default 30).
	 *
	 * @return int
	 */
	public static function step(): int {
		$step = (int) Officina_Settings_Page::settings()['slot_step_min'];
		return $step >= 5 && $step <= 240 ? $step : self::STEP_MIN;
	}

	/**
	 * A service as availability needs it, or null.
	 *
	 * @param int $id Service id.
	 * @return array|null {id, name, category, duration_min, capacity, price}
	 */
	public static function load_service( int $id ): ?array {
		$row = Officina_Bookly::service( $id );
		if ( null === $row || 'simple' !== $row['type'] ) {
			return null;
		}
		$capacities = (array) get_option( self::CAPACITY_OPTION, array() );
		return array(
			'id'           => (int) $row['id'],
			'name'         => (string) $row['title'],
			'category'     => Officina_Bookly::category_of( $row['category_id'] ),
			'duration_min' => max( 1, intdiv( (int) $row['duration'], 60 ) ),
			'capacity'     => isset( $capacities[ $row['id'] ] ) ? max( 1, (int) $capacities[ $row['id'] ] ) : null,
			'price'        => (float) $row['price'],
		);
	}

	/**
	 * Staff who do the service, with their weekly blocks (ISO day 1=Monday … 7=Sunday → [[start, end] minutes]).
	 *
	 * @param int      $service_id Service.
	 * @param int|null $staff_id   Only this one.
	 * @return array[]
	 */
	public static function qualified_staff( int $service_id, ?int $staff_id = null ): array {
		global $wpdb;
		$rows = Officina_Bookly::staff_for_service( $service_id, $staff_id );
		if ( ! $rows ) {
			return array();
		}
		$staff = array();
		foreach ( $rows as $row ) {
			$staff[ (int) $row['id'] ] = array( 'id' => (int) $row['id'], 'name' => (string) $row['full_name'], 'blocks' => array() );
		}
		$ids    = implode( ',', array_map( 'intval', array_keys( $staff ) ) );
		$items  = Officina_Bookly::table( 'staff_schedule_items' );
		$breaks = Officina_Bookly::table( 'schedule_item_breaks' );
		$hours  = $wpdb->get_results( "SELECT id, staff_id, day_index, start_time, end_time FROM {$items} WHERE staff_id IN ({$ids}) AND start_time IS NOT NULL AND location_id IS NULL", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$cuts   = array();
		foreach ( (array) $wpdb->get_results( "SELECT b.staff_schedule_item_id AS item, b.start_time, b.end_time FROM {$breaks} b JOIN {$items} i ON i.id = b.staff_schedule_item_id WHERE i.staff_id IN ({$ids})", ARRAY_A ) as $b ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$cuts[ (int) $b['item'] ][] = array( self::minutes( $b['start_time'] ), self::minutes( $b['end_time'] ) );
		}
		foreach ( (array) $hours as $h ) {
			$iso = 1 === (int) $h['day_index'] ? 7 : (int) $h['day_index'] - 1;
			$staff[ (int) $h['staff_id'] ]['blocks'][ $iso ] = self::subtract(
				array( array( self::minutes( $h['start_time'] ), self::minutes( $h['end_time'] ) ) ),
				$cuts[ (int) $h['id'] ] ?? array()
			);
		}
		return array_values( $staff );
	}

	/**
	 * 'HH:MM:SS' (may exceed 24:00) → minutes.
	 *
	 * @param string|null $time TIME text.
	 * @return int
	 */
	public static function minutes( ?string $time ): int {
		$parts = explode( ':', (string) $time );
		return (int) $parts[0] * 60 + (int) ( $parts[1] ?? 0 );
	}

	/**
	 * Blocks minus cuts.
	 *
	 * @param array $blocks [[s, e]].
	 * @param array $cuts   [[s, e]].
	 * @return array
	 */
	private static function subtract( array $blocks, array $cuts ): array {
		sort( $cuts );
		foreach ( $cuts as list( $cs, $ce ) ) {
			$out = array();
			foreach ( $blocks as list( $bs, $be ) ) {
				if ( $ce <= $bs || $cs >= $be ) {
					$out[] = array( $bs, $be );
					continue;
				}
				if ( $cs > $bs ) {
					$out[] = array( $bs, $cs );
				}
				if ( $ce < $be ) {
					$out[] = array( $ce, $be );
				}
			}
			$blocks = $out;
		}
		return $blocks;
	}

	/**
	 * One day's per-staff holidays and busy intervals (two indexed queries).
	 *
	 * @param DateTimeImmutable $day     Local midnight.
	 * @param int|null          $exclude Appointment to ignore (reschedule).
	 * @return array {closed: int[] (staff ids), busy_staff: [id => [[s,e]]], busy_service: [id => [[s,e]]]}
	 */
	public static function day_state( DateTimeImmutable $day, ?int $exclude = null ): array {
		global $wpdb;
		$h      = Officina_Bookly::table( 'holidays' );
		$closed = array_map(
			'intval',
			$wpdb->get_col( $wpdb->prepare( "SELECT staff_id FROM {$h} WHERE staff_id IS NOT NULL AND (date = %s OR (repeat_event = 1 AND DATE_FORMAT(date, '%%m-%%d') = %s))", $day->format( 'Y-m-d' ), $day->format( 'm-d' ) ) ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		);
		$a      = Officina_Bookly::table( 'appointments' );
		$ca     = Officina_Bookly::table( 'customer_appointments' );
		$rows   = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT a.id, a.staff_id, a.service_id, a.start_date, a.end_date, a.extras_duration FROM {$a} a WHERE a.start_date >= %s AND a.start_date < %s AND EXISTS (SELECT 1 FROM {$ca} ca WHERE ca.appointment_id = a.id AND ca.status IN ('pending', 'approved'))", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$day->format( 'Y-m-d 00:00:00' ),
				$day->modify( '+1 day' )->format( 'Y-m-d 00:00:00' )
			),
			ARRAY_A
		);
		$state  = array( 'closed' => array_flip( $closed ), 'busy_staff' => array(), 'busy_service' => array() );
		foreach ( (array) $rows as $r ) {
			if ( null !== $exclude && (int) $r['id'] === $exclude ) {
				continue;
			}
			$start = self::minutes( substr( $r['start_date'], 11 ) );
			$end   = self::minutes( substr( $r['end_date'], 11 ) ) + intdiv( (int) $r['extras_duration'], 60 );
			if ( substr( $r['end_date'], 0, 10 ) !== substr( $r['start_date'], 0, 10 ) ) {
				$end += 1440;
			}
			$state['busy_staff'][ (int) $r['staff_id'] ][]     = array( $start, $end );
			$state['busy_service'][ (int) $r['service_id'] ][] = array( $start, $end );
		}
		return $state;
	}

	/**
	 * Staff member has no overlapping busy booking.
	 *
	 * @param array $state Day state.
	 * @param int   $staff Staff id.
	 * @param int   $start Minute.
	 * @param int   $end   Minute.
	 * @return bool
	 */
	private static function staff_free( array $state, int $staff, int $start, int $end ): bool {
		foreach ( $state['busy_staff'][ $staff ] ?? array() as list( $s, $e ) ) {
			if ( $s < $end && $e > $start ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The service's parallel capacity is not used up.
	 *
	 * @param array $state   Day state.
	 * @param array $service Service.
	 * @param int   $start   Minute.
	 * @param int   $end     Minute.
	 * @return bool
	 */
	private static function capacity_free( array $state, array $service, int $start, int $end ): bool {
		if ( null === $service['capacity'] ) {
			return true;
		}
		$used = 0;
		foreach ( $state['busy_service'][ $service['id'] ] ?? array() as list( $s, $e ) ) {
			if ( $s < $end && $e > $start ) {
				++$used;
			}
		}
		return $used < $service['capacity'];
	}

	/**
	 * Free (start minute → staff) of one day, by start.
	 *
	 * @param DateTimeImmutable $day        Day.
	 * @param array             $state      Day state.
	 * @param array             $service    Service.
	 * @param array             $staff      Qualified staff.
	 * @param string            $part       any|morning|afternoon.
	 * @param int               $not_before Minute.
	 * @return array<int, array>
	 */
	public static function day_slots( DateTimeImmutable $day, array $state, array $service, array $staff, string $part, int $not_before ): array {
		$dow   = (int) $day->format( 'N' );
		$step  = self::step();
		$fits  = array(); // start → staff whose working block holds the whole job, in staff order.
		foreach ( $staff as $member ) {
			if ( isset( $state['closed'][ $member['id'] ] ) ) {
				continue;
			}
			foreach ( $member['blocks'][ $dow ] ?? array() as list( $bs, $be ) ) {
				for ( $t = $bs; $t + $service['duration_min'] <= $be; $t += $step ) {
					if ( $t >= $not_before && self::in_part( $t, $part ) ) {
						$fits[ $t ][] = $member;
					}
				}
			}
		}
		ksort( $fits );
		$found = array();
		foreach ( $fits as $t => $members ) {
			$end = $t + $service['duration_min'];
			if ( ! self::capacity_free( $state, $service, $t, $end ) ) {
				continue;
			}
			foreach ( $members as $member ) {
				if ( self::staff_free( $state, $member['id'], $t, $end ) ) {
					$found[ $t ] = $member;
					break;
				}
			}
		}
		return $found;
	}

	/**
	 * Start minute within the part of the day.
	 *
	 * @param int    $start Minute.
	 * @param string $part  Part.
	 * @return bool
	 */
	private static function in_part( int $start, string $part ): bool {
		if ( 'morning' === $part ) {
			return $start < self::AFTERNOON_MIN;
		}
		if ( 'afternoon' === $part ) {
			return $start >= self::AFTERNOON_MIN;
		}
		return true;
	}

	/**
	 * Free slots between two days (inclusive), earliest first.
	 *
	 * @param array             $service    Service.
	 * @param array             $staff      Staff.
	 * @param DateTimeImmutable $date_from  First day.
	 * @param DateTimeImmutable $date_to    Last day.
	 * @param string            $part       Part of day.
	 * @param bool              $first_only Stop at the first.
	 * @param int               $limit      Max.
	 * @param int|null          $exclude    Appointment to ignore.
	 * @return array[]
	 */
	public static function find_slots( array $service, array $staff, DateTimeImmutable $date_from, DateTimeImmutable $date_to, string $part = 'any', bool $first_only = false, int $limit = 8, ?int $exclude = null ): array {
		$now   = Officina_Clock::now();
		$today = $now->setTime( 0, 0 );
		$day   = $date_from < $today ? $today : $date_from;
		$slots = array();
		while ( $day <= $date_to && count( $slots ) < $limit ) {
			$dow     = (int) $day->format( 'N' );
			$working = false;
			foreach ( $staff as $member ) {
				if ( ! empty( $member['blocks'][ $dow ] ) ) {
					$working = true;
					break;
				}
			}
			if ( $working ) {
				$state      = self::day_state( $day, $exclude );
				$not_before = $day == $today ? (int) $now->format( 'G' ) * 60 + (int) $now->format( 'i' ) + 1 : -1; // phpcs:ignore Universal.Operators.StrictComparisons
				foreach ( self::day_slots( $day, $state, $service, $staff, $part, $not_before ) as $start => $member ) {
					$slots[] = self::slot( $day, $start, $service, $member );
					if ( $first_only || count( $slots ) >= $limit ) {
						return $slots;
					}
				}
			}
			$day = $day->modify( '+1 day' );
		}
		return $slots;
	}

	/**
	 * One slot in the contract's shape.
	 *
	 * @param DateTimeImmutable $day     Day.
	 * @param int               $start   Minute.
	 * @param array             $service Service.
	 * @param array             $member  Staff.
	 * @return array
	 */
	public static function slot( DateTimeImmutable $day, int $start, array $service, array $member ): array {
		$begin = $day->setTime( 0, 0 )->modify( '+' . $start . ' minutes' );
		return array(
			'start'      => Officina_Clock::fmt( $begin ),
			'end'        => Officina_Clock::fmt( $begin->modify( '+' . $service['duration_min'] . ' minutes' ) ),
			'staff_id'   => $member['id'],
			'staff_name' => $member['name'],
		);
	}

	/**
	 * Whether $start is bookable, by whom, or why not (outside_hours, off_grid, holiday, slot_taken).
	 *
	 * @param array             $service Service.
	 * @param array             $staff   Staff.
	 * @param DateTimeImmutable $start   Start.
	 * @param int|null          $exclude Appointment to ignore.
	 * @param int|null          $step    When set, the start must be a whole number of steps from its working block's start.
	 * @return array {ok, staff, reason}
	 */
	public static function check_slot( array $service, array $staff, DateTimeImmutable $start, ?int $exclude = null, ?int $step = null ): array {
		$day     = $start->setTime( 0, 0 );
		$state   = self::day_state( $day, $exclude );
		$dow     = (int) $start->format( 'N' );
		$begin   = (int) $start->format( 'G' ) * 60 + (int) $start->format( 'i' );
		$end     = $begin + $service['duration_min'];
		$working = array();
		foreach ( $staff as $member ) {
			foreach ( $member['blocks'][ $dow ] ?? array() as list( $bs, $be ) ) {
				if ( $bs <= $begin && $end <= $be ) {
					$working[] = $member;
					break;
				}
			}
		}
		if ( ! $working ) {
			return array( 'ok' => false, 'staff' => null, 'reason' => 'outside_hours' );
		}
		if ( $step ) {
			$on_grid = array();
			foreach ( $working as $member ) {
				foreach ( $member['blocks'][ $dow ] ?? array() as list( $bs, $be ) ) {
					if ( $bs <= $begin && $end <= $be && 0 === ( $begin - $bs ) % $step ) {
						$on_grid[] = $member;
						break;
					}
				}
			}
			if ( ! $on_grid ) {
				return array( 'ok' => false, 'staff' => null, 'reason' => 'off_grid' );
			}
			$working = $on_grid;
		}
		$present = array_values( array_filter( $working, static fn( $m ) => ! isset( $state['closed'][ $m['id'] ] ) ) );
		if ( ! $present ) {
			return array( 'ok' => false, 'staff' => null, 'reason' => 'holiday' );
		}
		if ( ! self::capacity_free( $state, $service, $begin, $end ) ) {
			return array( 'ok' => false, 'staff' => null, 'reason' => 'slot_taken' );
		}
		foreach ( $present as $member ) {
			if ( self::staff_free( $state, $member['id'], $begin, $end ) ) {
				return array( 'ok' => true, 'staff' => $member, 'reason' => '' );
			}
		}
		return array( 'ok' => false, 'staff' => null, 'reason' => 'slot_taken' );
	}

	/**
	 * The service, or an unknown_service refusal.
	 *
	 * @param int $service_id Id.
	 * @return array
	 */
	public static function service_or_error( int $service_id ): array {
		$service = self::load_service( $service_id );
		if ( null === $service ) {
			return array( null, Officina_Result::fail( 'unknown_service', sprintf( 'There is no service with id %d.', $service_id ), 'Call list_services to get the valid service ids.' ) );
		}
		return array( $service, null );
	}

	/**
	 * Qualified staff, or a not_found refusal.
	 *
	 * @param array    $service  Service.
	 * @param int|null $staff_id Staff.
	 * @return array
	 */
	public static function staff_or_error( array $service, ?int $staff_id ): array {
		$staff = self::qualified_staff( $service['id'], $staff_id );
		if ( ! $staff ) {
			if ( null !== $staff_id ) {
				return array( null, Officina_Result::fail( 'not_found', sprintf( 'Staff member %d does not exist or does not do %s.', $staff_id, $service['name'] ) ) );
			}
			return array( null, Officina_Result::fail( 'not_found', sprintf( 'Nobody on the staff does %s.', $service['name'] ) ) );
		}
		return array( $staff, null );
	}

	/**
	 * Tool: check_availability.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function check_availability( array $args, Officina_Context $ctx ): array {
		list( $service, $err ) = self::service_or_error( (int) $args['service_id'] );
		if ( $err ) {
			return $err;
		}
		$date_from  = Officina_Clock::parse_day( $args['date_from'] );
		$first_only = (bool) $args['first_only'];
		$date_to    = ! empty( $args['date_to'] ) ? Officina_Clock::parse_day( $args['date_to'] ) : ( $date_from ? $date_from->modify( '+' . ( $first_only ? self::FIRST_ONLY_DAYS : 0 ) . ' days' ) : null );
		if ( ! $date_from || ! $date_to ) {
			return Officina_Result::fail( 'invalid_arguments', 'Invalid date.' );
		}
		$today = Officina_Clock::now()->setTime( 0, 0 );
		if ( $date_to < $today ) {
			return Officina_Result::fail( 'date_in_past', sprintf( '%s is in the past (today is %s).', $date_to->format( 'Y-m-d' ), $today->format( 'Y-m-d' ) ), 'Search from today onwards.' );
		}
		if ( $date_to < $date_from ) {
			return Officina_Result::fail( 'invalid_arguments', 'date_to is before date_from.' );
		}
		if ( (int) $date_from->diff( $date_to )->format( '%a' ) > self::MAX_WINDOW_DAYS ) {
			return Officina_Result::fail( 'invalid_arguments', sprintf( 'Search at most %d days at a time.', self::MAX_WINDOW_DAYS ) );
		}
		list( $staff, $err ) = self::staff_or_error( $service, isset( $args['staff_id'] ) ? (int) $args['staff_id'] : null );
		if ( $err ) {
			return $err;
		}
		$moving = isset( $args['moving_appointment_id'] ) ? (int) $args['moving_appointment_id'] : null; // Its own time counts as free.
		$slots  = self::find_slots( $service, $staff, $date_from, $date_to, (string) $args['part_of_day'], $first_only, (int) $args['limit'], $moving );
		$data  = array(
			'service' => array( 'service_id' => $service['id'], 'name' => $service['name'], 'duration_min' => $service['duration_min'] ),
			'slots'   => $slots,
		);
		$title = $slots
			? Officina_Texts::title( 'slots', $ctx->language, array( 'service' => $service['name'], 'first' => Officina_Messages_Render::format_when( Officina_Clock::parse( (string) $slots[0]['start'] ), $ctx->language ) ) )
			: Officina_Texts::title( 'no_slots', $ctx->language, array( 'service' => $service['name'] ) );
		return Officina_Result::ok( $data, array( 'kind' => 'slots', 'title' => $title, 'slots' => $slots ) );
	}
}
