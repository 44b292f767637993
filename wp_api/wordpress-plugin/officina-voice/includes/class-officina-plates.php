<?php
/**
 * Plates: normalisation, Italian format, spoken forms and fuzzy scoring — a port of wp_api/plates.py.
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

/**
 * Pure plate functions, with the same confusion classes and costs as the desktop's plates.py.
 */
final class Officina_Plates {

	public const AMBIGUITY_MARGIN = 0.08;
	public const MIN_CONFIDENCE   = 0.45;
	private const ITALIAN         = '/^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$/';
	private const ITALIAN_INSIDE  = '/(?<![0-9])[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}(?![0-9])/';
	private const ITALIAN_BUT_LAST = '/^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]$/';
	private const GROUPS          = array( 'BPDT8V', 'MN', '0OQ', '1IJL', 'CG', 'SF' );
	private const NEAR            = array( array( 'BPDT', 0.3 ), array( 'B8', 0.25 ), array( 'BV', 0.35 ), array( 'MN', 0.25 ), array( '0OQ', 0.2 ), array( '1IJL', 0.25 ), array( 'CG', 0.35 ), array( 'SF', 0.4 ), array( '5S', 0.4 ), array( '2Z', 0.45 ), array( '6G', 0.45 ), array( 'AE', 0.5 ), array( 'KQC', 0.5 ) );
	private const TO_DIGIT        = array( 'O' => '0', 'Q' => '0', 'I' => '1', 'L' => '1', 'J' => '1', 'Z' => '2', 'S' => '5', 'G' => '6', 'B' => '8', 'T' => '7' );
	private const TO_LETTER       = array( '0' => 'O', '1' => 'I', '2' => 'Z', '5' => 'S', '6' => 'G', '8' => 'B', '4' => 'A', '7' => 'T', '3' => 'E' );
	private const LETTER_WORDS    = array(
		'a' => 'A', 'bi' => 'B', 'ci' => 'C', 'di' => 'D', 'e' => 'E', 'effe' => 'F', 'gi' => 'G', 'acca' => 'H', 'i' => 'I',
		'elle' => 'L', 'emme' => 'M', 'enne' => 'N', 'o' => 'O', 'pi' => 'P', 'cu' => 'Q', 'erre' => 'R', 'esse' => 'S',
		'ti' => 'T', 'u' => 'U', 'vu' => 'V', 'vi' => 'V', 'zeta' => 'Z', 'ics' => 'X', 'ipsilon' => 'Y', 'kappa' => 'K',
		'ka' => 'K', 'jay' => 'J', 'gei' => 'J', 'doppiavu' => 'W', 'doppia' => '', 'ye' => 'Y',
		'bee' => 'B', 'be' => 'B', 'cee' => 'C', 'see' => 'C', 'dee' => 'D', 'ef' => 'F', 'gee' => 'G', 'aitch' => 'H',
		'jey' => 'J', 'kay' => 'K', 'el' => 'L', 'em' => 'M', 'en' => 'N', 'pee' => 'P', 'cue' => 'Q', 'ar' => 'R', 'ess' => 'S',
		'tee' => 'T', 'you' => 'U', 'vee' => 'V', 'ex' => 'X', 'why' => 'Y', 'zed' => 'Z', 'zee' => 'Z',
		'ancona' => 'A', 'bari' => 'B', 'bologna' => 'B', 'como' => 'C', 'catania' => 'C', 'domodossola' => 'D',
		'empoli' => 'E', 'firenze' => 'F', 'genova' => 'G', 'hotel' => 'H', 'imola' => 'I', 'jolly' => 'J',
		'kursaal' => 'K', 'livorno' => 'L', 'milano' => 'M', 'napoli' => 'N', 'otranto' => 'O', 'palermo' => 'P',
		'padova' => 'P', 'quarto' => 'Q', 'roma' => 'R', 'savona' => 'S', 'sassari' => 'S', 'torino' => 'T',
		'taranto' => 'T', 'udine' => 'U', 'venezia' => 'V', 'washington' => 'W', 'xeres' => 'X', 'xilofono' => 'X',
		'yacht' => 'Y', 'york' => 'Y', 'yogurt' => 'Y', 'zara' => 'Z', 'zurigo' => 'Z',
		'alpha' => 'A', 'alfa' => 'A', 'bravo' => 'B', 'charlie' => 'C', 'delta' => 'D', 'echo' => 'E', 'eco' => 'E',
		'foxtrot' => 'F', 'golf' => 'G', 'india' => 'I', 'juliet' => 'J', 'juliett' => 'J', 'kilo' => 'K',
		'lima' => 'L', 'mike' => 'M', 'november' => 'N', 'oscar' => 'O', 'papa' => 'P', 'quebec' => 'Q', 'romeo' => 'R',
		'sierra' => 'S', 'tango' => 'T', 'uniform' => 'U', 'victor' => 'V', 'whiskey' => 'W', 'whisky' => 'W',
		'xray' => 'X', 'yankee' => 'Y', 'zulu' => 'Z',
	);
	private const DIGIT_WORDS     = array(
		'zero' => '0', 'uno' => '1', 'un' => '1', 'una' => '1', 'due' => '2', 'tre' => '3', 'quattro' => '4', 'cinque' => '5',
		'sei' => '6', 'sette' => '7', 'otto' => '8', 'nove' => '9',
		'one' => '1', 'two' => '2', 'three' => '3', 'four' => '4', 'five' => '5', 'six' => '6', 'seven' => '7',
		'eight' => '8', 'nine' => '9', 'oh' => '0', 'nought' => '0',
	);
	private const FILLER          = array( 'come', 'di', 'per', 'targa', 'la', 'il', 'targata', 'plate', 'as', 'in', 'for', 'numero', 'number', 'lettera', 'letter', 'poi', 'and', 'ed', 'e', 'the', 'spazio', 'trattino', 'space', 'dash' );

