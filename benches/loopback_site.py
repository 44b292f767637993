"""A real WordPress + MariaDB on loopback with Bookly's tables and the plugin active (tests and bench)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

import wp_api

_LOGGER = logging.getLogger(__name__)

__all__ = ["LoopbackSite", "missing_prerequisites", "start_site"]

WORDPRESS_DIR = Path("/usr/share/wordpress")
PLUGIN_DIR = Path(wp_api.__file__).resolve().parent / "wordpress-plugin" / "officina-voice"
BOOKLY_SCHEMA = Path(__file__).resolve().parent / "data" / "bookly_schema.sql"
"""Bookly's tables as the loopback site creates them (Bookly itself is not installed there)."""
PREFIX = "wp_"
_DB = "officina"
_DB_USER = "officina"
_DB_PASSWORD = "officina-test-db"


def missing_prerequisites() -> str | None:
    """Why a loopback site cannot start here (a one-line reason), or None when it can."""
    for tool in ("mariadbd", "mariadb-install-db", "mariadb", "php"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return (
                f"{tool} is not installed (apt-get install mariadb-server php8.2-cli php8.2-mysql wordpress)"
            )
    if not (WORDPRESS_DIR / "wp-settings.php").exists():
        return "the Debian 'wordpress' package is not installed (/usr/share/wordpress is missing)"
    probe = subprocess.run(["php", "-m"], capture_output=True, text=True, check=False)
    if "mysqli" not in probe.stdout:
        return "PHP has no mysqli extension (apt-get install php8.2-mysql)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _which(tool: str) -> str:
    found = shutil.which(tool) or str(Path("/usr/sbin", tool))
    return found


@dataclass
class LoopbackSite:
    """A running loopback site: MariaDB + `php -S` workers serving a fresh WordPress install."""

    workdir: Path
    db_port: int
    http_port: int
    admin_user: str = "admin"
    admin_password: str = ""
    """The admin's application password (not the login password)."""
    _processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _database: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def site_dir(self) -> Path:
        return self.workdir / "site"

    @property
    def socket_path(self) -> Path:
        return self.workdir / "db.sock"

    # --- helpers used by tests and the benchmark ----------------------------------------------------

    def sql(self, query: str) -> list[dict[str, str | None]]:
        """Run SQL through the mariadb client; rows as dicts of strings (NULL → None)."""
        proc = subprocess.run(
            [_which("mariadb"), "--no-defaults", f"--socket={self.socket_path}", "-uroot", "--batch", _DB],
            input=query,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"SQL failed: {proc.stderr.strip()}")
        lines = proc.stdout.splitlines()
        if not lines:
            return []
        header = lines[0].split("\t")
        return [
            {k: (None if v == "NULL" else v) for k, v in zip(header, line.split("\t"), strict=False)}
            for line in lines[1:]
        ]

    def php(self, code: str, *, args: dict[str, Any] | None = None, installing: bool = False) -> str:
        """Run PHP inside WordPress (wp-load.php loaded); `$args` holds `args`. Returns stdout."""
        script = self.workdir / f"run-{os.getpid()}-{time.monotonic_ns()}.php"
        head = "<?php\n"
        if installing:
            head += "define('WP_INSTALLING', true);\n"
        head += f"require {json.dumps(str(self.site_dir / 'wp-load.php'))};\n"
        head += "$args = json_decode(file_get_contents($argv[1]), true);\n"
        script.write_text(head + code, encoding="utf-8")
        args_file = script.with_suffix(".json")
        args_file.write_text(json.dumps(args or {}), encoding="utf-8")
        try:
            proc = subprocess.run(
                ["php", str(script), str(args_file)],
                capture_output=True,
                text=True,
                check=False,
                cwd=self.site_dir,
                timeout=600,
            )
        finally:
            script.unlink(missing_ok=True)
            args_file.unlink(missing_ok=True)
        if proc.returncode != 0:
            raise RuntimeError(
                f"PHP failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}"
            )
        return proc.stdout

    def create_user(self, login: str, *, role: str = "editor", caps: tuple[str, ...] = ()) -> str:
        """A WordPress user with `role` plus `caps`; returns a fresh application password for it."""
        out = self.php(
            """
$id = username_exists($args['login']);
if (!$id) {
    $id = wp_insert_user(['user_login' => $args['login'], 'user_pass' => wp_generate_password(24),
        'user_email' => $args['login'] . '@example.test', 'role' => $args['role']]);
}
$user = new WP_User($id);
foreach ($args['caps'] as $cap) { $user->add_cap($cap); }
list($password) = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
echo $password;
""",
            args={"login": login, "role": role, "caps": list(caps)},
        )
        return out.strip()

    def set_options(self, options: dict[str, Any]) -> None:
        """update_option() for each entry (settings of the plugin, timezone, …)."""
        self.php("foreach ($args as $k => $v) { update_option($k, $v); }\n", args=options)

    def load_seed(self, seed: dict[str, Any]) -> None:
        """Empty Bookly's and the plugin's tables, then write `seed` (the contract suite's plain data).

        Services, staff (hours, breaks, services), holidays (company-wide ones copied to every staff
        member, as Bookly does), customers with consent, vehicles and appointments keep the seed's ids.
        `seed["now"]` becomes the test clock when the site was started with `test_clock=True`.
        """
        data = {k: v for k, v in seed.items() if k != "clock"}
        self.php(_SEED_PHP, args=json.loads(json.dumps(data, default=str)))

    def set_now(self, now: str | None) -> None:
        """Move the test clock ('YYYY-MM-DDTHH:MM'); None returns to real time."""
        self.set_options({"officina_voice_test_now": now or ""})

    def run_outbox(self) -> int:
        """Run the plugin's outbox once (what its WP-Cron event does); returns how many were handled."""
        return int(self.php("echo Officina_Outbox::run_due();").strip() or 0)

    def run_cron(self) -> None:
        """Make the plugin's outbox event due now, then request wp-cron.php as a visitor's page load would."""
        self.php(
            "wp_clear_scheduled_hook(Officina_Outbox::CRON_HOOK); delete_transient('doing_cron');"
            "wp_schedule_event(time() - 1, 'officina_five_minutes', Officina_Outbox::CRON_HOOK);"
        )
        response = httpx.get(f"{self.base_url}/wp-cron.php", timeout=60)
        response.raise_for_status()

    def kill_database(self) -> None:
        """SIGKILL MariaDB, as a crash would (start_database() brings it back with its data)."""
        proc = self._database
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
        self._processes.remove(proc)
        self._database = None

    def start_database(self) -> None:
        """Start MariaDB again on the same data directory, port and socket (after kill_database())."""
        if self._database is None:
            self.socket_path.unlink(missing_ok=True)
            _launch_mariadbd(self)

    def stop(self, *, keep_files: bool = False) -> None:
        """End the web server's process group and MariaDB, then remove the work dir (unless keep_files)."""
        for proc in reversed(self._processes):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=5)
        self._processes.clear()
        if not keep_files:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> LoopbackSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- startup ------------------------------------------------------------------------------------------


