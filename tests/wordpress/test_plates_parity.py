"""The plugin's PHP port of wp_api/plates.py gives the same answers as the Python original."""

from __future__ import annotations

import json

import pytest

from tests.contract.seed_data import MISHEARD_PLATES, VEHICLES
from tests.wordpress.site import SessionSite
from wp_api import plates

pytestmark = pytest.mark.wordpress

EXTRA = [
    "la bmw AB123CD",
    "targa effe gi uno uno due acca acca",
    "A come Ancona B come Bologna 123 C come Como D come Domodossola",
    "doppia vu zeta 4 4 4 i greca kappa",
    "AB 12 CD",
    "Prenota la Panda di Mario",
    "ab123c di",
    "zero uno due",
    "ÀB-123-ÇD",
    "MAB 1234",
    "x",
]


def test_php_port_matches_python(wp: SessionSite) -> None:
    heard = [h for h, _, _ in MISHEARD_PLATES] + EXTRA
    known = [v["plate"] for v in VEHICLES]
    out = wp.site.php(
        """
$r = [];
foreach ($args['heard'] as $h) {
    $r[] = ['spoken' => Officina_Plates::spoken_to_plate($h), 'norm' => Officina_Plates::normalise($h),
        'skel' => Officina_Plates::skeleton($h), 'repair' => Officina_Plates::repair_italian($h),
        'forms' => Officina_Plates::heard_forms($h), 'looks' => (bool) Officina_Plates::looks_like_plate($h),
        'scores' => array_map(fn($k) => Officina_Plates::score($h, $k), $args['known'])];
}
echo wp_json_encode($r);
""",
        args={"heard": heard, "known": known},
    )
    php = json.loads(out)
    for text, got in zip(heard, php, strict=True):
        expected = {
            "spoken": plates.spoken_to_plate(text),
            "norm": plates.normalise(text),
            "skel": plates.skeleton(text),
            "repair": plates.repair_italian(text),
            "forms": plates.heard_forms(text),
            "looks": plates.looks_like_plate(text),
            "scores": [plates.score(text, k) for k in known],
        }
        got["scores"] = [round(float(s), 3) for s in got["scores"]]
        assert got == expected, text
