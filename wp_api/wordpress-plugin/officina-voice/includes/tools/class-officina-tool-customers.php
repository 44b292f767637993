<?php
/**
 * Customers (Bookly's bookly_customers) with consent (the plugin's table): find_customer, create_customer.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Customer tools.
 */
final class Officina_Tool_Customers {

	public const CHANNELS = array( 'whatsapp', 'email', 'sms' );

	/**
	 * Name tokens: folded, [a-z0-9]+, unique, in order.
	 *
	 * @param string $name Name.
	 * @return string[]
	 */
	public static function name_tokens( string $name ): array {
		preg_match_all( '/[a-z0-9]+/', strtolower( remove_accents( $name ) ), $m );
		return array_values( array_unique( $m[0] ) );
	}

	/**
	 * Digits only, Italian prefix dropped ("+39 333 123 4567" → "3331234567").
	 *
	 * @param string|null $phone Phone.
	 * @return string|null
	 */
	public static function phone_key( ?string $phone ): ?string {
		if ( null === $phone || '' === trim( $phone ) ) {
			return null;
		}
		$digits = (string) preg_replace( '/\D/', '', $phone );
		$lead   = ltrim( $phone );
		if ( str_starts_with( $lead, '+39' ) ) {
			$digits = substr( $digits, 2 );
		} elseif ( str_starts_with( $digits, '0039' ) && strlen( $digits ) > 11 ) {
			$digits = substr( $digits, 4 );
		}
		return '' !== $digits ? $digits : null;
	}

