<?php
/**
 * The audit log: every write (who, when, tool, arguments, result) and how to undo it.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Writes and reads audit rows.
 */
final class Officina_Audit {

	/**
	 * Records one write.
	 *
	 * @param Officina_Context $ctx    Caller.
	 * @param string           $tool   Tool.
	 * @param array            $args   Arguments.
	 * @param array            $result Result.
	 * @param array|null       $undo   How to revert it (null: cannot be undone).
	 */
	public static function record( Officina_Context $ctx, string $tool, array $args, array $result, ?array $undo ): void {
		global $wpdb;
		$saved = $wpdb->insert(
			Officina_Installer::table( 'audit' ),
			array(
				'at'         => Officina_Clock::mysql_now(),
				'user_id'    => $ctx->user_id,
				'actor'      => $ctx->actor,
				'session_id' => $ctx->session_id,
				'turn_id'    => $ctx->turn_id,
				'tool'       => $tool,
				'arguments'  => (string) wp_json_encode( $args ),
				'ok'         => $result['ok'] ? 1 : 0,
				'result'     => (string) wp_json_encode( $result ),
				'undo_op'    => null === $undo ? null : (string) wp_json_encode( $undo ),
			)
		);
		if ( false === $saved ) {
			// The change (if any) is done and reported; only its audit row is missing.
			error_log( 'officina-voice: audit row not written for ' . $tool . ': ' . $wpdb->last_error ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
		}
	}
}
