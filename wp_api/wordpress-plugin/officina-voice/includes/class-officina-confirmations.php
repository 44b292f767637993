<?php
/**
 * Confirmation tokens of confirm tools (the same rules as wp_api/confirmations.py).
 *
 * A confirm tool's first call gets 'confirmation_required' and a token bound to the WordPress user,
 * the actor, the tool and a hash of the clean arguments. Only a second call carrying that token in
 * the X-Officina-Confirmation header, before it expires, runs the tool; a token works once. Only the
 * token's SHA-256 is stored.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Issues and redeems confirmation tokens (table officina_confirmations).
 */
final class Officina_Confirmations {

	/** Seconds a token lives. */
	public const TTL_S = 600;

	/** Expired tokens are purged a day after they expired. */
	private const KEEP_S = 86400;

	/** Why a token does not run a call: message and hint per code. */
	private const REFUSALS = array(
		'confirmation_invalid' => 'This confirmation does not match the request (another action, other details, another user, or it was already used); nothing was done.',
		'confirmation_expired' => 'This confirmation has expired; nothing was done.',
	);

	/**
	 * The gate of a confirm tool: null when the call carries a valid token for exactly this call
	 * (the token is spent), else the result to return (a new token, or a refusal).
	 *
	 * @param string           $tool Tool name.
	 * @param array            $args Clean arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array|null
	 */
	public static function gate( string $tool, array $args, Officina_Context $ctx ): ?array {
		$hash = self::arguments_hash( $tool, $args );
		if ( null === $ctx->confirmation ) {
			return self::issue( $tool, $hash, $ctx );
		}
		$refusal = self::redeem( $ctx->confirmation, $tool, $hash, $ctx );
		if ( null === $refusal ) {
			return null;
		}
		return Officina_Result::fail(
			$refusal,
			self::REFUSALS[ $refusal ],
			'Ask the person again: call the tool without a token to get a new confirmation.'
		);
	}

	/**
	 * The arguments hash a token is bound to.
	 *
	 * @param string $tool Tool name.
	 * @param array  $args Clean arguments.
	 * @return string
	 */
	public static function arguments_hash( string $tool, array $args ): string {
		return hash( 'sha256', $tool . "\n" . wp_json_encode( self::ksort_deep( $args ) ) );
	}

	/**
	 * A new token for this call: the 'confirmation_required' answer carrying it.
	 *
	 * @param string           $tool Tool name.
	 * @param string           $hash Arguments hash.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	private static function issue( string $tool, string $hash, Officina_Context $ctx ): array {
		global $wpdb;
		$table   = Officina_Installer::table( 'confirmations' );
		$token   = bin2hex( random_bytes( 32 ) ); // hex: never starts with '-', which a shell or CLI reads as an option
		$now     = self::utc_now();
		$expires = $now->modify( '+' . self::TTL_S . ' seconds' );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE expires_at < %s", $now->modify( '-' . self::KEEP_S . ' seconds' )->format( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$stored = $wpdb->insert(
			$table,
			array(
				'token_hash' => hash( 'sha256', $token ),
				'user_id'    => $ctx->user_id,
				'actor'      => $ctx->actor,
				'tool'       => $tool,
				'args_hash'  => $hash,
				'created_at' => $now->format( 'Y-m-d H:i:s' ),
				'expires_at' => $expires->format( 'Y-m-d H:i:s' ),
			)
		);
		if ( 1 !== $stored ) {
			return Officina_Result::fail( 'backend_error', 'The confirmation could not be recorded; nothing was done. Try again in a moment.' );
		}
		$result                 = Officina_Result::fail(
			'confirmation_required',
			sprintf( '%s needs the person\'s confirmation in the app before it runs.', $tool ),
			'Describe what will happen and wait for the person to confirm.'
		);
		$result['confirmation'] = array(
			'token'      => $token,
			'expires_at' => $expires->setTimezone( wp_timezone() )->format( DATE_ATOM ),
		);
		return $result;
	}

	/**
	 * Spends a token: null when it runs this call, else the refusal code.
	 *
	 * @param string           $token Token from the header.
	 * @param string           $tool  Tool name.
	 * @param string           $hash  Arguments hash.
	 * @param Officina_Context $ctx   Caller.
	 * @return string|null
	 */
	private static function redeem( string $token, string $tool, string $hash, Officina_Context $ctx ): ?string {
		global $wpdb;
		$table = Officina_Installer::table( 'confirmations' );
		$key   = hash( 'sha256', $token );
		$now   = self::utc_now()->format( 'Y-m-d H:i:s' );
		// Spent whatever the outcome, atomically: of two concurrent calls with one token only one gets it.
		$spent = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET used_at = %s WHERE token_hash = %s AND used_at IS NULL", $now, $key ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 1 !== $spent ) {
			return 'confirmation_invalid';
		}
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT user_id, actor, tool, args_hash, expires_at FROM {$table} WHERE token_hash = %s", $key ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! is_array( $row ) ) {
			return 'confirmation_invalid';
		}
		$same = (int) $row['user_id'] === $ctx->user_id
			&& hash_equals( (string) $row['actor'], $ctx->actor )
			&& hash_equals( (string) $row['tool'], $tool )
			&& hash_equals( (string) $row['args_hash'], $hash );
		if ( ! $same ) {
			return 'confirmation_invalid';
		}
		if ( $now >= (string) $row['expires_at'] ) {
			return 'confirmation_expired';
		}
		return null;
	}

	/**
	 * Now in UTC, from the workshop clock (so the test clock moves expiry too).
	 *
	 * @return DateTimeImmutable
	 */
	private static function utc_now(): DateTimeImmutable {
		return Officina_Clock::now()->setTimezone( new DateTimeZone( 'UTC' ) );
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