	/**
	 * Customer ids matching an email, a phone number or every word of a name (word prefixes allowed).
	 *
	 * @param string $query Query.
	 * @param int    $limit Max.
	 * @return int[]
	 */
	public static function search_ids( string $query, int $limit ): array {
		global $wpdb;
		$c    = Officina_Bookly::table( 'customers' );
		$text = trim( $query );
		if ( str_contains( $text, '@' ) ) {
			return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$c} WHERE email = %s ORDER BY id LIMIT %d", strtolower( $text ), $limit ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		}
		$digits = (string) self::phone_key( $text );
		if ( strlen( $digits ) >= 6 && strlen( $digits ) >= strlen( str_replace( ' ', '', $text ) ) - 4 ) {
			// Separators stripped with REPLACE (REGEXP_REPLACE is missing on MySQL 5.7, still common on hosts).
			$key = 'phone';
			foreach ( array( ' ', '-', '.', '/', '(', ')', '+' ) as $separator ) {
				$key = "REPLACE({$key}, '{$separator}', '')";
			}
			$sql = "SELECT id FROM {$c} WHERE phone <> '' AND (CASE WHEN TRIM(phone) LIKE '+39%%' THEN SUBSTRING({$key}, 3) WHEN {$key} LIKE '0039%%' AND LENGTH({$key}) > 11 THEN SUBSTRING({$key}, 5) ELSE {$key} END) IN (%s, %s) ORDER BY id LIMIT %d";
			return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( $sql, $digits, ltrim( $digits, '0' ), $limit ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL
		}
		$tokens = array_slice( array_values( array_filter( self::name_tokens( $text ), static fn( $t ) => strlen( $t ) >= 2 ) ), 0, 4 );
		if ( ! $tokens ) {
			return array();
		}
		$where  = array();
		$params = array();
		$name   = "CONCAT(' ', REPLACE(REPLACE(full_name, '''', ' '), '-', ' '), ' ')";
		foreach ( $tokens as $token ) {
			$where[]  = "{$name} LIKE %s";
			$params[] = '% ' . $wpdb->esc_like( $token ) . ( strlen( $token ) >= 3 ? '%' : ' %' );
		}
		$params[] = implode( ' ', self::name_tokens( $text ) );
		$params[] = $limit;
		$sql      = "SELECT id FROM {$c} WHERE " . implode( ' AND ', $where ) . ' ORDER BY (full_name = %s) DESC, full_name, id LIMIT %d';
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( $sql, $params ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL
	}

	/**
	 * Consent flags per customer id.
	 *
	 * @param int[] $ids Customer ids.
	 * @return array<int, array<string, bool>>
	 */
	public static function consents( array $ids ): array {
		global $wpdb;
		$out = array();
		foreach ( $ids as $id ) {
			$out[ $id ] = array_fill_keys( self::CHANNELS, false );
		}
		if ( $ids ) {
			$t = Officina_Installer::table( 'consent' );
			foreach ( (array) $wpdb->get_results( "SELECT customer_id, channel, granted FROM {$t} WHERE customer_id IN (" . implode( ',', array_map( 'intval', $ids ) ) . ')', ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$out[ (int) $r['customer_id'] ][ $r['channel'] ] = (bool) $r['granted'];
			}
		}
		return $out;
	}

	/**
	 * Stores consent flags.
	 *
	 * @param int   $customer_id Customer.
	 * @param array $flags       channel → bool.
	 */
	public static function set_consents( int $customer_id, array $flags ): void {
		global $wpdb;
		$t = Officina_Installer::table( 'consent' );
		foreach ( $flags as $channel => $granted ) {
			Officina_DB::check(
				$wpdb->replace( $t, array( 'customer_id' => $customer_id, 'channel' => $channel, 'granted' => $granted ? 1 : 0, 'updated_at' => Officina_Clock::mysql_now() ) ),
				'consent'
			);
		}
	}

	/**
	 * A customer in the contract's shape.
	 *
	 * @param array $row Row.
	 * @return array
	 */
	public static function to_dict( array $row ): array {
		return array(
			'customer_id' => (int) $row['id'],
			'full_name'   => $row['full_name'],
			'phone'       => '' === (string) $row['phone'] ? null : $row['phone'],
			'email'       => '' === (string) $row['email'] ? null : $row['email'],
		);
	}

	/**
	 * Tool: find_customer.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function find_customer( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$ids = self::search_ids( (string) $args['query'], (int) $args['limit'] );
		if ( ! $ids ) {
			return Officina_Result::fail( 'not_found', sprintf( "No customer matches '%s'.", mb_substr( $args['query'], 0, 60 ) ), 'Try the surname only, the phone number or the plate.' );
		}
		$in       = implode( ',', $ids );
		$c        = Officina_Bookly::table( 'customers' );
		$v        = Officina_Installer::table( 'vehicles' );
		$rows     = array();
		foreach ( (array) $wpdb->get_results( "SELECT id, full_name, phone, email FROM {$c} WHERE id IN ({$in})", ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$rows[ (int) $r['id'] ] = $r;
		}
		$vehicles = array_fill_keys( $ids, array() );
		foreach ( (array) $wpdb->get_results( "SELECT id, customer_id, plate, make, model, colour FROM {$v} WHERE customer_id IN ({$in}) ORDER BY id", ARRAY_A ) as $r ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$vehicles[ (int) $r['customer_id'] ][] = array( 'vehicle_id' => (int) $r['id'], 'plate' => $r['plate'], 'make' => $r['make'], 'model' => $r['model'], 'colour' => $r['colour'] );
		}
		$consents  = self::consents( $ids );
		$customers = array();
		foreach ( $ids as $id ) {
			$item             = self::to_dict( $rows[ $id ] );
			$item['consent']  = $consents[ $id ];
			$item['vehicles'] = $vehicles[ $id ];
			$customers[]      = $item;
		}
		return Officina_Result::ok( array( 'customers' => $customers ), array( 'kind' => 'customer', 'title' => $customers[0]['full_name'], 'customers' => $customers ) );
	}

	/**
	 * Inserts a customer row as Bookly writes it (names kept consistent, notes '', info_fields '[]').
	 *
	 * first_name and last_name are derived from full_name (Bookly's columns are 64 characters each,
	 * full_name 128): they are cut to fit, full_name is stored whole.
	 *
	 * @param array $c full_name, phone, email, created_at; optional id.
	 * @return int
	 * @throws Officina_Write_Failed When the row was not written.
	 */
	public static function insert( array $c ): int {
		global $wpdb;
		$full  = (string) $c['full_name'];
		$parts = explode( ' ', $full, 2 );
		$row   = array(
			'wp_user_id'  => null,
			'full_name'   => $full,
			'first_name'  => mb_substr( $parts[0], 0, 64 ),
			'last_name'   => mb_substr( $parts[1] ?? '', 0, 64 ),
			'phone'       => (string) ( $c['phone'] ?? '' ),
			'email'       => (string) ( $c['email'] ?? '' ),
			'notes'       => '',
			'info_fields' => '[]',
			'created_at'  => $c['created_at'] ?? Officina_Clock::mysql_now(),
		);
		if ( isset( $c['id'] ) ) {
			$row['id'] = (int) $c['id'];
		}
		return Officina_DB::inserted_id( $wpdb->insert( Officina_Bookly::table( 'customers' ), $row ), 'customer' );
	}

	/**
	 * Tool: create_customer.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function create_customer( array $args, Officina_Context $ctx ): array {
		$full = implode( ' ', preg_split( '/\s+/u', trim( (string) $args['full_name'] ) ) );
		if ( ! self::name_tokens( $full ) ) {
			return Officina_Result::fail( 'invalid_arguments', 'The name has no letters.' );
		}
		$phone = '' !== (string) ( $args['phone'] ?? '' ) ? (string) $args['phone'] : null;
		if ( null !== $phone && strlen( (string) self::phone_key( $phone ) ) < 6 ) {
			return Officina_Result::fail( 'invalid_arguments', sprintf( "'%s' is not a phone number.", mb_substr( $phone, 0, 40 ) ) );
		}
		$email = '' !== (string) ( $args['email'] ?? '' ) ? (string) $args['email'] : null;
		Officina_DB::begin();
		$id     = self::insert( array( 'full_name' => $full, 'phone' => $phone, 'email' => $email ) );
		self::set_consents( $id, array( 'whatsapp' => ! empty( $args['consent_whatsapp'] ), 'email' => ! empty( $args['consent_email'] ), 'sms' => ! empty( $args['consent_sms'] ) ) );
		$data   = array( 'customer_id' => $id, 'full_name' => $full, 'phone' => $phone, 'email' => $email );
		$result = Officina_Result::ok( array( 'customer' => $data ), array( 'kind' => 'customer', 'title' => $full, 'customers' => array( $data ) ) );
		Officina_Registry::settle_in_transaction( $result );
		Officina_DB::commit();
		$result['_undo'] = array( 'op' => 'delete_customer', 'id' => $id, 'summary' => 'new customer ' . $full );
		return $result;
	}
}
