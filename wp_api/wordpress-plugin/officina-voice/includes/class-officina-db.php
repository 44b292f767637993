<?php
/**
 * Checked database writes: a write that fails throws, so no tool ever answers "ok" for a change that was not saved.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * A write the database refused (or a connection lost mid-request). The registry turns it into a
 * backend_error result after rolling the transaction back; the idempotency key is freed.
 */
final class Officina_Write_Failed extends RuntimeException {}

/**
 * Wrappers around $wpdb writes and transactions.
 *
 * wpdb answers false (and sets last_error) when MariaDB refuses a statement or when it rejects a
 * value itself (a string longer than the column). wpdb also reconnects silently after "server has
 * gone away" and retries the statement in autocommit mode: inside a transaction that would save
 * half a change on a new connection. begin() therefore turns wpdb's reconnection off until
 * commit() or rollback(): a connection lost mid-transaction ends the request instead (MariaDB
 * rolls the open transaction back, and the idempotency claim's lock dies with the connection).
 */
final class Officina_DB {

	/**
	 * wpdb's reconnect_retries before begin() (null: no transaction open).
	 *
	 * @var int|null
	 */
	private static ?int $retries = null;

	/**
	 * The value of a $wpdb write call, or an exception when it failed.
	 *
	 * @param int|bool $outcome What $wpdb->insert/update/delete/replace/query returned.
	 * @param string   $what    What was being written (for the log and the message).
	 * @return int Rows affected.
	 * @throws Officina_Write_Failed When the write failed.
	 */
	public static function check( $outcome, string $what ): int {
		global $wpdb;
		if ( false === $outcome ) {
			$error = (string) $wpdb->last_error;
			error_log( 'officina-voice: write failed (' . $what . '): ' . $error ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			throw new Officina_Write_Failed( $what );
		}
		return (int) $outcome;
	}

	/**
	 * An INSERT that must produce a new auto-increment id.
	 *
	 * @param int|bool $outcome What $wpdb->insert/query returned.
	 * @param string   $what    What was inserted.
	 * @return int The new id.
	 * @throws Officina_Write_Failed When nothing was inserted.
	 */
	public static function inserted_id( $outcome, string $what ): int {
		global $wpdb;
		$rows = self::check( $outcome, $what );
		$id   = (int) $wpdb->insert_id;
		if ( $rows < 1 || $id < 1 ) {
			error_log( 'officina-voice: insert produced no row (' . $what . ')' ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			throw new Officina_Write_Failed( $what );
		}
		return $id;
	}

	/**
	 * START TRANSACTION, checked; wpdb stops reconnecting until the transaction ends.
	 *
	 * @throws Officina_Write_Failed When the transaction cannot start.
	 */
	public static function begin(): void {
		global $wpdb;
		if ( null === self::$retries ) {
			self::$retries = (int) $wpdb->reconnect_retries;
		}
		$wpdb->reconnect_retries = 0;
		self::check( $wpdb->query( 'START TRANSACTION' ), 'start transaction' );
	}

	/**
	 * COMMIT, checked.
	 *
	 * @throws Officina_Write_Failed When the commit failed.
	 */
	public static function commit(): void {
		global $wpdb;
		$done = $wpdb->query( 'COMMIT' );
		self::restore();
		self::check( $done, 'commit' );
	}

	/**
	 * ROLLBACK (never throws: used on the way out of a failure).
	 */
	public static function rollback(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		self::restore();
	}

	/**
	 * wpdb reconnects again.
	 */
	private static function restore(): void {
		global $wpdb;
		if ( null !== self::$retries ) {
			$wpdb->reconnect_retries = self::$retries;
			self::$retries           = null;
		}
	}
}
