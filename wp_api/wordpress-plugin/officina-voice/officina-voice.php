<?php
/**
 * Plugin Name:       Officina Voice
 * Description:       The Officina Voice workshop tools (vehicles, availability, bookings, messages, campaigns) over REST, on Bookly's own tables.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Officina Voice
 * License:           GPL-2.0-or-later
 * Text Domain:       officina-voice
 *
 * @package OfficinaVoice
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

define( 'OFFICINA_VOICE_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/bootstrap.php';