	/**
	 * Upper case, accents dropped, only letters and digits kept.
	 *
	 * @param string $text Text.
	 * @return string
	 */
	public static function normalise( string $text ): string {
		return (string) preg_replace( '/[^A-Z0-9]/', '', strtoupper( remove_accents( $text ) ) );
	}

	/**
	 * Current Italian format AA123AA.
	 *
	 * @param string $plate Plate.
	 * @return bool
	 */
	public static function is_italian( string $plate ): bool {
		return (bool) preg_match( self::ITALIAN, self::normalise( $plate ) );
	}

	/**
	 * Each character replaced by its confusion class.
	 *
	 * @param string $plate Plate.
	 * @return string
	 */
	public static function skeleton( string $plate ): string {
		static $map = null;
		if ( null === $map ) {
			$map = array();
			foreach ( self::GROUPS as $group ) {
				foreach ( str_split( $group ) as $char ) {
					if ( ! isset( $map[ $char ] ) ) {
						$map[ $char ] = $group[0];
					}
				}
			}
		}
		return strtr( self::normalise( $plate ), $map );
	}

	/**
	 * The Italian plate a 7-character string most likely is, or null.
	 *
	 * @param string $plate Plate.
	 * @return string|null
	 */
	public static function repair_italian( string $plate ): ?string {
		$norm = self::normalise( $plate );
		if ( 7 !== strlen( $norm ) ) {
			return null;
		}
		$chars = str_split( $norm );
		foreach ( $chars as $i => $c ) {
			$chars[ $i ] = in_array( $i, array( 2, 3, 4 ), true ) ? ( self::TO_DIGIT[ $c ] ?? $c ) : ( self::TO_LETTER[ $c ] ?? $c );
		}
		$fixed = implode( '', $chars );
		return preg_match( self::ITALIAN, $fixed ) ? $fixed : null;
	}

	/**
	 * Letters and digits mixed, 4 to 10 of them.
	 *
	 * @param string $text Text.
	 * @return bool
	 */
	public static function looks_like_plate( string $text ): bool {
		$norm = self::normalise( $text );
		return strlen( $norm ) >= 4 && strlen( $norm ) <= 10 && preg_match( '/[0-9]/', $norm ) && preg_match( '/[A-Z]/', $norm );
	}

	/**
	 * Lower case, accents dropped, only a-z0-9.
	 *
	 * @param string $word Word.
	 * @return string
	 */
	private static function fold( string $word ): string {
		return (string) preg_replace( '/[^a-z0-9]/', '', strtolower( remove_accents( $word ) ) );
	}

