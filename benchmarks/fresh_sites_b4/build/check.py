"""Check the fourth batch: every gold json parses with the gold keys, every html file decodes strictly with the
charset it declares, and the gold text is found (whitespace removed) in the decoded page or its script JSON."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
KEYS = {"title", "published_at", "authors", "photographers", "editors", "source", "media", "text", "kind", "label_note"}
bad = 0
for h in sorted(HERE.glob("*.html")):
    gold = json.loads(h.with_suffix(".json").read_text(encoding="utf-8"))
    raw = h.read_bytes()
    m = re.search(rb'charset="?([\w-]+)', raw[:2000]) or re.search(rb'encoding="([\w-]+)"', raw[:200])
    cs = m.group(1).decode().lower() if m else "utf-8"
    try:
        html = raw.decode(cs)
    except UnicodeDecodeError as e:
        print("DECODE", h.name, cs, e)
        bad += 1
        continue
    missing = KEYS - gold.keys()
    flat = re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html))
    lost = [ln for ln in gold["text"].split("\n") if re.sub(r"\s+", "", ln) not in flat]
    if missing or lost or "&#" in html:
        print("BAD", h.name, missing, lost[:2], "&#" in html)
        bad += 1
    print(f"ok {h.name:46} {cs:7} {len(gold['text']):5}")
sys.exit(1 if bad else 0)
