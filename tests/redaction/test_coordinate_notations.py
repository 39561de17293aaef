"""Every common way a position is written, masked whole: degrees and decimal minutes (ISO
6709's DDM, as NMEA, aviation and maritime logs write it), degree-minute-second pairs with
the seconds as two apostrophes or signed with no letters, NMEA 0183 sentences, a pair after
its "lat"/"lon" labels (prose, forms, query strings), a pair after a map link's key or a
coordinates label, and RFC 5870 geo URIs. Beside them, temperatures, angles, ratios and
measurements stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.coordinates import find_coordinates

# Places on both sides of both zero lines (latitude, longitude).
PLACES = [(46.48775, 13.07232), (-46.48775, 13.07232), (6.8848, -58.8585), (-42.5845, -77.3726)]


def _ddm(value: float, letters: str) -> tuple[int, float, str]:
    letter = letters[0] if value >= 0 else letters[1]
    degrees = int(abs(value))
    return degrees, (abs(value) - degrees) * 60, letter


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_coordinates(text))


@pytest.mark.parametrize(("lat", "lon"), PLACES)
@pytest.mark.parametrize(
    "form",
    [
        "{ad}°{am:06.3f}'{al}, {od}°{om:06.3f}'{ol}",  # ISO 6709 DDM, the minute mark
        "{ad}°{am:06.3f}{al} {od}°{om:06.3f}{ol}",  # no minute mark
        "{ad}° {am:06.3f}′ {al} {od}° {om:06.3f}′ {ol}",  # the prime, spaced
        "{al} {ad}°{am:06.3f}' {ol} {od}°{om:06.3f}'",  # the letter first (aviation)
        "{al}{ad}°{am:06.3f} {ol}{od:03d}°{om:06.3f}",
        "Lat: {ad}°{am:06.3f}'{al} Long: {od}°{om:06.3f}'{ol}",
        "{ad}º{am:06.3f}'{al}, {od}º{om:06.3f}'{ol}",  # the ordinal sign typed for "°"
    ],
)
def test_degrees_and_decimal_minutes(lat: float, lon: float, form: str) -> None:
    ad, am, al = _ddm(lat, "NS")
    od, om, ol = _ddm(lon, "EW")
    value = form.format(ad=ad, am=am, al=al, od=od, om=om, ol=ol)
    for text in (f"Scene GPS {value}", f"(coordinates {value})", f"Location {value}, near"):
        assert _covered(text, value), text


@pytest.mark.parametrize(
    "value",
    [
        "33°52'07''S 151°12'33''E",  # seconds as two apostrophes
        "33°52'07.7''S, 151°12'33.5''E",
        "-33°52'07.7\", 151°12'33.5\"",  # signed, no letters
        "-33° 52′ 07″, 151° 12′ 33″",
        "4807.038,N,01131.000,E",  # NMEA 0183 GGA
        "lat=-46.071227&lon=-51.921226",  # a query string
        "lat=-46.071227&amp;lon=-51.921226",  # the same in HTML
        "mlat=51.5072&mlon=-0.1276",  # OpenStreetMap
        "latitude: 51.50 / longitude: -0.12",
        "Lat 51.5072 N, Long 0.1276 W",
        "lat 51.5 lon -0.12",
        "Breite: 48.2082, Länge: 16.3738",
        "latitud -34.6037, longitud -58.3816",
        "geo:48.2010,16.3695,183;u=40",  # RFC 5870
        "geo:13.4125,103.8667",
        "geo:48,11",
    ],
)
def test_written_positions_are_masked_whole(value: str) -> None:
    for text in (value, f"Position {value} at 10:42.", f"| {value} |"):
        assert _covered(text, value), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("https://maps.google.com/?q=51.5072,-0.1276", "51.5072,-0.1276"),
        ("https://www.google.com/maps/search/?api=1&query=47.36,8.52", "47.36,8.52"),
        ("maps.apple.com/?ll=50.894967,4.341626&z=10", "50.894967,4.341626"),
        ("openstreetmap.org/#map=15/51.50/-0.12", "51.50/-0.12"),
        ("?destination=40.71%2C-74.00", "40.71%2C-74.00"),
        ("GPS: -33.86, 151.20", "-33.86, 151.20"),
        ("Lat/Long 51.50 -0.12", "51.50 -0.12"),
        ("Coordinates (WGS84): 46.07, -51.92", "46.07, -51.92"),
        ("coordenadas: 40.41, -3.70", "40.41, -3.70"),
        ("Koordinaten 52.52 13.40", "52.52 13.40"),
    ],
)
def test_pairs_after_a_key_or_label(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Temp 38.5°, HR 80",
        "Cobb angle 35°, 12°",
        "flexion 90°, extension 10°",
        "rotated 12° 30' clockwise",  # one angle, no hemisphere, no second value
        "ratio 1.25, 2.50",
        "Location: ward 5, bed 12",
        "GPS: not recorded",
        "lateral 12.5 cm, long axis 4.2 cm",
        "latency 12.34 ms, longest 56.78 ms",
        "q=1.5",
        "Coordinates: 95.12, 12.56",  # no latitude beyond 90
        "geography: 12 pupils",
    ],
)
def test_angles_measurements_and_words_stay(text: str) -> None:
    assert not find_coordinates(text), text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("0123456789.,;&=-°'′\"″NSEWlatongeq:/ \n"), max_size=80))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_coordinates(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MGRS 33T WN 00000 49776", "33T WN 00000 49776"),  # NATO STANAG 2211
        ("MGRS: 18SUJ2337106519", "18SUJ2337106519"),
        ("USNG 33T WN 00000 49776, on foot", "33T WN 00000 49776"),
        ("UTM 33T 500000mE 4649776mN", "33T 500000mE 4649776mN"),
        ("UTM: 17 630084 4833438", "17 630084 4833438"),
        ("Grid ref SU 387 147", "SU 387 147"),  # Ordnance Survey national grid
        ("NGR TQ 3000 8000", "TQ 3000 8000"),
        ("OS grid ref: NY 2345 1234", "NY 2345 1234"),
        ("caller at ///filled.count.soap near the gate", "///filled.count.soap"),
        ("w3w: filled.count.soap", "filled.count.soap"),
    ],
)
def test_grid_references_and_three_word_addresses(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    ["utmost 12 cases", "Grid ref: unknown", "see www.example.com/a.b.c", "ngr 12", "HbA1c 48"],
)
def test_words_like_grid_labels_stay(text: str) -> None:
    assert not find_coordinates(text), text
