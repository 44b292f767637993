<?php
/**
 * Vehicles (the plugin's own table, linked to Bookly customers): find_vehicle, add_vehicle, vehicle_history.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Vehicle tools; fuzzy plate lookup over an indexed skeleton, scored like wp_api/local/vehicles.py.
 */
final class Officina_Tool_Vehicles {

	/**
	 * Words a description may hold beside its make, model and colour ("the dark grey one", "la sua macchina nuova"):
	 * anything else there names a model this workshop does not have (mirrors wp_api/local/vehicles.py).
	 */
	private const DESCRIPTION_FILLERS = array(
		'the' => true, 'one' => true, 'his' => true, 'her' => true, 'their' => true, 'its' => true, 'my' => true,
		'your' => true, 'our' => true, 'this' => true, 'that' => true, 'with' => true, 'car' => true, 'van' => true,
		'old' => true, 'new' => true, 'dark' => true, 'light' => true, 'metallic' => true, 'gli' => true, 'una' => true,
		'uno' => true, 'sua' => true, 'suo' => true, 'mia' => true, 'mio' => true, 'tua' => true, 'tuo' => true,
		'quella' => true, 'quello' => true, 'questa' => true, 'questo' => true, 'del' => true, 'della' => true,
		'dello' => true, 'dei' => true, 'delle' => true, 'dal' => true, 'dalla' => true, 'auto' => true,
		'macchina' => true, 'furgone' => true, 'vettura' => true, 'scuro' => true, 'scura' => true, 'chiaro' => true,
		'chiara' => true, 'metallizzato' => true, 'metallizzata' => true, 'vecchia' => true, 'vecchio' => true,
		'nuova' => true, 'nuovo' => true, 'per' => true, 'con' => true, 'and' => true,
	);

	private const BRANCH_LIMIT = 50;
	private const FUZZY_FORMS  = 6;
	// With readings the caller ranks the candidates itself: farther ones are returned too.
	private const READINGS_MIN_CONFIDENCE = 0.2;

	/** Colour stems (Italian any gender/number, English) → stored Italian form. */
	private const COLOURS = array(
		'grig' => 'grigio', 'grey' => 'grigio', 'gray' => 'grigio', 'bianc' => 'bianco', 'white' => 'bianco',
		'ner' => 'nero', 'black' => 'nero', 'ross' => 'rosso', 'red' => 'rosso', 'blu' => 'blu', 'blue' => 'blu',
		'azzur' => 'azzurro', 'verd' => 'verde', 'green' => 'verde', 'giall' => 'giallo', 'yellow' => 'giallo',
		'argen' => 'argento', 'silver' => 'argento', 'aranc' => 'arancione', 'orange' => 'arancione',
		'marro' => 'marrone', 'brown' => 'marrone', 'beige' => 'beige', 'viola' => 'viola', 'purple' => 'viola',
		'bordea' => 'bordeaux', 'burgund' => 'bordeaux', 'maroon' => 'bordeaux', 'amarant' => 'amaranto',
		'celest' => 'celeste', 'turches' => 'turchese', 'turquois' => 'turchese', 'senap' => 'senape',
		'mustard' => 'senape', 'sabbi' => 'sabbia', 'rame' => 'rame', 'ramat' => 'rame', 'copper' => 'rame',
		'grafit' => 'grafite', 'graphit' => 'grafite', 'champagn' => 'champagne', 'bronz' => 'bronzo',
		'avori' => 'avorio', 'ivory' => 'avorio', 'antrac' => 'antracite', 'anthrac' => 'antracite',
	);

	/**
	 * A plain colour said also finds the shades people call by it: the anthracite X3 is "la X3 grigia" at the
	 * counter (a shade said finds only itself).
	 */
	private const SHADES = array(
		'grigio'  => array( 'antracite', 'grafite' ),
		'rosso'   => array( 'bordeaux', 'amaranto' ),
		'azzurro' => array( 'celeste' ),
		'bianco'  => array( 'avorio' ),
		'blu'     => array( 'azzurro', 'celeste' ), // The fast path hears "azzurra" and "blu" as one colour.
	);

	/** Words in the longest shade a workshop stores ("grigio canna di fucile"). */
	private const LONGEST_SHADE = 4;

	/** Colours said as a whole word only: a stem would take "Sandro" for sand, "Rosaria" for pink. */
	private const COLOUR_WORDS = array(
		'sand'  => 'sabbia',
		'sandy' => 'sabbia',
		'rosa'  => 'rosa',
		'pink'  => 'rosa',
	);

