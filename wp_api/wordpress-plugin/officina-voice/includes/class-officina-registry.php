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

	/**
	 * Cached definitions, keyed by name.
	 *
	 * @var array<string, array>|null
	 */
	private static ?array $specs = null;

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
		$key = isset( $clean['idempotency_key'] ) ? $name . ':' . $clean['idempotency_key'] : null;
		if ( null !== $key ) {
			$replay = self::claim_key( $key, $name, $clean );
			if ( null !== $replay ) {
				Officina_Audit::record( $ctx, $name, $clean, $replay, null );
				return $replay;
			}
		}
		$result = self::call( $handler, $clean, $ctx );
		$undo   = $result['_undo'] ?? null;
		unset( $result['_undo'] );
		if ( null !== $undo && null !== $key ) {
			$undo['idempotency_key'] = $key;
		}
		Officina_Audit::record( $ctx, $name, $clean, $result, $result['ok'] ? $undo : null );
		if ( null !== $key ) {
			self::settle_key( $key, $result );
		}
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
		global $wpdb;
		try {
			return $handler( $args, $ctx );
		} catch ( Throwable $e ) {
			$wpdb->query( 'ROLLBACK' );
			error_log( 'officina-voice: ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine() ); // phpcs:ignore
			return Officina_Result::fail( 'backend_error', 'The workshop server hit an internal error; nothing was changed.' );
		}
	}

	/**
	 * Claims an idempotency key; the stored result when the key was already used.
	 *
	 * @param string $key  Key.
	 * @param string $tool Tool.
	 * @param array  $args Clean arguments.
	 * @return array|null The replayed result, or null when this call owns the key now.
	 */
	private static function claim_key( string $key, string $tool, array $args ): ?array {
		global $wpdb;
		$table = Officina_Installer::table( 'idempotency' );
		unset( $args['idempotency_key'] );
		$hash = hash( 'sha256', $tool . wp_json_encode( self::ksort_deep( $args ) ) );
		$done  = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (idem_key, tool, args_hash, result, created_at) VALUES (%s, %s, %s, NULL, %s)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$key,
				$tool,
				$hash,
				Officina_Clock::mysql_now()
			)
		);
		if ( 1 === $done ) {
			return null;
		}
		for ( $i = 0; $i < 100; $i++ ) {
			$row = $wpdb->get_row( $wpdb->prepare( "SELECT tool, args_hash, result FROM {$table} WHERE idem_key = %s", $key ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			if ( null === $row ) {
				return self::claim_key( $key, $tool, $args );
			}
			if ( $row['tool'] !== $tool || $row['args_hash'] !== $hash ) {
				return Officina_Result::fail(
					'invalid_arguments',
					'This idempotency_key was already used for a different request.',
					'Use a fresh idempotency_key for a new action.'
				);
			}
			if ( null !== $row['result'] ) {
				$result = json_decode( $row['result'], true );
				if ( is_array( $result['data'] ?? null ) ) {
					$result['data']['replayed'] = true;
				}
				return $result;
			}
			usleep( 50000 );
		}
		return Officina_Result::fail( 'rate_limited', 'The same action is still running; try again in a moment.' );
	}

	/**
	 * Stores the result under the key (successes only; a refusal frees the key for a retry).
	 *
	 * @param string $key    Key.
	 * @param array  $result Result.
	 */
	private static function settle_key( string $key, array $result ): void {
		global $wpdb;
		$table = Officina_Installer::table( 'idempotency' );
		if ( $result['ok'] ) {
			$wpdb->update( $table, array( 'result' => wp_json_encode( $result ) ), array( 'idem_key' => $key ) );
		} else {
			$wpdb->delete( $table, array( 'idem_key' => $key ) );
		}
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
