<?php
/**
 * The tool registry: definitions from tools.json, argument validation, confirmation tokens, idempotency, audit.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Runs one contract tool for one caller; every path returns a result in the contract's shape.
 */
final class Officina_Registry {

	/** Tools that reach many customers at once: they need the bulk capability (checked before anything else). */
	public const BULK_TOOLS = array( 'send_campaign' );

	/**
	 * Cached definitions, keyed by name.
	 *
	 * @var array<string, array>|null
	 */
	private static ?array $specs = null;

	/**
	 * The idempotency key of the write running now: key, tool, hash, settled.
	 *
	 * @var array|null
	 */
	private static ?array $pending = null;

	/**
	 * Tool name → handler (callable(array $args, Officina_Context $ctx): array).
	 *
	 * @return array<string, callable>
	 */
	public static function handlers(): array {
		return array(
			'find_vehicle'           => array( 'Officina_Tool_Vehicles', 'find_vehicle' ),
			'find_customer'          => array( 'Officina_Tool_Customers', 'find_customer' ),
			'vehicle_history'        => array( 'Officina_Tool_Vehicles', 'vehicle_history' ),
			'list_services'          => array( 'Officina_Tool_Services', 'list_services' ),
			'list_vehicle_models'    => array( 'Officina_Tool_Vehicles', 'list_vehicle_models' ),
			'check_availability'     => array( 'Officina_Tool_Availability', 'check_availability' ),
			'search_appointments'    => array( 'Officina_Tool_Appointments', 'search_appointments' ),
			'create_appointment'     => array( 'Officina_Tool_Appointments', 'create_appointment' ),
			'reschedule_appointment' => array( 'Officina_Tool_Appointments', 'reschedule_appointment' ),
			'cancel_appointment'     => array( 'Officina_Tool_Appointments', 'cancel_appointment' ),
			'create_customer'        => array( 'Officina_Tool_Customers', 'create_customer' ),
			'add_vehicle'            => array( 'Officina_Tool_Vehicles', 'add_vehicle' ),
			'send_message'           => array( 'Officina_Tool_Messages', 'send_message' ),
			'schedule_reminder'      => array( 'Officina_Tool_Messages', 'schedule_reminder' ),
			'preview_campaign'       => array( 'Officina_Tool_Campaigns', 'preview_campaign' ),
			'send_campaign'          => array( 'Officina_Tool_Campaigns', 'send_campaign' ),
			'undo_last'              => array( 'Officina_Tool_Undo', 'undo_last' ),
		);
	}

	/**
	 * Tool definitions as in wp_api/contract.py (generated into tools.json).
	 *
	 * @return array<string, array>
	 */
	public static function specs(): array {
		if ( null === self::$specs ) {
			$raw         = json_decode( (string) file_get_contents( __DIR__ . '/tools.json' ), true );
			self::$specs = array();
			foreach ( (array) $raw as $spec ) {
				self::$specs[ $spec['name'] ] = $spec;
			}
		}
		return self::$specs;
	}

	/**
	 * A JSON Schema ready for wp_json_encode: empty "properties" stay JSON objects ({} not []).
	 *
	 * @param array $schema Schema as decoded.
	 * @return array
	 */
	public static function schema_for_json( array $schema ): array {
		foreach ( $schema as $key => $value ) {
			if ( 'properties' === $key && is_array( $value ) && array() === $value ) {
				$schema[ $key ] = new stdClass();
			} elseif ( is_array( $value ) ) {
				$schema[ $key ] = self::schema_for_json( $value );
			}
		}
		return $schema;
	}

	/**
	 * One definition, or null.
	 *
	 * @param string $name Tool name.
	 * @return array|null
	 */
	public static function spec( string $name ): ?array {
		return self::specs()[ $name ] ?? null;
	}

	/**
	 * Validates, sanitises and fills defaults; a failure result when the arguments do not fit.
	 *
	 * @param array $spec Tool definition.
	 * @param mixed $args Raw arguments.
	 * @return array{0: array|null, 1: array|null} [clean arguments, failure]
	 */
	public static function clean_arguments( array $spec, $args ): array {
		if ( ! is_array( $args ) ) {
			return array( null, Officina_Result::fail( 'invalid_arguments', 'Arguments must be a JSON object.' ) );
		}
		if ( array_is_list( $args ) && array() !== $args ) {
			return array( null, Officina_Result::fail( 'invalid_arguments', 'Arguments must be a JSON object.' ) );
		}
		$schema = $spec['parameters'];
		$valid  = rest_validate_value_from_schema( $args, $schema, 'arguments' );
		if ( is_wp_error( $valid ) ) {
			$messages = array();
			foreach ( $valid->get_error_messages() as $message ) {
				$messages[] = mb_substr( wp_strip_all_tags( $message ), 0, 200 );
			}
			return array(
				null,
				Officina_Result::fail(
					'invalid_arguments',
					sprintf( 'Invalid arguments for %s: %s', $spec['name'], implode( '; ', array_slice( $messages, 0, 5 ) ) ),
					'Fix the arguments and call the tool again.'
				),
			);
		}
		$clean = rest_sanitize_value_from_schema( $args, $schema, 'arguments' );
		if ( is_wp_error( $clean ) ) {
			return array( null, Officina_Result::fail( 'invalid_arguments', $clean->get_error_message() ) );
		}
		foreach ( (array) ( $schema['properties'] ?? array() ) as $key => $property ) {
			if ( ! array_key_exists( $key, $clean ) && array_key_exists( 'default', $property ) ) {
				$clean[ $key ] = $property['default'];
			}
			if ( isset( $clean[ $key ] ) && is_string( $clean[ $key ] ) && 'string' === ( $property['type'] ?? '' ) ) {
				$clean[ $key ] = trim( $clean[ $key ] );
			}
		}
		return array( $clean, null );
	}

