#!/usr/bin/env python3
"""Build the bundled sample WARC (and the tiny sample PNG) for newsgraph.

Writes:
  sample/warc/crawl.warc.gz  - warcinfo, 3 HTML article responses, 1 request,
                               1 image/png response (must be skipped)
  sample/other/chart.png     - a tiny valid PNG (a non-text input to be rejected)

The output is deterministic: fixed WARC-Date values, fixed WARC-Record-IDs
(uuid5 of the target URI) and gzip members with a zero mtime, so re-running
the script yields byte-identical files.

Usage:  python scripts/build_sample_warc.py
"""
import struct
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
WARC_PATH = ROOT / "sample" / "warc" / "crawl.warc.gz"
PNG_PATH = ROOT / "sample" / "other" / "chart.png"

NS = uuid.UUID("6f1c3a52-8d0e-4b7a-9c31-2e5d7f40a1b9")
HTTP_DATE = "Tue, 25 Jun 2024 12:00:00 GMT"


def record_id(name):
    """Stable WARC-Record-ID derived from a name (usually the target URI)."""
    return "<urn:uuid:%s>" % uuid.uuid5(NS, name)


# ---------------------------------------------------------------------------
# A tiny PNG (24x16 RGB bar chart) built with zlib + struct only.
# ---------------------------------------------------------------------------
def make_png(width=24, height=16):
    bars = [4, 9, 6, 13, 11, 15]          # bar heights in pixels
    bar_w = width // len(bars)
    rows = []
    for y in range(height):
        row = bytearray([0])              # filter type 0 for this scanline
        for x in range(width):
            h = bars[min(x // bar_w, len(bars) - 1)]
            in_bar = (height - y) <= h and (x % bar_w) not in (0, bar_w - 1)
            row += bytes((30, 90, 160)) if in_bar else bytes((255, 255, 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# The three article pages served by news.example.com in the sample crawl.
# ---------------------------------------------------------------------------
PAGE_SEVILLE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seville opens climate shelters as early heatwave pushes temperatures to 43C - The Example Herald</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="og:title" content="Seville opens climate shelters as early heatwave pushes temperatures to 43C">
<meta name="author" content="Isabel Navarro">
<meta property="article:published_time" content="2024-06-25T10:30:00+02:00">
<link rel="canonical" href="https://news.example.com/world/2024/06/25/seville-heatwave-climate-shelters">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you accept our cookie policy. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header>
  <div class="masthead"><a href="/">The Example Herald</a></div>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/asia">Asia</a></li><li><a href="/climate">Climate</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article>
<h1>Seville opens climate shelters as early heatwave pushes temperatures to 43C</h1>
<div class="byline">By Isabel Navarro, Madrid | June 25, 2024</div>
<p>SEVILLE, Spain - The southern Spanish city of Seville opened dozens of air-conditioned public buildings as "climate shelters" on Tuesday as an early-summer heatwave sent temperatures to 43 degrees Celsius (109 Fahrenheit) across much of Andalusia.</p>
<p>Spain's state weather agency AEMET issued red alerts for the provinces of Seville, C&oacute;rdoba and Ja&eacute;n, its highest warning level, and said the hot spell was likely to last until at least Friday.</p>
<p>"We are asking people to stay indoors between noon and eight in the evening, and to check on elderly neighbours," Seville deputy mayor Carmen Ruiz told reporters at city hall. "The shelters are for anyone who does not have a cool place at home."</p>
<p>The city said 48 libraries, civic centres and museums would stay open until 10 p.m. and offer free water. Regional health authorities said hospitals in Andalusia had treated 37 people for heat stroke since the weekend.</p>
<div class="advert">Advertisement</div>
<p>Spain's Ministry for the Ecological Transition said June heatwaves had become more frequent over the past two decades. Climate scientist Andr&eacute;s Quintero of the University of Seville said the city's buildings were designed for hot summers, but not for the length of the heat now being recorded.</p>
<p>"The problem is the nights," Quintero said. "When it is still 30 degrees at midnight, the body never gets a chance to recover."</p>
<p>Farmers' union COAG warned that the heat could damage olive trees during flowering. Outdoor workers on building sites in Seville and M&aacute;laga were told to stop work in the afternoon under a regional rule adopted last year.</p>
</article>
<aside class="related"><h3>Most read</h3><ul>
<li><a href="/world/2024/06/24/portugal-water-restrictions">Portugal extends water restrictions in the Algarve</a></li>
<li><a href="/sport/2024/06/24/cycling-team-heat-protocol">Cycling teams adopt new heat protocol</a></li>
<li><a href="/climate/2024/06/22/europe-summer-outlook">Europe summer outlook: hotter and drier</a></li>
</ul></aside>
</main>
<footer><p>Newsletter: get the Herald Morning Brief in your inbox. <a href="/newsletter">Sign up</a></p><p>&copy; 2024 The Example Herald. All rights reserved.</p></footer>
</body>
</html>
"""

PAGE_VIETNAM = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vietnam asks northern factories to run night shifts to ease power strain - The Example Herald</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="og:title" content="Vietnam asks northern factories to run night shifts to ease power strain">
<meta name="author" content="Tran Minh Chau">
<meta property="article:published_time" content="2024-06-07T15:05:00+07:00">
<link rel="canonical" href="https://news.example.com/asia/2024/06/07/vietnam-factories-night-shifts-power">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you accept our cookie policy. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header>
  <div class="masthead"><a href="/">The Example Herald</a></div>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/asia">Asia</a></li><li><a href="/climate">Climate</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article>
<h1>Vietnam asks northern factories to run night shifts to ease power strain</h1>
<div class="byline">By Tran Minh Chau, Hanoi | June 7, 2024</div>
<p>HANOI - Vietnam's state utility asked large factories in the country's north on Friday to move part of their production to night shifts for the next three weeks, as hot weather and low water levels at hydropower dams put pressure on the electricity grid.</p>
<p>Vietnam Electricity (EVN) said in a statement that peak demand in the northern region had hit a record this week as households and offices ran air conditioners in temperatures above 38 degrees Celsius.</p>
<p>"We are not cutting power to industry. We are asking for help to spread the load," EVN deputy general director Nguyen Van Hai told a briefing in Hanoi. "If big users shift a few hours to the night, the whole system stays stable."</p>
<p>Industrial parks in Bac Ninh and Bac Giang provinces, home to large electronics plants supplying global brands, said they were studying the request. An official at the Bac Ninh industrial zones authority, Le Thi Huong, said most factories already ran around the clock and had little room to change.</p>
<div class="advert">Advertisement</div>
<p>The Ministry of Industry and Trade said water levels at the Son La and Lai Chau reservoirs were well below normal for early June, reducing hydropower output. It said new coal and gas capacity and a transmission line from central Vietnam would ease the situation from next year.</p>
<p>Foreign business groups have urged Hanoi to speed up rules allowing factories to buy renewable power directly from solar and wind farms. "Reliable, clean electricity is now the first question investors ask," said Daniel Becker, vice chairman of the European Chamber of Commerce in Vietnam.</p>
</article>
<aside class="related"><h3>Most read</h3><ul>
<li><a href="/asia/2024/06/06/thailand-rice-exports">Thai rice exports set for strongest year in a decade</a></li>
<li><a href="/business/2024/06/05/shipping-rates-asia">Asia container rates keep climbing</a></li>
<li><a href="/world/2024/06/04/mekong-river-levels">Mekong river levels worry fishermen</a></li>
</ul></aside>
</main>
<footer><p>Newsletter: get the Herald Morning Brief in your inbox. <a href="/newsletter">Sign up</a></p><p>&copy; 2024 The Example Herald. All rights reserved.</p></footer>
</body>
</html>
"""

PAGE_MOROCCO = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Morocco picks consortium for solar-and-storage plant near Ouarzazate - The Example Herald</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="og:title" content="Morocco picks consortium for solar-and-storage plant near Ouarzazate">
<meta name="author" content="Youssef Benali">
<meta property="article:published_time" content="2024-05-23T13:45:00+01:00">
<link rel="canonical" href="https://news.example.com/business/2024/05/23/morocco-solar-storage-ouarzazate">
</head>
<body>
<div class="cookie-notice">This site uses cookies. By continuing to browse you accept our cookie policy. <a href="/cookies">Learn more</a> <button>OK</button></div>
<header>
  <div class="masthead"><a href="/">The Example Herald</a></div>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/asia">Asia</a></li><li><a href="/climate">Climate</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article>
<h1>Morocco picks consortium for solar-and-storage plant near Ouarzazate</h1>
<div class="byline">By Youssef Benali, Rabat | May 23, 2024</div>
<p>RABAT - Morocco's renewable energy agency MASEN said on Thursday it had chosen a consortium led by Spain's Alboran Renovables and Saudi-based Rimal Power to build a 400-megawatt solar plant with battery storage near the southern city of Ouarzazate.</p>
<p>The project, expected to cost about $650 million, will include batteries able to store four hours of electricity, allowing the plant to supply power to the grid after sunset, MASEN said.</p>
<p>"Morocco does not lack sunshine. What we have lacked until now is a way to keep that sunshine for the evening," MASEN director Samira El Idrissi said at a signing ceremony in Rabat attended by Energy Transition Minister Karima Tazi.</p>
<p>The plant will be built next to the Noor Ouarzazate complex, one of the largest solar sites in the world, and is due to start operating in 2027. The consortium will sell its electricity to the national utility ONEE under a 25-year contract.</p>
<div class="advert">Advertisement</div>
<p>Alboran Renovables chief executive Javier Montoya said the company would hire about 1,200 workers during construction, most of them from the Dr&acirc;a-Tafilalet region. "We want the people of Ouarzazate to see the benefits, not just the panels," Montoya said.</p>
<p>Morocco aims to generate more than half of its electricity from renewable sources by 2030. The World Bank and the European Investment Bank are in talks to provide part of the financing, officials said.</p>
</article>
<aside class="related"><h3>Most read</h3><ul>
<li><a href="/business/2024/05/22/egypt-wind-farm">Egypt signs deal for Gulf of Suez wind farm</a></li>
<li><a href="/world/2024/05/21/algeria-gas-pipeline">Algeria and Italy discuss new gas link</a></li>
<li><a href="/climate/2024/05/20/sahara-dust-europe">Sahara dust turns European skies orange</a></li>
</ul></aside>
</main>
<footer><p>Newsletter: get the Herald Morning Brief in your inbox. <a href="/newsletter">Sign up</a></p><p>&copy; 2024 The Example Herald. All rights reserved.</p></footer>
</body>
</html>
"""

# (target URI, WARC-Date, page HTML)
PAGES = [
    ("https://news.example.com/world/2024/06/25/seville-heatwave-climate-shelters",
     "2024-06-25T12:00:05Z", PAGE_SEVILLE),
    ("https://news.example.com/asia/2024/06/07/vietnam-factories-night-shifts-power",
     "2024-06-25T12:00:11Z", PAGE_VIETNAM),
    ("https://news.example.com/business/2024/05/23/morocco-solar-storage-ouarzazate",
     "2024-06-25T12:00:17Z", PAGE_MOROCCO),
]
IMAGE_URI = "https://news.example.com/img/2024/06/chart.png"
IMAGE_DATE = "2024-06-25T12:00:20Z"


def http_response(body, content_type):
    return StatusAndHeaders("200 OK", [
        ("Date", HTTP_DATE),
        ("Server", "nginx"),
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "max-age=300"),
    ], protocol="HTTP/1.1")


def build(warc_path=WARC_PATH, png_path=PNG_PATH):
    png = make_png()
    png_path.parent.mkdir(parents=True, exist_ok=True)
    png_path.write_bytes(png)

    warc_path.parent.mkdir(parents=True, exist_ok=True)
    with open(warc_path, "wb") as out:
        writer = WARCWriter(out, gzip=True)

        info = writer.create_warcinfo_record(warc_path.name, {
            "software": "newsgraph scripts/build_sample_warc.py (warcio)",
            "format": "WARC File Format 1.0",
            "description": "Sample crawl for newsgraph tests: 3 HTML articles, 1 request, 1 image",
            "isPartOf": "newsgraph-sample",
            "robots": "ignore",
        })
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo:" + warc_path.name))
        info.rec_headers.replace_header("WARC-Date", "2024-06-25T12:00:00Z")
        writer.write_record(info)

        for i, (uri, date, page) in enumerate(PAGES):
            body = page.encode("utf-8")
            resp = writer.create_warc_record(
                uri, "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http_response(body, "text/html; charset=utf-8"),
                warc_headers_dict={
                    "WARC-Record-ID": record_id(uri),
                    "WARC-Date": date,
                    "WARC-IP-Address": "192.0.2.10",
                },
            )
            writer.write_record(resp)

            if i == 0:
                # One request record, as a crawler would store before the response.
                path = "/" + uri.split("/", 3)[3]
                req = writer.create_warc_record(
                    uri, "request",
                    payload=BytesIO(b""),
                    length=0,
                    http_headers=StatusAndHeaders("GET %s HTTP/1.1" % path, [
                        ("Host", "news.example.com"),
                        ("User-Agent", "newsgraph-sample-crawler/0.1"),
                        ("Accept", "text/html,application/xhtml+xml"),
                        ("Accept-Encoding", "identity"),
                    ], is_http_request=True),
                    warc_headers_dict={
                        "WARC-Record-ID": record_id("request:" + uri),
                        "WARC-Date": date,
                        "WARC-Concurrent-To": record_id(uri),
                    },
                )
                writer.write_record(req)

        img = writer.create_warc_record(
            IMAGE_URI, "response",
            payload=BytesIO(png),
            length=len(png),
            http_headers=http_response(png, "image/png"),
            warc_headers_dict={
                "WARC-Record-ID": record_id(IMAGE_URI),
                "WARC-Date": IMAGE_DATE,
                "WARC-IP-Address": "192.0.2.10",
            },
        )
        writer.write_record(img)

    return warc_path, png_path


if __name__ == "__main__":
    w, p = build()
    print("wrote %s (%d bytes)" % (w.relative_to(ROOT), w.stat().st_size))
    print("wrote %s (%d bytes)" % (p.relative_to(ROOT), p.stat().st_size))