	/**
	 * Lower case without accents.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	public static function fold( string $text ): string {
		return strtolower( remove_accents( $text ) );
	}

	/**
	 * The stored colours a colour said may mean: itself and its shades.
	 *
	 * @param string $colour Stored colour.
	 * @return string[]
	 */
	public static function colours_meant( string $colour ): array {
		return array_merge( array( $colour ), self::SHADES[ $colour ] ?? array() );
	}

	/**
	 * The stored colour a word names, or null.
	 *
	 * @param string $word Word.
	 * @return string|null
	 */
	public static function colour_of( string $word ): ?string {
		$w = self::fold( $word );
		if ( isset( self::COLOUR_WORDS[ $w ] ) ) {
			return self::COLOUR_WORDS[ $w ];
		}
		foreach ( self::COLOURS as $stem => $colour ) {
			if ( str_starts_with( $w, $stem ) && strlen( $w ) - strlen( $stem ) <= 3 ) {
				return $colour;
			}
		}
		return null;
	}

	/**
	 * SELECT of vehicles with their owner.
	 *
	 * @return string
	 */
	private static function select(): string {
		$v = Officina_Installer::table( 'vehicles' );
		$c = Officina_Bookly::table( 'customers' );
		return "SELECT v.id, v.plate, v.make, v.model, v.colour, v.year, v.fuel, v.customer_id, c.full_name, c.phone, c.email FROM {$v} v JOIN {$c} c ON c.id = v.customer_id ";
	}

	/**
	 * One vehicle row, or null.
	 *
	 * @param int $id Vehicle id.
	 * @return array|null
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Officina_Installer::table( 'vehicles' ) . ' WHERE id = %d', $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ?: null;
	}

	/**
	 * The vehicle with exactly this plate (spoken forms understood), or null.
	 *
	 * @param string $heard Plate as heard.
	 * @return array|null
	 */
	public static function by_plate_exact( string $heard ): ?array {
		global $wpdb;
		$plate = Officina_Plates::spoken_to_plate( $heard ) ?? Officina_Plates::normalise( $heard );
		$row   = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Officina_Installer::table( 'vehicles' ) . ' WHERE plate = %s LIMIT 1', $plate ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		return $row ?: null;
	}

	/**
	 * The vehicle by id or exact plate; else `ambiguous` listing similar plates (a history is never shown
	 * for a guessed vehicle), or `not_found`.
	 *
	 * @param array $args vehicle_id or plate.
	 * @return array [vehicle row|null, refusal|null]
	 */
	public static function resolve( array $args ): array {
		if ( ! empty( $args['vehicle_id'] ) ) {
			$row = self::get( (int) $args['vehicle_id'] );
			return $row ? array( $row, null ) : array( null, Officina_Result::fail( 'not_found', sprintf( 'No vehicle with id %d.', $args['vehicle_id'] ) ) );
		}
		$heard = (string) $args['plate'];
		$row   = self::by_plate_exact( $heard );
		if ( null !== $row ) {
			return array( $row, null );
		}
		$plate = Officina_Plates::spoken_to_plate( $heard ) ?? Officina_Plates::normalise( $heard );
		$found = self::by_plate( $heard, null, 3 );
		if ( ! $found['ok'] ) {
			return array( null, Officina_Result::fail( 'not_found', sprintf( 'No vehicle with plate %s.', '' !== $plate ? $plate : mb_substr( $heard, 0, 40 ) ), 'Ask for the plate again.' ) );
		}
		$matches = $found['data']['matches'];
		return array(
			null,
			Officina_Result::fail(
				'ambiguous',
				sprintf( 'No vehicle with plate %s exactly; similar plates: %s.', $plate, implode( ', ', array_column( $matches, 'plate' ) ) ),
				'Ask the person which one they mean, then call again with that plate or its vehicle_id.',
				array(
					'candidates' => array_map(
						static fn( $m ) => array( 'vehicle_id' => $m['vehicle_id'], 'plate' => $m['plate'], 'make' => $m['make'], 'model' => $m['model'], 'confidence' => $m['confidence'] ),
						$matches
					),
				)
			),
		);
	}

