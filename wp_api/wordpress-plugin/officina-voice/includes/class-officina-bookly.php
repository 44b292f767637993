<?php
/**
 * Bookly's tables: names, detection, and rows written exactly as Bookly writes them.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Access to Bookly's own data (appointments, customer_appointments, customers, services, staff).
 */
final class Officina_Bookly {

	public const TABLES        = array( 'staff', 'categories', 'services', 'staff_services', 'staff_schedule_items', 'schedule_item_breaks', 'holidays', 'customers', 'appointments', 'customer_appointments' );
	public const BUSY_STATUSES = array( 'pending', 'approved' );
	public const CATEGORIES    = array( 'maintenance', 'tyres', 'inspection', 'engine', 'bodywork', 'electrical', 'brakes', 'aircon', 'other' );

	/** Words in a Bookly category name → contract category (used when no explicit mapping is set). */
	private const CATEGORY_WORDS = array(
		'tyres'       => array( 'gomm', 'pneumatic', 'tyre', 'tire', 'ruot' ),
		'maintenance' => array( 'tagliand', 'manutenz', 'maintenance', 'service', 'olio' ),
		'inspection'  => array( 'revision', 'inspection', 'collaud', 'mot' ),
		'engine'      => array( 'motor', 'engine', 'diagnos' ),
		'bodywork'    => array( 'carrozz', 'body', 'verniciat' ),
		'electrical'  => array( 'elettr', 'electr', 'batter' ),
		'brakes'      => array( 'fren', 'brake' ),
		'aircon'      => array( 'clima', 'aria condiz', 'air con', 'aircon' ),
	);

	/**
	 * Full name of a Bookly table.
	 *
	 * @param string $name Short name (e.g. 'appointments').
	 * @return string
	 */
	public static function table( string $name ): string {
		global $wpdb;
		return $wpdb->prefix . 'bookly_' . $name;
	}

