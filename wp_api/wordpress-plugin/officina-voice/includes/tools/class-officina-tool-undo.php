<?php
/**
 * undo_last: reverts the last write of this desktop session with the recipe its audit row stored.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The undo tool.
 */
final class Officina_Tool_Undo {

	/** Undo recipes of bulk actions: undoing them needs the bulk capability too. */
	private const BULK_OPS = array( 'cancel_campaign' );

	/**
	 * Tool: undo_last.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function undo_last( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$audit = Officina_Installer::table( 'audit' );
		// Only this user's own changes, in this desktop session: never another user's, whatever session header is sent.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT id, tool, undo_op FROM {$audit} WHERE user_id = %d AND session_id = %s AND ok = 1 AND undo_op IS NOT NULL AND undone_at IS NULL ORDER BY id DESC LIMIT 1", $ctx->user_id, $ctx->session_id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $row ) {
			return Officina_Result::fail( 'nothing_to_undo', 'There is nothing of yours to undo in this session.' );
		}
		$op      = json_decode( (string) $row['undo_op'], true );
		$methods = array(
			'delete_appointment'  => 'delete_appointment',
			'restore_appointment' => 'restore_appointment',
			'delete_customer'     => 'delete_customer',
			'delete_vehicle'      => 'delete_vehicle',
			'cancel_messages'     => 'cancel_messages',
			'cancel_campaign'     => 'cancel_campaign',
		);
		if ( ! is_array( $op ) || ! isset( $methods[ $op['op'] ?? '' ] ) ) {
			return Officina_Result::fail( 'nothing_to_undo', 'The last change cannot be undone.' );
		}
		if ( in_array( $op['op'], self::BULK_OPS, true ) && ! user_can( $ctx->user_id, Officina_Installer::CAP_BULK ) ) {
			return Officina_Result::fail( 'forbidden', 'Undoing a campaign needs the officina_voice_bulk capability.' );
		}
		Officina_DB::begin();
		$refusal = call_user_func( array( self::class, $methods[ $op['op'] ] ), $op );
		if ( null !== $refusal ) {
			Officina_DB::rollback();
			return $refusal;
		}
		if ( ! empty( $op['idempotency_key'] ) ) {
			Officina_DB::check( $wpdb->delete( Officina_Installer::table( 'idempotency' ), array( 'idem_key' => $op['idempotency_key'] ) ), 'idempotency' );
		}
		Officina_DB::check( $wpdb->update( $audit, array( 'undone_at' => Officina_Clock::mysql_now() ), array( 'id' => (int) $row['id'] ) ), 'audit' );
		Officina_DB::commit();
		$summary = (string) ( $op['summary'] ?? $row['tool'] );
		$data    = array( 'undone' => array( 'tool' => $row['tool'], 'summary' => $summary ) );
		// The title says what came back in the caller's language; the summary is an English audit line for logs and the model.
		$said = Officina_Texts::undone_change( (string) $row['tool'], $ctx->language ) ?? $summary;
		return Officina_Result::ok( $data, array_merge( array( 'kind' => 'undo', 'title' => Officina_Texts::title( 'undo', $ctx->language, array( 'summary' => $said ) ) ), $data ) );
	}

	/**
	 * Removes a booking as Bookly does when its last customer_appointment goes (queued reminders cancelled).
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function delete_appointment( array $op ): ?array {
		global $wpdb;
		$id = (int) $op['id'];
		Officina_DB::check( $wpdb->query( $wpdb->prepare( 'UPDATE ' . Officina_Installer::table( 'outbox' ) . " SET status = 'cancelled' WHERE appointment_id = %d AND status = 'queued'", $id ) ), 'undo' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		Officina_DB::check( $wpdb->delete( Officina_Bookly::table( 'customer_appointments' ), array( 'appointment_id' => $id ) ), 'undo' );
		Officina_DB::check( $wpdb->delete( Officina_Installer::table( 'vehicle_appointments' ), array( 'appointment_id' => $id ) ), 'undo' );
		Officina_DB::check( $wpdb->delete( Officina_Bookly::table( 'appointments' ), array( 'id' => $id ) ), 'undo' );
		return null;
	}

	/**
	 * Puts an appointment back where (and in the status) it was.
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function restore_appointment( array $op ): ?array {
		global $wpdb;
		$id      = (int) $op['id'];
		$prev    = $op['previous'];
		$current = Officina_Tool_Appointments::load( $id );
		if ( null === $current ) {
			return Officina_Result::fail( 'not_found', sprintf( 'Appointment %d no longer exists.', $id ) );
		}
		if ( in_array( $prev['status'], Officina_Bookly::BUSY_STATUSES, true ) && null !== $current['service_id'] ) {
			$service = Officina_Tool_Availability::load_service( (int) $current['service_id'] );
			if ( null !== $service ) {
				$staff = Officina_Tool_Availability::qualified_staff( $service['id'], (int) $prev['staff_id'] );
				$check = Officina_Tool_Availability::check_slot( $service, $staff, Officina_Clock::parse( $prev['start'] ), $id );
				if ( ! $check['ok'] && 'slot_taken' === $check['reason'] ) {
					return Officina_Result::fail( 'slot_taken', sprintf( 'The previous slot %s has been taken meanwhile.', Officina_Clock::fmt( $prev['start'] ) ) );
				}
			}
		}
		$now  = Officina_Clock::mysql_now();
		$appt = array( 'start_date' => $prev['start'], 'end_date' => $prev['end'], 'staff_id' => (int) $prev['staff_id'], 'updated_at' => $now );
		if ( array_key_exists( 'notes', $prev ) && null !== $prev['notes'] ) {
			$appt['internal_note'] = $prev['notes'];
		}
		Officina_DB::check( $wpdb->update( Officina_Bookly::table( 'appointments' ), $appt, array( 'id' => $id ) ), 'undo' );
		$ca = array( 'updated_at' => $now );
		if ( $current['status'] !== $prev['status'] ) {
			$ca['status']            = $prev['status'];
			$ca['status_changed_at'] = $now;
		}
		Officina_DB::check( $wpdb->update( Officina_Bookly::table( 'customer_appointments' ), $ca, array( 'appointment_id' => $id ) ), 'undo' );
		$requeue = array_map( 'intval', (array) ( $op['requeue'] ?? array() ) );
		if ( $requeue ) {
			Officina_DB::check( $wpdb->query( 'UPDATE ' . Officina_Installer::table( 'outbox' ) . " SET status = 'queued' WHERE status = 'cancelled' AND id IN (" . implode( ',', $requeue ) . ')' ), 'undo' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
		return null;
	}

	/**
	 * Deletes a customer created in this session (refused once it has bookings).
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function delete_customer( array $op ): ?array {
		global $wpdb;
		$id = (int) $op['id'];
		if ( $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM ' . Officina_Bookly::table( 'customer_appointments' ) . ' WHERE customer_id = %d LIMIT 1', $id ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			return Officina_Result::fail( 'invalid_state', 'The customer already has appointments; cancel them first.' );
		}
		Officina_DB::check( $wpdb->delete( Officina_Installer::table( 'consent' ), array( 'customer_id' => $id ) ), 'undo' );
		Officina_DB::check( $wpdb->delete( Officina_Installer::table( 'vehicles' ), array( 'customer_id' => $id ) ), 'undo' );
		Officina_DB::check( $wpdb->delete( Officina_Bookly::table( 'customers' ), array( 'id' => $id ) ), 'undo' );
		return null;
	}

	/**
	 * Deletes a vehicle added in this session (refused once it has bookings).
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function delete_vehicle( array $op ): ?array {
		global $wpdb;
		$id = (int) $op['id'];
		if ( $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM ' . Officina_Installer::table( 'vehicle_appointments' ) . ' WHERE vehicle_id = %d LIMIT 1', $id ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			return Officina_Result::fail( 'invalid_state', 'The vehicle already has appointments; cancel them first.' );
		}
		Officina_DB::check( $wpdb->delete( Officina_Installer::table( 'vehicles' ), array( 'id' => $id ) ), 'undo' );
		return null;
	}

	/**
	 * Calls back queued messages.
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function cancel_messages( array $op ): ?array {
		global $wpdb;
		$ids = array_map( 'intval', (array) $op['ids'] );
		$n   = $ids ? Officina_DB::check( $wpdb->query( 'UPDATE ' . Officina_Installer::table( 'outbox' ) . " SET status = 'cancelled' WHERE status = 'queued' AND id IN (" . implode( ',', $ids ) . ')' ), 'undo' ) : 0; // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( 0 === $n ) {
			return Officina_Result::fail( 'nothing_to_undo', 'The message has already been sent; it cannot be called back.' );
		}
		return null;
	}

	/**
	 * Stops a campaign's queued messages.
	 *
	 * @param array $op Recipe.
	 * @return array|null Refusal.
	 */
	private static function cancel_campaign( array $op ): ?array {
		global $wpdb;
		$n = Officina_DB::check( $wpdb->query( $wpdb->prepare( 'UPDATE ' . Officina_Installer::table( 'outbox' ) . " SET status = 'cancelled' WHERE campaign_id = %s AND status = 'queued'", $op['campaign_id'] ) ), 'undo' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( 0 === $n ) {
			return Officina_Result::fail( 'nothing_to_undo', 'Every message of the campaign has already been sent.' );
		}
		Officina_DB::check( $wpdb->update( Officina_Installer::table( 'campaigns' ), array( 'status' => 'stopped' ), array( 'id' => $op['campaign_id'] ) ), 'undo' );
		return null;
	}
}
