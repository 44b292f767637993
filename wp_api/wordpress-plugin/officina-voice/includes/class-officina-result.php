<?php
/**
 * Tool results in the contract's shape (ToolResult.to_dict()).
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Builds {"ok", "data", "display", "error": {"code", "message", "hint", "details"}} arrays.
 */
final class Officina_Result {

	/** HTTP status per refusal code (the body is always a ToolResult). */
	private const STATUS = array(
		'invalid_arguments'     => 400,
		'forbidden'             => 403,
		'not_found'             => 404,
		'unknown_service'       => 404,
		'slot_taken'            => 409,
		'ambiguous'             => 409,
		'nothing_to_undo'       => 409,
		'confirmation_required' => 428,
		'confirmation_invalid'  => 409,
		'confirmation_expired'  => 409,
		'rate_limited'          => 429,
	);

	/**
	 * A success.
	 *
	 * @param array      $data    Plain data for the model.
	 * @param array|null $display Side-panel hint.
	 * @return array
	 */
	public static function ok( array $data, ?array $display = null ): array {
		return array(
			'ok'      => true,
			'data'    => $data,
			'display' => $display,
			'error'   => null,
		);
	}

	/**
	 * A refusal.
	 *
	 * @param string      $code    Stable snake_case code.
	 * @param string      $message One sentence for the model and the person.
	 * @param string|null $hint    What to do next.
	 * @param array       $details Extra data (alternatives, candidates…).
	 * @return array
	 */
	public static function fail( string $code, string $message, ?string $hint = null, array $details = array() ): array {
		return array(
			'ok'      => false,
			'data'    => array(),
			'display' => null,
			'error'   => array(
				'code'    => $code,
				'message' => $message,
				'hint'    => $hint,
				'details' => $details,
			),
		);
	}

	/**
	 * The HTTP status for a result.
	 *
	 * @param array $result A result.
	 * @return int
	 */
	public static function http_status( array $result ): int {
		if ( ! empty( $result['ok'] ) ) {
			return 200;
		}
		return self::STATUS[ $result['error']['code'] ] ?? 422;
	}

	/**
	 * JSON-ready: empty maps become objects so "data": {} stays an object.
	 *
	 * @param array $result A result.
	 * @return array
	 */
	public static function for_json( array $result ): array {
		$result['data'] = self::objectify( $result['data'] );
		if ( is_array( $result['error'] ) ) {
			$result['error']['details'] = self::objectify( $result['error']['details'] );
		}
		return $result;
	}

	/**
	 * An empty PHP array as an empty JSON object.
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private static function objectify( $value ) {
		return ( is_array( $value ) && array() === $value ) ? new stdClass() : $value;
	}
}