def _wait_for(check: Any, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not start within {timeout:.0f} s")


def _start_mariadb(site: LoopbackSite) -> None:
    datadir = site.workdir / "mysql"
    init = subprocess.run(
        [
            _which("mariadb-install-db"),
            "--no-defaults",
            f"--datadir={datadir}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *(["--user=root"] if os.geteuid() == 0 else []),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        raise RuntimeError(f"mariadb-install-db failed: {init.stderr.strip()[-500:]}")
    _launch_mariadbd(site)


def _launch_mariadbd(site: LoopbackSite) -> None:
    datadir = site.workdir / "mysql"
    log = open(site.workdir / "mariadb.log", "ab")  # noqa: SIM115 - kept open for the server's lifetime
    proc = subprocess.Popen(
        [
            _which("mariadbd"),
            "--no-defaults",
            f"--datadir={datadir}",
            f"--socket={site.socket_path}",
            f"--port={site.db_port}",
            "--bind-address=127.0.0.1",
            "--skip-log-bin",
            "--innodb-buffer-pool-size=256M",
            "--innodb-flush-log-at-trx-commit=2",
            "--max-connections=200",
            *(["--user=root"] if os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    site._processes.append(proc)
    site._database = proc
    _wait_for(lambda: site.socket_path.exists() and _ping_db(site), "MariaDB")


def _ping_db(site: LoopbackSite) -> bool:
    proc = subprocess.run(
        [_which("mariadb"), "--no-defaults", f"--socket={site.socket_path}", "-uroot", "-e", "SELECT 1"],
        capture_output=True,
        check=False,
    )
    return proc.returncode == 0


def _create_database(site: LoopbackSite) -> None:
    statements = (
        f"CREATE DATABASE IF NOT EXISTS {_DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
        f"CREATE USER IF NOT EXISTS '{_DB_USER}'@'127.0.0.1' IDENTIFIED BY '{_DB_PASSWORD}'; "
        f"GRANT ALL ON {_DB}.* TO '{_DB_USER}'@'127.0.0.1'; FLUSH PRIVILEGES;"
    )
    subprocess.run(
        [_which("mariadb"), "--no-defaults", f"--socket={site.socket_path}", "-uroot", "-e", statements],
        check=True,
        capture_output=True,
    )


def _copy_wordpress(site: LoopbackSite, *, test_clock: bool) -> None:
    def _ignore(directory: str, names: list[str]) -> set[str]:
        skip = {".htaccess", "wp-config.php"}
        if directory.endswith("wp-content"):
            skip.add("languages")
        return skip & set(names)

    shutil.copytree(WORDPRESS_DIR, site.site_dir, ignore=_ignore, symlinks=False)
    shutil.copytree(PLUGIN_DIR, site.site_dir / "wp-content" / "plugins" / "officina-voice")
    config = f"""<?php
define('DB_NAME', '{_DB}');
define('DB_USER', '{_DB_USER}');
define('DB_PASSWORD', '{_DB_PASSWORD}');
define('DB_HOST', '127.0.0.1:{site.db_port}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('AUTH_KEY', 'test-auth'); define('SECURE_AUTH_KEY', 'test-secure');
define('LOGGED_IN_KEY', 'test-logged'); define('NONCE_KEY', 'test-nonce');
define('AUTH_SALT', 'test-as'); define('SECURE_AUTH_SALT', 'test-sas');
define('LOGGED_IN_SALT', 'test-ls'); define('NONCE_SALT', 'test-ns');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
define('WP_HOME', '{site.base_url}');
define('WP_SITEURL', '{site.base_url}');
define('FS_METHOD', 'direct');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('OFFICINA_VOICE_TEST_CLOCK', {"true" if test_clock else "false"});
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost');
$table_prefix = '{PREFIX}';
if (!defined('ABSPATH')) {{ define('ABSPATH', __DIR__ . '/'); }}
require_once ABSPATH . 'wp-settings.php';
"""
    (site.site_dir / "wp-config.php").write_text(config, encoding="utf-8")


def _start_php(site: LoopbackSite, workers: int) -> None:
    env = dict(os.environ, PHP_CLI_SERVER_WORKERS=str(workers))
    log = open(site.workdir / "php.log", "wb")  # noqa: SIM115 - kept open for the server's lifetime
    proc = subprocess.Popen(
        [
            "php",
            "-d",
            "post_max_size=12M",
            "-d",
            "memory_limit=512M",
            "-d",
            "opcache.enable_cli=1",
            "-S",
            f"127.0.0.1:{site.http_port}",
            "-t",
            str(site.site_dir),
        ],
        cwd=site.site_dir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    site._processes.append(proc)
    _wait_for(
        lambda: httpx.get(f"{site.base_url}/wp-cron.php", timeout=5).status_code < 500,
        "PHP built-in server",
    )


_INSTALL_PHP = """
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Officina Test', 'admin', 'admin@example.test', false, '', wp_generate_password(24));
update_option('timezone_string', 'Europe/Rome');
update_option('permalink_structure', '');
global $wpdb;
$charset = $wpdb->get_charset_collate();
$sql = str_replace(['{prefix}', '{charset}'], [$wpdb->prefix, $charset], file_get_contents($args['schema']));
foreach (array_filter(array_map('trim', explode(';', preg_replace('/^--.*$/m', '', $sql)))) as $statement) {
    if ($wpdb->query($statement) === false) { fwrite(STDERR, $wpdb->last_error); exit(1); }
}
$defaults = ['bookly_appointment_default_status' => 'approved', 'bookly_appointment_cancel_action' => 'cancel',
    'bookly_gen_time_slot_length' => '15', 'bookly_cst_first_last_name' => '0', 'bookly_cst_allow_duplicates' => '0'];
foreach ($defaults as $k => $v) { update_option($k, $v); }
echo 'installed';
"""

_ACTIVATE_PHP = """
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = activate_plugin('officina-voice/officina-voice.php');
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
$user = get_user_by('login', 'admin');
list($password) = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'tests']);
echo $password;
"""


_SEED_PHP = r"""
global $wpdb;
$wpdb->query('SET FOREIGN_KEY_CHECKS = 0');
foreach (['customer_appointments', 'appointments', 'holidays', 'schedule_item_breaks', 'staff_schedule_items',
          'staff_services', 'services', 'categories', 'staff', 'customers', 'sent_notifications'] as $t) {
    $wpdb->query('DELETE FROM ' . Officina_Bookly::table($t));
}
foreach (Officina_Installer::OWN_TABLES as $t) { $wpdb->query('DELETE FROM ' . Officina_Installer::table($t)); }
$wpdb->query('SET FOREIGN_KEY_CHECKS = 1');
delete_transient('doing_cron');
$settings = get_option('officina_voice_settings', []);
update_option('officina_voice_settings', array_merge(is_array($settings) ? $settings : [], $args['settings'] ?? []));
update_option('officina_voice_test_now', $args['now'] ?? '');
$labels = ['maintenance' => 'Manutenzione', 'tyres' => 'Gomme', 'inspection' => 'Revisioni', 'engine' => 'Motore',
    'bodywork' => 'Carrozzeria', 'electrical' => 'Elettrauto', 'brakes' => 'Freni', 'aircon' => 'Climatizzazione', 'other' => 'Altro'];
$cat_ids = []; $map = []; $capacity = []; $prices = [];
foreach ($args['services'] as $s) {
    if (!isset($cat_ids[$s['category']])) {
        $wpdb->insert(Officina_Bookly::table('categories'), ['name' => $labels[$s['category']] ?? $s['category'], 'position' => count($cat_ids)]);
        $cat_ids[$s['category']] = (int) $wpdb->insert_id;
        $map[$wpdb->insert_id] = $s['category'];
    }
    $wpdb->insert(Officina_Bookly::table('services'), ['id' => $s['id'], 'category_id' => $cat_ids[$s['category']], 'type' => 'simple',
        'title' => $s['name'], 'duration' => $s['duration_min'] * 60, 'price' => $s['price'] ?? 0, 'position' => $s['id']]);
    $capacity[$s['id']] = $s['capacity'] ?? 1;
    $prices[$s['id']] = $s['price'] ?? 0;
}
update_option('officina_voice_categories', $map);
update_option('officina_voice_service_capacity', $capacity);
foreach ($args['staff'] as $m) {
    $wpdb->insert(Officina_Bookly::table('staff'), ['id' => $m['id'], 'full_name' => $m['full_name'], 'visibility' => 'public', 'position' => $m['id']]);
    for ($iso = 1; $iso <= 7; $iso++) {
        $hours = $m['hours'][(string) $iso] ?? null;
        $wpdb->query($wpdb->prepare('INSERT INTO ' . Officina_Bookly::table('staff_schedule_items') . ' (staff_id, location_id, day_index, start_time, end_time) VALUES (%d, NULL, %d, ' . ($hours ? '%s, %s' : 'NULL, NULL') . ')',
            array_merge([$m['id'], $iso % 7 + 1], $hours ? [$hours[0] . ':00', $hours[1] . ':00'] : [])));
        $item = (int) $wpdb->insert_id;
        foreach (($m['breaks'][(string) $iso] ?? []) as $b) {
            $wpdb->insert(Officina_Bookly::table('schedule_item_breaks'), ['staff_schedule_item_id' => $item, 'start_time' => $b[0] . ':00', 'end_time' => $b[1] . ':00']);
        }
    }
    foreach ($m['services'] as $sid) {
        $wpdb->query($wpdb->prepare('INSERT INTO ' . Officina_Bookly::table('staff_services') . ' (staff_id, service_id, location_id, price, deposit, capacity_min, capacity_max) VALUES (%d, %d, NULL, %f, %s, 1, 1)', $m['id'], $sid, $prices[$sid] ?? 0, '100%'));
    }
}
foreach (($args['holidays'] ?? []) as $h) {
    if (null === $h['staff_id']) {
        $wpdb->query($wpdb->prepare('INSERT INTO ' . Officina_Bookly::table('holidays') . ' (staff_id, parent_id, date, repeat_event) VALUES (NULL, NULL, %s, 0)', $h['day']));
        $parent = (int) $wpdb->insert_id;
        foreach ($args['staff'] as $m) {
            $wpdb->insert(Officina_Bookly::table('holidays'), ['staff_id' => $m['id'], 'parent_id' => $parent, 'date' => $h['day'], 'repeat_event' => 0]);
        }
    } else {
        $wpdb->query($wpdb->prepare('INSERT INTO ' . Officina_Bookly::table('holidays') . ' (staff_id, parent_id, date, repeat_event) VALUES (%d, NULL, %s, 0)', $h['staff_id'], $h['day']));
    }
}
foreach ($args['customers'] as $c) {
    Officina_Tool_Customers::insert(['id' => $c['id'], 'full_name' => $c['full_name'], 'phone' => $c['phone'] ?? '', 'email' => $c['email'] ?? '',
        'created_at' => str_replace('T', ' ', $c['created_at'] ?? '2020-01-01T09:00') . ':00']);
    Officina_Tool_Customers::set_consents((int) $c['id'], ['whatsapp' => !empty($c['consent_whatsapp']), 'email' => !empty($c['consent_email']), 'sms' => !empty($c['consent_sms'])]);
}
foreach ($args['vehicles'] as $v) {
    Officina_Tool_Vehicles::insert(['id' => $v['id'], 'customer_id' => $v['customer_id'], 'plate' => Officina_Plates::normalise($v['plate']),
        'make' => $v['make'], 'model' => $v['model'], 'colour' => $v['colour'] ?? null, 'year' => $v['year'] ?? null, 'fuel' => $v['fuel'] ?? null,
        'created_at' => '2020-01-01 09:00:00']);
}
$durations = [];
foreach ($args['services'] as $s) { $durations[$s['id']] = $s['duration_min']; }
foreach (($args['appointments'] ?? []) as $a) {
    $start = Officina_Clock::parse($a['start']);
    $id = Officina_Bookly::insert_booking(['id' => $a['id'], 'service_id' => $a['service_id'], 'staff_id' => $a['staff_id'],
        'customer_id' => $a['customer_id'], 'start' => $start, 'end' => $start->modify('+' . $durations[$a['service_id']] . ' minutes'),
        'notes' => $a['notes'] ?? '', 'status' => $a['status'] ?? 'approved', 'created_at' => Officina_Clock::sql($start)]);
    if (!empty($a['vehicle_id'])) {
        $wpdb->insert(Officina_Installer::table('vehicle_appointments'), ['appointment_id' => $id, 'vehicle_id' => $a['vehicle_id'],
            'mileage_km' => $a['mileage_km'] ?? null, 'notes' => $a['notes'] ?? null]);
    }
}
if ($wpdb->last_error) { fwrite(STDERR, $wpdb->last_error); exit(1); }
echo 'seeded';
"""


def start_site(workdir: Path | None = None, *, workers: int = 4, test_clock: bool = False) -> LoopbackSite:
    """Start MariaDB and `php -S`, install WordPress with Bookly's tables, activate the plugin.

    Blocking (about 10 s). Raises RuntimeError with the reason when a step fails; call
    `missing_prerequisites()` first to tell "not installed" apart from "broken".
    """
    # Unix socket paths are limited to ~100 bytes: keep the work dir short.
    root = Path(tempfile.mkdtemp(prefix="ovwp-", dir=workdir if workdir and len(str(workdir)) < 60 else None))
    site = LoopbackSite(workdir=root, db_port=_free_port(), http_port=_free_port())
    try:
        _start_mariadb(site)
        _create_database(site)
        _copy_wordpress(site, test_clock=test_clock)
        _start_php(site, workers)
        site.php(_INSTALL_PHP, args={"schema": str(BOOKLY_SCHEMA)}, installing=True)
        site.admin_password = site.php(_ACTIVATE_PHP).strip()
    except BaseException:
        site.stop()
        raise
    _LOGGER.info("Loopback WordPress at %s (db port %d, dir %s)", site.base_url, site.db_port, root)
    return site
