"""Write the fourth-batch pages: ``python benchmarks/fresh_sites_b4/build/build.py`` (regenerates every .html/.json)."""
import county
import eduhealth
import epaper
import extra
import finance
import mobile
import reposts
import sports

if __name__ == "__main__":
    pages = [p for m in (mobile, epaper, finance, sports, eduhealth, county, reposts, extra) for p in m.PAGES]
    names = [p.name for p in pages]
    assert len(names) == len(set(names)), "duplicate page names"
    for p in pages:
        p.write()
        print(f"{p.name:42} {len(p.text()):5} chars  authors={p.authors}")
    print(len(pages), "pages")