	/**
	 * A match in the contract's shape.
	 *
	 * @param array  $r          Row.
	 * @param string $kind       exact|fuzzy|description.
	 * @param float  $confidence 0..1.
	 * @return array
	 */
	private static function match( array $r, string $kind, float $confidence ): array {
		return array(
			'vehicle_id' => (int) $r['id'],
			'plate'      => $r['plate'],
			'make'       => $r['make'],
			'model'      => $r['model'],
			'colour'     => $r['colour'],
			'year'       => null === $r['year'] ? null : (int) $r['year'],
			'fuel'       => $r['fuel'],
			'customer'   => array(
				'customer_id' => (int) $r['customer_id'],
				'full_name'   => $r['full_name'],
				'phone'       => '' === (string) $r['phone'] ? null : $r['phone'],
				'email'       => '' === (string) $r['email'] ? null : $r['email'],
			),
			'match'      => $kind,
			'confidence' => round( $confidence, 3 ),
		);
	}

	/**
	 * Tool: find_vehicle.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function find_vehicle( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$limit        = (int) $args['limit'];
		$customer_ids = null;
		if ( ! empty( $args['customer'] ) ) {
			$customer_ids = array_flip( Officina_Tool_Customers::search_ids( (string) $args['customer'], 200 ) );
			if ( ! $customer_ids ) {
				return Officina_Result::fail( 'not_found', sprintf( "No customer matches '%s'.", mb_substr( $args['customer'], 0, 60 ) ) );
			}
		}
		if ( ! empty( $args['plate'] ) && ! empty( $args['heard_forms'] ) ) {
			return self::by_readings( (string) $args['plate'], (array) $args['heard_forms'], $customer_ids, $limit );
		}
		if ( ! empty( $args['plate'] ) ) {
			return self::by_plate( (string) $args['plate'], $customer_ids, $limit );
		}
		if ( ! empty( $args['description'] ) ) {
			return self::by_description( (string) $args['description'], $customer_ids, $limit );
		}
		$ids  = implode( ',', array_map( 'intval', array_keys( (array) $customer_ids ) ) );
		$rows = $wpdb->get_results( $wpdb->prepare( self::select() . "WHERE v.customer_id IN ({$ids}) ORDER BY v.id LIMIT %d", $limit + 1 ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		if ( ! $rows ) {
			return Officina_Result::fail( 'not_found', 'That customer has no vehicles on file.' );
		}
		$conf = 1 === count( $rows ) ? 0.9 : 0.5;
		return self::answer( array_map( static fn( $r ) => self::match( $r, 'description', $conf ), array_slice( $rows, 0, $limit ) ), count( $rows ) > 1 );
	}

	/**
	 * Exact plate, then indexed fuzzy candidates.
	 *
	 * @param string     $heard        Plate as heard.
	 * @param array|null $customer_ids Allowed owners (flipped).
	 * @param int        $limit        Max.
	 * @return array
	 */
	private static function by_plate( string $heard, ?array $customer_ids, int $limit ): array {
		global $wpdb;
		$forms = array_values( array_filter( Officina_Plates::heard_forms( $heard ), array( 'Officina_Plates', 'looks_like_plate' ) ) );
		if ( ! $forms ) {
			return Officina_Result::fail( 'invalid_arguments', sprintf( "'%s' is not a plate (letters and digits, e.g. AB123CD).", mb_substr( $heard, 0, 40 ) ), 'Ask the person to repeat or spell the plate.' );
		}
		$marks = implode( ',', array_fill( 0, count( $forms ), '%s' ) );
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( self::select() . "WHERE v.plate IN ({$marks})", $forms ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$rows  = array_values( array_filter( $rows, static fn( $r ) => null === $customer_ids || isset( $customer_ids[ (int) $r['customer_id'] ] ) ) );
		if ( $rows ) {
			$primary = $forms[0];
			$matches = array_map( static fn( $r ) => self::match( $r, $r['plate'] === $primary ? 'exact' : 'fuzzy', $r['plate'] === $primary ? 1.0 : 0.95 ), $rows );
			usort( $matches, static fn( $a, $b ) => $b['confidence'] <=> $a['confidence'] );
			$matches = array_slice( $matches, 0, $limit );
			return self::answer( $matches, count( $matches ) > 1 && $matches[1]['confidence'] >= 0.95 );
		}
		$scored = array();
		foreach ( $forms as $form ) {
			foreach ( self::candidates( $form ) as $row ) {
				if ( null !== $customer_ids && ! isset( $customer_ids[ (int) $row['customer_id'] ] ) ) {
					continue;
				}
				$conf = Officina_Plates::score( $form, $row['plate'] );
				if ( $form !== $forms[0] ) {
					$conf = min( $conf, Officina_Plates::score( $forms[0], $row['plate'] ) + 0.05, 0.95 );
				}
				$id = (int) $row['id'];
				if ( $conf >= Officina_Plates::MIN_CONFIDENCE && $conf > ( $scored[ $id ]['confidence'] ?? -1 ) ) {
					$scored[ $id ] = self::match( $row, 'fuzzy', $conf );
				}
			}
		}
		$ranked = array_values( $scored );
		usort( $ranked, static fn( $a, $b ) => array( -$a['confidence'], $a['plate'] ) <=> array( -$b['confidence'], $b['plate'] ) );
		$ranked = array_slice( $ranked, 0, $limit );
		if ( ! $ranked ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No vehicle with plate %s or a similar one.', $forms[0] ), "Ask the person to spell the plate (e.g. 'A come Ancona'), or search by customer." );
		}
		$ambiguous = count( $ranked ) >= 2 && $ranked[0]['confidence'] - $ranked[1]['confidence'] < Officina_Plates::AMBIGUITY_MARGIN;
		return self::answer( $ranked, $ambiguous );
	}

	/**
	 * Every vehicle whose plate is one of the readings of what was heard, or near one of them (the first
	 * FUZZY_FORMS readings are looked up fuzzily, the others exactly only), as wp_api/local/vehicles.py.
	 *
	 * @param string     $heard        Plate as heard.
	 * @param array      $readings     Other readings, likeliest first.
	 * @param array|null $customer_ids Allowed owners (flipped).
	 * @param int        $limit        Max.
	 * @return array
	 */
	private static function by_readings( string $heard, array $readings, ?array $customer_ids, int $limit ): array {
		global $wpdb;
		$forms = array_values( array_filter( Officina_Plates::heard_forms( $heard ), array( 'Officina_Plates', 'looks_like_plate' ) ) );
		foreach ( $readings as $reading ) {
			$form = Officina_Plates::normalise( (string) $reading );
			if ( Officina_Plates::looks_like_plate( $form ) && ! in_array( $form, $forms, true ) ) {
				$forms[] = $form;
			}
		}
		if ( ! $forms ) {
			return self::by_plate( $heard, $customer_ids, $limit );
		}
		$forms = array_slice( $forms, 0, 16 );
		$marks = implode( ',', array_fill( 0, count( $forms ), '%s' ) );
		$rows  = array();
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( self::select() . "WHERE v.plate IN ({$marks})", $forms ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL
			$rows[ (int) $row['id'] ] = $row;
		}
		$groups = array();
		foreach ( array_slice( $forms, 0, self::FUZZY_FORMS ) as $form ) {
			foreach ( self::candidates( $form ) as $row ) {
				$rows[ (int) $row['id'] ] = $row;
			}
			preg_match_all( '/(?<![0-9])[0-9]{3}(?![0-9])/', $form, $found );
			foreach ( $found[0] as $group ) {
				if ( ! in_array( $group, $groups, true ) ) {
					$groups[] = $group;
				}
			}
		}
		// Letters lost at both ends: the digits (the middle of an Italian plate) still say a lot.
		foreach ( array_slice( $groups, 0, 3 ) as $group ) {
			foreach ( (array) $wpdb->get_results( $wpdb->prepare( self::select() . 'WHERE v.plate LIKE %s LIMIT %d', '__' . $group . '__', self::BRANCH_LIMIT ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL
				$rows[ (int) $row['id'] ] = $row;
			}
		}
		$scored = array();
		foreach ( $rows as $row ) {
			if ( null !== $customer_ids && ! isset( $customer_ids[ (int) $row['customer_id'] ] ) ) {
				continue;
			}
			$conf = max( array_map( static fn( $form ) => Officina_Plates::score( $form, $row['plate'] ), $forms ) );
			if ( $conf >= self::READINGS_MIN_CONFIDENCE ) {
				$scored[] = self::match( $row, $row['plate'] === $forms[0] ? 'exact' : 'fuzzy', $conf );
			}
		}
		usort( $scored, static fn( $a, $b ) => array( -$a['confidence'], $a['plate'] ) <=> array( -$b['confidence'], $b['plate'] ) );
		$ranked = array_slice( $scored, 0, $limit );
		if ( ! $ranked ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No vehicle with plate %s or a similar one.', $forms[0] ), "Ask the person to spell the plate (e.g. 'A come Ancona'), or search by customer." );
		}
		$ambiguous = count( $ranked ) >= 2 && $ranked[0]['confidence'] - $ranked[1]['confidence'] < Officina_Plates::AMBIGUITY_MARGIN;
		return self::answer( $ranked, $ambiguous );
	}

	/**
	 * Vehicles whose plate may be $form misheard: same skeleton; same first or last 3 skeleton characters
	 * (one edit anywhere); same first 2 and last 2 (a dropped, extra or wrong middle character).
	 *
	 * @param string $form Plate form.
	 * @return array[]
	 */
	private static function candidates( string $form ): array {
		global $wpdb;
		$v    = Officina_Installer::table( 'vehicles' );
		$skel = Officina_Plates::skeleton( $form );
		$rev  = strrev( $skel );
		$sql  = self::select() . "WHERE v.id IN (
			SELECT id FROM (SELECT id FROM {$v} WHERE plate_skel = %s LIMIT 200) a
			UNION SELECT id FROM (SELECT id FROM {$v} WHERE plate_skel LIKE %s LIMIT %d) b
			UNION SELECT id FROM (SELECT id FROM {$v} WHERE plate_skel_rev LIKE %s LIMIT %d) c
			UNION SELECT id FROM (SELECT id FROM {$v} WHERE plate_skel LIKE %s AND RIGHT(plate_skel, 2) = %s LIMIT %d) d)";
		return (array) $wpdb->get_results(
			$wpdb->prepare(
				$sql, // phpcs:ignore WordPress.DB.PreparedSQL
				$skel,
				$wpdb->esc_like( substr( $skel, 0, 3 ) ) . '%',
				self::BRANCH_LIMIT,
				$wpdb->esc_like( substr( $rev, 0, 3 ) ) . '%',
				self::BRANCH_LIMIT,
				$wpdb->esc_like( substr( $skel, 0, 2 ) ) . '%',
				substr( $skel, -2 ),
				self::BRANCH_LIMIT
			),
			ARRAY_A
		);
	}

	/**
	 * By make/model/colour words.
	 *
	 * @param string     $text         Description.
	 * @param array|null $customer_ids Allowed owners (flipped).
	 * @param int        $limit        Max.
	 * @return array
	 */
	private static function by_description( string $text, ?array $customer_ids, int $limit ): array {
		global $wpdb;
		$v      = Officina_Installer::table( 'vehicles' );
		$makes  = array();
		$models = array();
		foreach ( (array) $wpdb->get_col( "SELECT DISTINCT make FROM {$v}" ) as $m ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$makes[ self::fold( (string) $m ) ] = (string) $m;
		}
		foreach ( (array) $wpdb->get_col( "SELECT DISTINCT model FROM {$v}" ) as $m ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$models[ self::fold( (string) $m ) ] = (string) $m;
		}
		// The first word of a model of several words, no model or make of its own: "transit" for the Transit Custom.
		$first_words = array();
		foreach ( $models as $folded => $stored ) {
			$parts = preg_split( '/\s+/', trim( str_replace( '-', ' ', (string) $folded ) ) );
			if ( count( $parts ) > 1 && ! isset( $models[ $parts[0] ] ) && ! isset( $makes[ $parts[0] ] ) ) {
				$first_words[ $parts[0] ][] = $stored;
			}
		}
		// The colours on file of several words ("marrone castagna"), but for one naming a car too ("rosso corsa").
		$shades = array();
		foreach ( (array) $wpdb->get_col( "SELECT DISTINCT colour FROM {$v} WHERE colour LIKE '% %'" ) as $c ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$parts = preg_split( '/\s+/', trim( str_replace( '-', ' ', self::fold( (string) $c ) ) ) );
			$later = array_slice( $parts, 1 );
			if ( ! array_intersect_key( array_flip( $later ), $makes + $models ) ) {
				$shades[ implode( ' ', $parts ) ] = (string) $c;
			}
		}
		$want_makes  = array();
		$want_models = array();
		$colour      = null;
		$unknown     = array();
		$words = preg_split( '/\s+/', trim( str_replace( '-', ' ', self::fold( $text ) ) ) );
		for ( $i = 0, $n = count( $words ); $i < $n; $i++ ) {
			$pair = $i + 1 < $n ? $words[ $i ] . ' ' . $words[ $i + 1 ] : '';
			if ( '' !== $pair && ( isset( $models[ $pair ] ) || isset( $makes[ $pair ] ) ) ) {
				// "alfa romeo", "serie 3", "classe a".
				if ( isset( $models[ $pair ] ) ) {
					$want_models[] = $models[ $pair ];
				} else {
					$want_makes[] = $makes[ $pair ];
				}
				++$i;
				continue;
			}
			$shade = self::shade_at( $words, $i, $shades );
			if ( null !== $shade ) {
				// "marrone castagna": the whole shade on file, never its plain colour's other shades.
				$colour = $colour ?? $shades[ $shade ];
				$i     += count( explode( ' ', $shade ) ) - 1;
				continue;
			}
			$word = $words[ $i ];
			if ( isset( $models[ $word ] ) ) {
				$want_models[] = $models[ $word ];
			} elseif ( isset( $makes[ $word ] ) ) {
				$want_makes[] = $makes[ $word ];
			} elseif ( isset( $first_words[ $word ] ) ) {
				$want_models = array_merge( $want_models, $first_words[ $word ] );
			} elseif ( null !== ( $said = self::colour_of( $word ) ) ) { // phpcs:ignore Generic.CodeAnalysis.AssignmentInCondition
				$colour = $colour ?? $said; // The first colour said.
			} elseif ( preg_match( '/^[a-z]{3,}$/', $word ) && ! isset( self::DESCRIPTION_FILLERS[ $word ] ) ) {
				$unknown[] = $word;
			}
		}
		if ( ! $want_makes && ! $want_models && null === $colour ) {
			return Officina_Result::fail( 'not_found', sprintf( "No known make, model or colour in '%s'.", mb_substr( $text, 0, 60 ) ), 'Ask for the plate, or the make and model.' );
		}
		if ( $unknown && ! $want_models ) {
			// "green Ford Ranger", "the green Ranger" with no Ranger on file: a model this workshop does not have,
			// never the other green Fords, nor every green car.
			return Officina_Result::fail( 'not_found', sprintf( "No vehicle on file is a '%s' ('%s').", mb_substr( implode( ' ', $unknown ), 0, 40 ), mb_substr( $text, 0, 60 ) ), 'Ask for the plate, or the make and model.' );
		}
		$where  = array();
		$params = array();
		if ( $want_models ) {
			$where[] = 'v.model IN (' . implode( ',', array_fill( 0, count( $want_models ), '%s' ) ) . ')';
			$params  = array_merge( $params, $want_models );
		}
		if ( $want_makes ) {
			$where[] = 'v.make IN (' . implode( ',', array_fill( 0, count( $want_makes ), '%s' ) ) . ')';
			$params  = array_merge( $params, $want_makes );
		}
		if ( null !== $colour ) {
			$meant   = self::colours_meant( $colour );
			// As whole words of the stored colour: "marrone" finds the "marrone castagna" Fluence too.
			$where[] = '(' . implode( ' OR ', array_fill( 0, count( $meant ), "CONCAT(' ', v.colour, ' ') LIKE %s" ) ) . ')';
			$params  = array_merge( $params, array_map( static fn( $c ) => '% ' . $wpdb->esc_like( $c ) . ' %', $meant ) );
		}
		if ( null !== $customer_ids ) {
			$where[] = 'v.customer_id IN (' . implode( ',', array_map( 'intval', array_keys( $customer_ids ) ) ) . ')';
		}
		$params[] = $limit + 1;
		$rows     = $wpdb->get_results( $wpdb->prepare( self::select() . 'WHERE ' . implode( ' AND ', $where ) . ' ORDER BY v.id LIMIT %d', $params ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		if ( ! $rows ) {
			return Officina_Result::fail( 'not_found', sprintf( "No vehicle matches '%s'.", mb_substr( $text, 0, 60 ) ) );
		}
		$conf = 1 === count( $rows ) ? 0.9 : 0.5;
		return self::answer( array_map( static fn( $r ) => self::match( $r, 'description', $conf ), array_slice( $rows, 0, $limit ) ), count( $rows ) > 1 );
	}

	/**
	 * The colour on file of several words said whole from $words[$i] ("rosso ciliegia"), folded; the longest.
	 *
	 * @param string[] $words  Folded words said.
	 * @param int      $i      Where to look.
	 * @param array    $shades Folded shade => stored.
	 * @return string|null
	 */
	private static function shade_at( array $words, int $i, array $shades ): ?string {
		for ( $n = min( self::LONGEST_SHADE, count( $words ) - $i ); $n > 1; $n-- ) {
			$said = implode( ' ', array_slice( $words, $i, $n ) );
			if ( isset( $shades[ $said ] ) ) {
				return $said;
			}
		}
		return null;
	}

	/**
	 * The success result.
	 *
	 * @param array $matches   Matches.
	 * @param bool  $ambiguous Too close to choose.
	 * @return array
	 */
	private static function answer( array $matches, bool $ambiguous ): array {
		$top = $matches[0];
		return Officina_Result::ok(
			array( 'matches' => $matches, 'ambiguous' => $ambiguous ),
			array( 'kind' => 'vehicle', 'title' => $top['plate'] . ' · ' . $top['make'] . ' ' . $top['model'], 'matches' => $matches, 'ambiguous' => $ambiguous )
		);
	}

	/**
	 * Inserts a vehicle row (skeletons computed here).
	 *
	 * @param array $v customer_id, plate (normalised), make, model, colour, year, fuel; optional id.
	 * @return int
	 */
	public static function insert( array $v ): int {
		global $wpdb;
		$skel = Officina_Plates::skeleton( $v['plate'] );
		$row  = array(
			'customer_id'    => (int) $v['customer_id'],
			'plate'          => $v['plate'],
			'plate_skel'     => $skel,
			'plate_skel_rev' => strrev( $skel ),
			'make'           => $v['make'],
			'model'          => $v['model'],
			'colour'         => $v['colour'] ?? null,
			'year'           => isset( $v['year'] ) ? (int) $v['year'] : null,
			'fuel'           => $v['fuel'] ?? null,
			'created_at'     => $v['created_at'] ?? Officina_Clock::mysql_now(),
		);
		if ( isset( $v['id'] ) ) {
			$row['id'] = (int) $v['id'];
		}
		return Officina_DB::inserted_id( $wpdb->insert( Officina_Installer::table( 'vehicles' ), $row ), 'vehicle' );
	}

	/**
	 * Tool: add_vehicle.
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function add_vehicle( array $args, Officina_Context $ctx ): array {
		$owner = Officina_Bookly::customer( (int) $args['customer_id'] );
		if ( null === $owner ) {
			return Officina_Result::fail( 'not_found', sprintf( 'No customer with id %d.', $args['customer_id'] ) );
		}
		$plate = Officina_Plates::spoken_to_plate( $args['plate'] ) ?? Officina_Plates::normalise( $args['plate'] );
		if ( ! Officina_Plates::looks_like_plate( $plate ) ) {
			return Officina_Result::fail( 'invalid_arguments', sprintf( "'%s' is not a plate (letters and digits, e.g. AB123CD).", mb_substr( $args['plate'], 0, 40 ) ) );
		}
		$existing = self::by_plate_exact( $plate );
		if ( null !== $existing ) {
			return Officina_Result::fail( 'already_exists', sprintf( 'Plate %s is already on file (vehicle %d).', $plate, $existing['id'] ), null, array( 'vehicle_id' => (int) $existing['id'], 'customer_id' => (int) $existing['customer_id'] ) );
		}
		$make   = implode( ' ', preg_split( '/\s+/', trim( $args['make'] ) ) );
		$model  = implode( ' ', preg_split( '/\s+/', trim( $args['model'] ) ) );
		$colour = ! empty( $args['colour'] ) ? ( self::colour_of( $args['colour'] ) ?? trim( self::fold( $args['colour'] ) ) ) : null;
		$id     = self::insert( array( 'customer_id' => (int) $owner['id'], 'plate' => $plate, 'make' => $make, 'model' => $model, 'colour' => $colour, 'year' => $args['year'] ?? null, 'fuel' => $args['fuel'] ?? null ) );
		$data   = array( 'vehicle_id' => $id, 'plate' => $plate, 'make' => $make, 'model' => $model, 'colour' => $colour, 'year' => isset( $args['year'] ) ? (int) $args['year'] : null, 'fuel' => $args['fuel'] ?? null, 'customer_id' => (int) $owner['id'] );
		$result = Officina_Result::ok( array( 'vehicle' => $data ), array( 'kind' => 'vehicle', 'title' => "{$plate} · {$make} {$model}" ) );
		$result['_undo'] = array( 'op' => 'delete_vehicle', 'id' => $id, 'summary' => sprintf( 'vehicle %s for %s', $plate, $owner['full_name'] ) );
		return $result;
	}

	/**
	 * Tool: vehicle_history (past bookings linked to the vehicle, most recent first).
	 *
	 * @param array            $args Arguments.
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function vehicle_history( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		list( $vehicle, $refusal ) = self::resolve( $args );
		if ( null !== $refusal ) {
			return $refusal;
		}
		$since = ! empty( $args['since'] ) ? Officina_Clock::parse_day( $args['since'] ) : null;
		$until = ! empty( $args['until'] ) ? Officina_Clock::parse_day( $args['until'] ) : null;
		if ( ( ! empty( $args['since'] ) && ! $since ) || ( ! empty( $args['until'] ) && ! $until ) ) {
			return Officina_Result::fail( 'invalid_arguments', 'Invalid date.' );
		}
		$where  = array( 'va.vehicle_id = %d', 'a.start_date < %s', "ca.status IN ('done', 'approved', 'pending')" );
		$params = array( (int) $vehicle['id'], Officina_Clock::mysql_now() );
		if ( ! empty( $args['category'] ) ) {
			$ids = Officina_Bookly::category_ids( (string) $args['category'] );
			if ( ! $ids ) {
				$ids = array( 0 );
			}
			$where[] = 's.category_id IN (' . implode( ',', array_map( 'intval', $ids ) ) . ')';
		}
		if ( $since ) {
			$where[]  = 'a.start_date >= %s';
			$params[] = $since->format( 'Y-m-d 00:00:00' );
		}
		if ( $until ) {
			$where[]  = 'a.start_date < %s';
			$params[] = $until->modify( '+1 day' )->format( 'Y-m-d 00:00:00' );
		}
		$params[] = (int) $args['limit'];
		$rows     = (array) $wpdb->get_results( $wpdb->prepare( Officina_Tool_Appointments::select() . ' WHERE ' . implode( ' AND ', $where ) . ' ORDER BY a.start_date DESC LIMIT %d', $params ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL
		$services = array();
		foreach ( $rows as $r ) {
			$services[] = array(
				'appointment_id' => (int) $r['id'],
				'date'           => substr( (string) $r['start_date'], 0, 10 ),
				'service_id'     => null === $r['service_id'] ? null : (int) $r['service_id'],
				'service'        => $r['service'],
				'category'       => Officina_Bookly::category_of( $r['category_id'] ),
				'status'         => $r['status'],
				'notes'          => (string) $r['notes'],
				'mileage_km'     => null === $r['mileage_km'] ? null : (int) $r['mileage_km'],
			);
		}
		$head = array( 'vehicle_id' => (int) $vehicle['id'], 'plate' => $vehicle['plate'], 'make' => $vehicle['make'], 'model' => $vehicle['model'] );
		return Officina_Result::ok(
			array( 'vehicle' => $head, 'services' => $services ),
			array( 'kind' => 'history', 'title' => Officina_Texts::title( 'history', $ctx->language, array( 'plate' => $vehicle['plate'], 'count' => count( $services ) ) ), 'services' => $services )
		);
	}

	/**
	 * Tool: list_vehicle_models — the makes and models on file, most vehicles first.
	 *
	 * @param array            $args Arguments (limit).
	 * @param Officina_Context $ctx  Caller.
	 * @return array
	 */
	public static function list_vehicle_models( array $args, Officina_Context $ctx ): array {
		global $wpdb;
		$v    = Officina_Installer::table( 'vehicles' );
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT make, model, COUNT(*) AS n FROM {$v} WHERE TRIM(model) <> '' GROUP BY make, model ORDER BY n DESC, make, model LIMIT %d", (int) $args['limit'] ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! is_array( $rows ) || '' !== (string) $wpdb->last_error ) {
			return Officina_Result::fail( 'backend_error', 'The workshop database could not be read.' );
		}
		$models = array();
		foreach ( $rows as $r ) {
			$models[] = array(
				'make'     => (string) $r['make'],
				'model'    => (string) $r['model'],
				'vehicles' => (int) $r['n'],
			);
		}
		return Officina_Result::ok(
			array( 'models' => $models ),
			array( 'kind' => 'vehicle_models', 'title' => Officina_Texts::title( 'vehicle_models', $ctx->language, array( 'count' => count( $models ) ) ), 'models' => $models )
		);
	}
}
