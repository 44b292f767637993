<?php
/**
 * Who calls a tool and with what authority (the contract's CallContext).
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The caller: WordPress user, desktop session (scope of undo), actor label, confirmation.
 */
final class Officina_Context {

	/**
	 * Constructor.
	 *
	 * @param int         $user_id    WordPress user id.
	 * @param string      $session_id Desktop session (undo scope).
	 * @param string      $actor      Audit label.
	 * @param bool        $confirmed  A person confirmed this call.
	 * @param string|null $turn_id    Voice turn.
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly string $session_id,
		public readonly string $actor,
		public readonly bool $confirmed,
		public readonly ?string $turn_id = null
	) {}

	/**
	 * Reads the X-Officina-* headers of a REST request.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return self
	 */
	public static function from_request( WP_REST_Request $request ): self {
		$user    = wp_get_current_user();
		$session = sanitize_text_field( (string) $request->get_header( 'x_officina_session' ) );
		$actor   = sanitize_text_field( (string) $request->get_header( 'x_officina_actor' ) );
		$turn    = sanitize_text_field( (string) $request->get_header( 'x_officina_turn' ) );
		return new self(
			(int) $user->ID,
			'' !== $session ? substr( $session, 0, 120 ) : 'wp-user-' . $user->ID,
			substr( ( '' !== $actor ? $actor . ' / ' : '' ) . $user->user_login, 0, 190 ),
			'1' === (string) $request->get_header( 'x_officina_confirmed' ),
			'' !== $turn ? substr( $turn, 0, 120 ) : null
		);
	}
}