	/**
	 * Runs a tool. Never throws; refusals come back as results.
	 *
	 * @param string           $name Tool name.
	 * @param mixed            $args Raw arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array A result (Officina_Result shape).
	 */
	public static function run( string $name, $args, Officina_Context $ctx ): array {
		$spec = self::spec( $name );
		if ( null === $spec ) {
			return Officina_Result::fail( 'not_found', sprintf( 'There is no tool called %s.', $name ) );
		}
		list( $clean, $failure ) = self::clean_arguments( $spec, $args );
		if ( null !== $failure ) {
			return $failure;
		}
		if ( 'send_campaign' === $name && ! user_can( $ctx->user_id, Officina_Installer::CAP_BULK ) ) {
			return Officina_Result::fail(
				'forbidden',
				'This WordPress user may not send campaigns (needs the officina_voice_bulk capability).'
			);
		}
		if ( 'confirm' === $spec['safety'] ) {
			$gate = Officina_Confirmations::gate( $name, $clean, $ctx );
			if ( null !== $gate ) {
				return $gate;
			}
		}
		$handler = self::handlers()[ $name ];
		if ( 'read' === $spec['safety'] ) {
			return self::call( $handler, $clean, $ctx );
		}
		$key = isset( $clean['idempotency_key'] ) ? self::scoped_key( $ctx, $name, (string) $clean['idempotency_key'] ) : null;
		if ( null === $key ) {
			return self::finish( $name, $clean, $ctx, self::call( $handler, $clean, $ctx ), null );
		}
		try {
			$lock = self::lock_key( $key );
		} catch ( Officina_Write_Failed $e ) {
			return Officina_Result::fail( 'backend_error', 'The workshop database is not answering; nothing was changed.', 'Try again in a moment.' );
		}
		if ( null === $lock ) {
			return Officina_Result::fail( 'rate_limited', 'The same action is still running; try again in a moment.' );
		}
		try {
			$replay = self::replay( $key, $name, $clean );
			if ( null !== $replay ) {
				Officina_Audit::record( $ctx, $name, $clean, $replay, null );
				return $replay;
			}
			self::$pending = array( 'key' => $key, 'tool' => $name, 'hash' => self::args_hash( $name, $clean ), 'settled' => false );
			$result        = self::call( $handler, $clean, $ctx );
			$settled       = self::$pending['settled'];
			self::$pending = null;
			if ( ! $settled && $result['ok'] ) {
				try {
					self::store_result( $key, $name, self::args_hash( $name, $clean ), $result );
				} catch ( Officina_Write_Failed $e ) {
					// The change itself was saved (and is reported); only its replay record is missing (logged).
					unset( $e );
				}
			}
			return self::finish( $name, $clean, $ctx, $result, $key );
		} finally {
			self::$pending = null;
			self::unlock_key( $lock );
		}
	}

	/**
	 * The key as stored: scoped to the WordPress user and the tool, so another user's equal key is another key.
	 *
	 * @param Officina_Context $ctx  Caller.
	 * @param string           $tool Tool.
	 * @param string           $key  The client's idempotency_key.
	 * @return string
	 */
	public static function scoped_key( Officina_Context $ctx, string $tool, string $key ): string {
		return 'u' . $ctx->user_id . ':' . $tool . ':' . $key;
	}

	/**
	 * Audits a write and strips the undo recipe off its result.
	 *
	 * @param string           $name   Tool.
	 * @param array            $clean  Arguments.
	 * @param Officina_Context $ctx    Caller.
	 * @param array            $result Handler result (may carry _undo).
	 * @param string|null      $key    Scoped idempotency key.
	 * @return array
	 */
	private static function finish( string $name, array $clean, Officina_Context $ctx, array $result, ?string $key ): array {
		$undo = $result['_undo'] ?? null;
		unset( $result['_undo'] );
		if ( null !== $undo && null !== $key ) {
			$undo['idempotency_key'] = $key;
		}
		Officina_Audit::record( $ctx, $name, $clean, $result, $result['ok'] ? $undo : null );
		return $result;
	}

