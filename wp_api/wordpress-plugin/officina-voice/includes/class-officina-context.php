<?php
/**
 * Who calls a tool and with what authority (the contract's CallContext).
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The caller: WordPress user, desktop session (scope of undo), actor label, confirmation token, and
 * the language the desktop shows (its cards' titles are written in it).
 */
final class Officina_Context {

	/**
	 * The language of the texts the tools write for people (it|en): the one the caller asked for,
	 * else the plugin's 'language' setting, else Italian.
	 *
	 * @var string
	 */
	public readonly string $language;

	/**
	 * Constructor.
	 *
	 * @param int         $user_id    WordPress user id.
	 * @param string      $session_id Desktop session (undo scope).
	 * @param string      $actor      Audit label.
	 * @param string|null $confirmation Confirmation token of a confirm tool's second call.
	 * @param string|null $turn_id    Voice turn.
	 * @param string|null $language   Language asked for (anything but 'it' or 'en' is ignored).
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly string $session_id,
		public readonly string $actor,
		public readonly ?string $confirmation,
		public readonly ?string $turn_id = null,
		?string $language = null
	) {
		$this->language = Officina_Texts::language( $language );
	}

	/**
	 * Reads the X-Officina-* headers of a REST request (X-Officina-Language: exactly 'it' or 'en').
	 *
	 * @param WP_REST_Request $request The request.
	 * @return self
	 */
	public static function from_request( WP_REST_Request $request ): self {
		$user    = wp_get_current_user();
		$session = sanitize_text_field( (string) $request->get_header( 'x_officina_session' ) );
		$actor   = sanitize_text_field( (string) $request->get_header( 'x_officina_actor' ) );
		$turn    = sanitize_text_field( (string) $request->get_header( 'x_officina_turn' ) );
		$token   = (string) $request->get_header( 'x_officina_confirmation' );
		$lang    = $request->get_header( 'x_officina_language' );
		return new self(
			(int) $user->ID,
			'' !== $session ? substr( $session, 0, 120 ) : 'wp-user-' . $user->ID,
			substr( ( '' !== $actor ? $actor . ' / ' : '' ) . $user->user_login, 0, 190 ),
			1 === preg_match( '/^[A-Za-z0-9_-]{16,128}$/', $token ) ? $token : ( '' !== $token ? 'malformed' : null ),
			'' !== $turn ? substr( $turn, 0, 120 ) : null,
			Officina_Texts::known_language( $lang )
		);
	}
}