	/**
	 * Which Bookly tables exist; whether Bookly itself is active.
	 *
	 * @return array
	 */
	public static function status(): array {
		global $wpdb;
		$found   = array();
		$missing = array();
		foreach ( self::TABLES as $name ) {
			$table = self::table( $name );
			if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ) === $table ) {
				$found[] = $name;
			} else {
				$missing[] = $name;
			}
		}
		return array(
			'tables_found'   => $found,
			'missing_tables' => $missing,
			'plugin_active'  => class_exists( '\\Bookly\\Lib\\Plugin' ),
			'db_version'     => get_option( 'bookly_db_version' ) ? (string) get_option( 'bookly_db_version' ) : null,
		);
	}

	/**
	 * Bookly category id → contract category slug.
	 *
	 * @return array<int, string>
	 */
	public static function category_map(): array {
		static $map = null;
		if ( null !== $map ) {
			return $map;
		}
		global $wpdb;
		$explicit = (array) get_option( 'officina_voice_categories', array() );
		$map      = array();
		$rows     = $wpdb->get_results( 'SELECT id, name FROM ' . self::table( 'categories' ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		foreach ( (array) $rows as $row ) {
			$id = (int) $row['id'];
			if ( isset( $explicit[ $id ] ) && in_array( $explicit[ $id ], self::CATEGORIES, true ) ) {
				$map[ $id ] = $explicit[ $id ];
				continue;
			}
			$map[ $id ] = self::guess_category( (string) $row['name'] );
		}
		return $map;
	}

	/**
	 * The contract category a category name most likely means.
	 *
	 * @param string $name Category name.
	 * @return string
	 */
	public static function guess_category( string $name ): string {
		$lower = strtolower( remove_accents( $name ) );
		if ( in_array( $lower, self::CATEGORIES, true ) ) {
			return $lower;
		}
		foreach ( self::CATEGORY_WORDS as $slug => $words ) {
			foreach ( $words as $word ) {
				if ( str_contains( $lower, $word ) ) {
					return $slug;
				}
			}
		}
		return 'other';
	}

	/**
	 * Contract category of a service's category_id.
	 *
	 * @param int|string|null $category_id Bookly category id.
	 * @return string
	 */
	public static function category_of( $category_id ): string {
		if ( null === $category_id ) {
			return 'other';
		}
		return self::category_map()[ (int) $category_id ] ?? 'other';
	}

	/**
	 * Bookly category ids that map to a contract category.
	 *
	 * @param string $slug Contract category.
	 * @return int[]
	 */
	public static function category_ids( string $slug ): array {
		return array_keys( array_filter( self::category_map(), static fn( $s ) => $s === $slug ) );
	}

	/**
	 * A service row (simple, visible) or null.
	 *
	 * @param int $id Service id.
	 * @return array|null
	 */
	public static function service( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . self::table( 'services' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ?: null;
	}

	/**
	 * Staff (not archived) who perform a service, with capacity, ordered by position.
	 *
	 * @param int      $service_id Service.
	 * @param int|null $staff_id   Only this staff member.
	 * @return array[]
	 */
	public static function staff_for_service( int $service_id, ?int $staff_id = null ): array {
		global $wpdb;
		$st  = self::table( 'staff' );
		$ss  = self::table( 'staff_services' );
		$sql = "SELECT s.id, s.full_name, MAX(ss.capacity_max) AS capacity FROM {$st} s JOIN {$ss} ss ON ss.staff_id = s.id
			WHERE ss.service_id = %d AND s.visibility <> 'archive'";
		$arg = array( $service_id );
		if ( null !== $staff_id ) {
			$sql  .= ' AND s.id = %d';
			$arg[] = $staff_id;
		}
		$sql .= ' GROUP BY s.id, s.full_name, s.position ORDER BY s.position, s.id';
		return (array) $wpdb->get_results( $wpdb->prepare( $sql, $arg ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}

	/**
	 * A customer row, or null.
	 *
	 * @param int $id Customer id.
	 * @return array|null
	 */
	public static function customer( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT id, full_name, phone, email FROM ' . self::table( 'customers' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ?: null;
	}

	/**
	 * A unique random token, as Bookly generates for customer_appointments.token.
	 *
	 * @return string
	 */
	public static function token(): string {
		global $wpdb;
		$table = self::table( 'customer_appointments' );
		do {
			$token = md5( wp_generate_password( 32, false ) . microtime() );
		} while ( $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE token = %s", $token ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return $token;
	}

	/**
	 * Minutes in Bookly's time_zone_offset sign convention (JS getTimezoneOffset: UTC+2 → -120) at a moment.
	 *
	 * @param DateTimeImmutable $moment Local moment.
	 * @return int
	 */
	public static function js_offset( DateTimeImmutable $moment ): int {
		return (int) ( -$moment->getOffset() / 60 );
	}

	/**
	 * Inserts the appointment row and the customer_appointment row, as Bookly's backend save does.
	 *
	 * @param array $a service_id, staff_id, customer_id, start (DateTimeImmutable), end, notes; optional id, status, created_at.
	 * @return int The appointment id.
	 * @throws Officina_Write_Failed When a row was not written.
	 */
	public static function insert_booking( array $a ): int {
		global $wpdb;
		$now = $a['created_at'] ?? Officina_Clock::mysql_now();
		$inserted = $wpdb->query(
			$wpdb->prepare(
				'INSERT INTO ' . self::table( 'appointments' ) . ' (id, location_id, staff_id, staff_any, service_id, custom_service_name, custom_service_price, start_date, end_date, extras_duration, internal_note, google_event_id, google_event_etag, outlook_event_id, outlook_event_change_key, outlook_event_series_id, apple_event_id, apple_event_etag, online_meeting_provider, online_meeting_id, online_meeting_data, created_from, created_at, updated_at) VALUES (%d, NULL, %d, 0, %d, NULL, NULL, %s, %s, 0, %s, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, %s, %s)', // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
				(int) ( $a['id'] ?? 0 ), // 0 lets AUTO_INCREMENT choose.
				$a['staff_id'],
				$a['service_id'],
				Officina_Clock::sql( $a['start'] ),
				Officina_Clock::sql( $a['end'] ),
				(string) ( $a['notes'] ?? '' ),
				'bookly',
				$now,
				$now
			)
		);
		$appointment_id = Officina_DB::inserted_id( $inserted, 'appointment' );
		$status         = (string) get_option( 'bookly_appointment_default_status', 'approved' );
		$status         = in_array( $status, array( 'pending', 'approved' ), true ) ? $status : 'approved';
		$status         = $a['status'] ?? $status;
		$linked = $wpdb->query(
			$wpdb->prepare(
				'INSERT INTO ' . self::table( 'customer_appointments' ) . ' (series_id, package_id, customer_id, appointment_id, payment_id, order_id, number_of_persons, units, notes, extras, extras_multiply_nop, custom_fields, status, status_changed_at, token, time_zone, time_zone_offset, rating, rating_comment, locale, collaborative_service_id, collaborative_token, compound_service_id, compound_token, created_from, created_at, updated_at) VALUES (NULL, NULL, %d, %d, NULL, NULL, 1, 1, NULL, %s, 1, %s, %s, %s, %s, %s, %d, NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, %s, %s)', // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
				$a['customer_id'],
				$appointment_id,
				'[]',
				'[]',
				$status,
				$now,
				self::token(),
				wp_timezone_string(),
				self::js_offset( $a['start'] ),
				'backend',
				$now,
				$now
			)
		);
		Officina_DB::inserted_id( $linked, 'customer appointment' );
		return $appointment_id;
	}
}
