"""Write the third-batch pages: ``python benchmarks/fresh_sites_b3/build/build.py`` (regenerates every .html/.json)."""
import columns
import feature
import nobody
import portals
import spa
import trad

if __name__ == "__main__":
    pages = [p for m in (spa, portals, columns, feature, nobody, trad) for p in m.PAGES]
    names = [p.name for p in pages]
    assert len(names) == len(set(names)), "duplicate page names"
    for p in pages:
        p.write()
        print(f"{p.name:42} {len(p.text()):5} chars  authors={p.authors}")
    print(len(pages), "pages")