	/**
	 * Calls a handler, turning a PHP error into a result.
	 *
	 * @param callable         $handler Handler.
	 * @param array            $args    Clean arguments.
	 * @param Officina_Context $ctx     Caller.
	 * @return array
	 */
	private static function call( callable $handler, array $args, Officina_Context $ctx ): array {
		try {
			return $handler( $args, $ctx );
		} catch ( Officina_Write_Failed $e ) {
			Officina_DB::rollback();
			return Officina_Result::fail(
				'backend_error',
				sprintf( 'The workshop database did not save the change (%s); nothing was changed.', $e->getMessage() ),
				'Try again in a moment; if it keeps failing, tell the site\'s administrator.'
			);
		} catch ( Throwable $e ) {
			Officina_DB::rollback();
			error_log( 'officina-voice: ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine() ); // phpcs:ignore
			return Officina_Result::fail( 'backend_error', 'The workshop server hit an internal error; nothing was changed.' );
		}
	}

	/**
	 * Takes the key's MariaDB named lock (waits up to 5 s for a running twin request).
	 *
	 * The lock, not a row, says "this key is being worked on": MariaDB frees it when the request
	 * ends or its connection dies (PHP killed, MariaDB restarted), so a claim can never outlive its
	 * owner and a retry after a crash runs instead of waiting forever.
	 *
	 * @param string $key Scoped key.
	 * @return string|null The lock name, or null when another request holds it.
	 */
	private static function lock_key( string $key ): ?string {
		global $wpdb;
		$name = 'officina_idem_' . md5( DB_NAME . '|' . $wpdb->prefix . '|' . $key );
		$got  = $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $name, 5 ) );
		if ( null === $got && '' !== (string) $wpdb->last_error ) {
			throw new Officina_Write_Failed( 'idempotency lock' );
		}
		return '1' === (string) $got ? $name : null;
	}

	/**
	 * Releases the key's lock.
	 *
	 * @param string $name Lock name.
	 */
	private static function unlock_key( string $name ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
	}

	/**
	 * Hash of a call's arguments (the key left out).
	 *
	 * @param string $tool Tool.
	 * @param array  $args Clean arguments.
	 * @return string
	 */
	private static function args_hash( string $tool, array $args ): string {
		unset( $args['idempotency_key'] );
		return hash( 'sha256', $tool . wp_json_encode( self::ksort_deep( $args ) ) );
	}

	/**
	 * The stored result of an earlier call with this key (or a refusal when the arguments differ); null: run it.
	 *
	 * Only successes are stored, so a key whose first call failed or died runs again.
	 *
	 * @param string $key  Scoped key (its lock is held).
	 * @param string $tool Tool.
	 * @param array  $args Clean arguments.
	 * @return array|null
	 */
	private static function replay( string $key, string $tool, array $args ): ?array {
		global $wpdb;
		$table = Officina_Installer::table( 'idempotency' );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT tool, args_hash, result FROM {$table} WHERE idem_key = %s", $key ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( null === $row || null === $row['result'] ) {
			return null;
		}
		if ( $row['tool'] !== $tool || $row['args_hash'] !== self::args_hash( $tool, $args ) ) {
			return Officina_Result::fail(
				'invalid_arguments',
				'This idempotency_key was already used for a different request.',
				'Use a fresh idempotency_key for a new action.'
			);
		}
		$result = json_decode( (string) $row['result'], true );
		if ( ! is_array( $result ) ) {
			return null;
		}
		if ( is_array( $result['data'] ?? null ) ) {
			$result['data']['replayed'] = true;
		}
		return $result;
	}

	/**
	 * Stores a success under its key (checked; an upsert, so storing twice is harmless).
	 *
	 * @param string $key    Scoped key.
	 * @param string $tool   Tool.
	 * @param string $hash   Arguments hash.
	 * @param array  $result Result.
	 * @throws Officina_Write_Failed When the row was not written.
	 */
	private static function store_result( string $key, string $tool, string $hash, array $result ): void {
		global $wpdb;
		unset( $result['_undo'] );
		$table = Officina_Installer::table( 'idempotency' );
		Officina_DB::check(
			$wpdb->query(
				$wpdb->prepare(
					"INSERT INTO {$table} (idem_key, tool, args_hash, result, created_at) VALUES (%s, %s, %s, %s, %s) ON DUPLICATE KEY UPDATE tool = VALUES(tool), args_hash = VALUES(args_hash), result = VALUES(result)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
					$key,
					$tool,
					$hash,
					(string) wp_json_encode( $result ),
					Officina_Clock::mysql_now()
				)
			),
			'idempotency result'
		);
	}

	/**
	 * Called by a handler inside its transaction, just before COMMIT: the result under the call's
	 * idempotency key commits (or rolls back) together with the change, so a crash between the two
	 * can never make a retry repeat a change that was saved.
	 *
	 * @param array $result The success about to be returned.
	 */
	public static function settle_in_transaction( array $result ): void {
		if ( null === self::$pending || ! $result['ok'] ) {
			return;
		}
		self::store_result( self::$pending['key'], self::$pending['tool'], self::$pending['hash'], $result );
		self::$pending['settled'] = true;
	}

	/**
	 * Arrays with sorted keys at every level, for hashing.
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private static function ksort_deep( $value ) {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		ksort( $value );
		return array_map( array( self::class, 'ksort_deep' ), $value );
	}
}