	/**
	 * The plate spelled in $text (letter names, city or NATO alphabet, digit words), or null.
	 *
	 * @param string $text Text.
	 * @return string|null
	 */
	public static function spoken_to_plate( string $text ): ?string {
		preg_match_all( '/[A-Za-z\x{00C0}-\x{00FF}]+|[0-9]+/u', $text, $m );
		$raw   = array_values( array_filter( $m[0], static fn( $w ) => '' !== self::fold( $w ) ) );
		$words = array_map( array( self::class, 'fold' ), $raw );
		if ( ! $words ) {
			return null;
		}
		$out = array();
		$n   = count( $words );
		$i   = 0;
		while ( $i < $n ) {
			$word = $words[ $i ];
			$nxt  = $words[ $i + 1 ] ?? '';
			if ( 'come' === $nxt && $i + 2 < $n ) {
				$w2      = $words[ $i + 2 ];
				$spelled = ( self::LETTER_WORDS[ $w2 ] ?? '' ) ?: ( self::DIGIT_WORDS[ $w2 ] ?? '' );
				$mine    = ( self::LETTER_WORDS[ $word ] ?? '' ) ?: ( 1 === strlen( $word ) ? strtoupper( $word ) : '' );
				if ( '' !== $spelled && '' !== $mine && $spelled === $mine ) {
					$out[] = $mine;
					$i    += 3;
					continue;
				}
			}
			if ( 'doppia' === $word && in_array( $nxt, array( 'vu', 'v' ), true ) ) {
				$out[] = 'W';
				$i    += 2;
				continue;
			}
			if ( 'i' === $word && in_array( $nxt, array( 'greca', 'greco' ), true ) ) {
				$out[] = 'Y';
				$i    += 2;
				continue;
			}
			$orig = $raw[ $i ];
			if ( ctype_digit( $word ) ) {
				$out[] = $word;
			} elseif ( strtoupper( $orig ) === $orig && ctype_alpha( $orig ) && strlen( $orig ) >= 2 && strlen( $orig ) <= 3 ) {
				$out[] = strtoupper( $word );
			} elseif ( isset( self::DIGIT_WORDS[ $word ] ) ) {
				$out[] = self::DIGIT_WORDS[ $word ];
			} elseif ( isset( self::LETTER_WORDS[ $word ] ) && '' !== self::LETTER_WORDS[ $word ] ) {
				// "e"/"di" are also Italian words; inside a spelled sequence, or as the missing last letter, they are letters.
				$one_letter_left = (bool) preg_match( self::ITALIAN_BUT_LAST, implode( '', $out ) );
				if ( in_array( $word, self::FILLER, true ) && ! self::inside_spelling( $words, $i ) && ! $one_letter_left ) {
					++$i;
					continue;
				}
				$out[] = self::LETTER_WORDS[ $word ];
			} elseif ( in_array( $word, self::FILLER, true ) ) {
				// A filler word between groups adds nothing.
				$i += 0;
			} elseif ( strlen( $word ) <= 3 || ( preg_match( '/[0-9]/', $word ) && strlen( $word ) <= 8 ) ) {
				$out[] = strtoupper( $word );
			} elseif ( strlen( $word ) <= 8 && self::plausible_group( $word ) ) {
				$out[] = strtoupper( $word );
			} else {
				if ( $out && self::looks_like_plate( implode( '', $out ) ) ) {
					break;
				}
				$out = array();
			}
			++$i;
		}
		$plate = self::normalise( implode( '', $out ) );
		if ( ! preg_match( self::ITALIAN, $plate ) && preg_match_all( self::ITALIAN_INSIDE, $plate, $inside ) ) {
			// Words around the plate ("la bmw AB123CD") were taken as groups: keep the Italian plate inside.
			return end( $inside[0] );
		}
		return self::looks_like_plate( $plate ) ? $plate : null;
	}

