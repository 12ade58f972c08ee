"""Write the fresh-site pages: ``python benchmarks/fresh_sites/build/build.py`` (regenerates every .html/.json)."""
import apps
import central
import govedu
import portals
import regional
import selfmedia

if __name__ == "__main__":
    pages = [p for m in (central, regional, apps, portals, selfmedia, govedu) for p in m.PAGES]
    names = [p.name for p in pages]
    assert len(names) == len(set(names)), "duplicate page names"
    for p in pages:
        p.write()
    print(len(pages), "pages")
