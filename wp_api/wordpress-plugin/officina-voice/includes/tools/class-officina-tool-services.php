<?php
/**
 * list_services: Bookly's service catalogue with contract categories, minutes and capacity.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * The catalogue tool.
 */
final class Officina_Tool_Services {

	/**
	 * Tool: list_services.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function list_services( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$s          = Officina_Bookly::table( 'services' );
		$ss         = Officina_Bookly::table( 'staff_services' );
		$st         = Officina_Bookly::table( 'staff' );
		$rows       = (array) $wpdb->get_results( "SELECT s.id, s.title, s.category_id, s.duration, s.price, (SELECT COUNT(DISTINCT ss.staff_id) FROM {$ss} ss JOIN {$st} st ON st.id = ss.staff_id WHERE ss.service_id = s.id AND st.visibility <> 'archive') AS staff_count FROM {$s} s WHERE s.type = 'simple'", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$capacities = (array) get_option( Officina_Tool_Availability::CAPACITY_OPTION, array() );
		$words      = preg_split( '/\s+/', trim( strtolower( remove_accents( (string) ( $args['query'] ?? '' ) ) ) ), -1, PREG_SPLIT_NO_EMPTY );
		$services   = array();
		foreach ( $rows as $r ) {
			$category = Officina_Bookly::category_of( $r['category_id'] );
			if ( ! empty( $args['category'] ) && $args['category'] !== $category ) {
				continue;
			}
			$name = strtolower( remove_accents( (string) $r['title'] ) );
			foreach ( $words as $w ) {
				if ( ! str_contains( $name, $w ) && ! str_contains( $category, $w ) ) {
					continue 2;
				}
			}
			$services[] = array(
				'service_id'   => (int) $r['id'],
				'name'         => (string) $r['title'],
				'category'     => $category,
				'duration_min' => max( 1, intdiv( (int) $r['duration'], 60 ) ),
				'price'        => (float) $r['price'],
				'capacity'     => isset( $capacities[ $r['id'] ] ) ? (int) $capacities[ $r['id'] ] : max( 1, (int) $r['staff_count'] ),
			);
		}
		usort( $services, static fn( $a, $b ) => array( $a['category'], $a['name'] ) <=> array( $b['category'], $b['name'] ) );
		return Officina_Result::ok( array( 'services' => $services ), array( 'kind' => 'services', 'title' => Officina_Texts::title( 'services', $ctx->language, array( 'count' => count( $services ) ) ), 'services' => $services ) );
	}
}