	/**
	 * The neighbours of words[i] are letters or digits being spelled.
	 *
	 * @param string[] $words Words.
	 * @param int      $i     Index.
	 * @return bool
	 */
	private static function inside_spelling( array $words, int $i ): bool {
		$spelled = static fn( string $w ): bool => ctype_digit( $w ) || isset( self::DIGIT_WORDS[ $w ] ) || ( isset( self::LETTER_WORDS[ $w ] ) && ! in_array( $w, self::FILLER, true ) ) || 1 === strlen( $w );
		$before  = $i > 0 && $spelled( $words[ $i - 1 ] );
		$after   = $i + 1 < count( $words ) && $spelled( $words[ $i + 1 ] );
		if ( count( $words ) - 1 === $i ) {
			return $before;
		}
		return $before && $after;
	}

	/**
	 * A short token that may be a plate group written as a word.
	 *
	 * @param string $word Word.
	 * @return bool
	 */
	private static function plausible_group( string $word ): bool {
		$vowels = preg_match_all( '/[aeiou]/', $word );
		return strlen( $word ) <= 3 || $vowels <= 1;
	}

	/**
	 * Substitution cost.
	 *
	 * @param string $a Char.
	 * @param string $b Char.
	 * @return float
	 */
	private static function sub_cost( string $a, string $b ): float {
		static $near = null;
		if ( $a === $b ) {
			return 0.0;
		}
		if ( null === $near ) {
			$near = array();
			foreach ( self::NEAR as list( $group, $cost ) ) {
				foreach ( str_split( $group ) as $x ) {
					foreach ( str_split( $group ) as $y ) {
						if ( $x !== $y ) {
							$near[ $x . $y ] = min( $cost, $near[ $x . $y ] ?? 1.0 );
						}
					}
				}
			}
		}
		return $near[ $a . $b ] ?? 1.0;
	}

	/**
	 * Weighted edit distance (0.7 per dropped/extra char).
	 *
	 * @param string $heard Heard.
	 * @param string $known Known.
	 * @return float
	 */
	public static function distance( string $heard, string $known ): float {
		$a    = self::normalise( $heard );
		$b    = self::normalise( $known );
		$cols = strlen( $b ) + 1;
		$prev = array();
		for ( $j = 0; $j < $cols; $j++ ) {
			$prev[ $j ] = $j * 0.7;
		}
		for ( $i = 1, $rows = strlen( $a ) + 1; $i < $rows; $i++ ) {
			$cur = array( $i * 0.7 );
			for ( $j = 1; $j < $cols; $j++ ) {
				$cur[ $j ] = min( $prev[ $j ] + 0.7, $cur[ $j - 1 ] + 0.7, $prev[ $j - 1 ] + self::sub_cost( $a[ $i - 1 ], $b[ $j - 1 ] ) );
			}
			$prev = $cur;
		}
		return (float) $prev[ $cols - 1 ];
	}

	/**
	 * Confidence 0..1 that $known is the plate heard.
	 *
	 * @param string $heard Heard.
	 * @param string $known Known.
	 * @return float
	 */
	public static function score( string $heard, string $known ): float {
		$a = self::normalise( $heard );
		$b = self::normalise( $known );
		if ( '' === $a || '' === $b ) {
			return 0.0;
		}
		if ( $a === $b ) {
			return 1.0;
		}
		if ( abs( strlen( $a ) - strlen( $b ) ) > 3 ) {
			return 0.0;
		}
		$conf = max( 0.0, 1.0 - self::distance( $a, $b ) / 2.5 );
		if ( self::is_italian( $b ) && ! self::is_italian( $a ) && self::repair_italian( $a ) === $b ) {
			$conf = max( $conf, 0.9 );
		}
		return round( min( $conf, 0.99 ), 3 );
	}

	/**
	 * Plates $text may stand for: spoken reading, plain normalisation, Italian repair.
	 *
	 * @param string $text Text.
	 * @return string[]
	 */
	public static function heard_forms( string $text ): array {
		$forms  = array();
		$spoken = self::spoken_to_plate( $text );
		foreach ( array( $spoken, self::normalise( $text ), self::repair_italian( $spoken ?? self::normalise( $text ) ) ) as $form ) {
			if ( $form && ! in_array( $form, $forms, true ) ) {
				$forms[] = $form;
			}
		}
		return $forms;
	}
}
