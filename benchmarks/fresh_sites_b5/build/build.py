"""Write the fifth-batch pages: ``python benchmarks/fresh_sites_b5/build/build.py`` (regenerates every .html/.json)."""
import others
import papers
import portals

if __name__ == "__main__":
    pages = [p for m in (papers, portals, others) for p in m.PAGES]
    names = [p.name for p in pages]
    assert len(names) == len(set(names)), "duplicate page names"
    for p in pages:
        p.write()
        print(f"{p.name:42} {len(p.text()):5} chars  authors={p.authors}")
    print(len(pages), "pages")
