"""A folder of Jekyll posts (the prototype's ``_posts`` archive): which files are posts, reading one, and
which file stands for each article when several versions exist (the live file, then the longer body).
Pure: no Scrapy, no database; the importer, the ``posts`` spider and the replica use it."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newscrawl.pages import PageError
from newscrawl.pages.jekyll import Post, parse_post, post_id

POST_SUFFIXES = (".md", ".markdown")


@dataclass
class FileFailure:
    """A post file that could not be imported, and why."""

    path: str
    reason: str
    detail: str = ""
    article_id: str | None = None


def find_post_files(paths: Iterable[str | Path]) -> list[Path]:
    """Post files (*.md, *.markdown) under each folder (recursively) or given directly; sorted, unique.

    Jekyll's own output and tooling folders (``_site``, ``.git``, ``node_modules``) are skipped.
    """
    found: dict[str, Path] = {}
    for p in map(Path, paths):
        candidates = [p] if p.is_file() else sorted(q for q in p.rglob("*") if q.is_file())
        for q in candidates:
            rel = q.relative_to(p).parts[:-1] if q != p else ()
            if q.suffix.lower() in POST_SUFFIXES and not any(
                    part in ("_site", ".git", "node_modules", ".jekyll-cache") for part in rel):
                found.setdefault(str(q.resolve()), q)
    return sorted(found.values(), key=lambda q: str(q))


def read_post(path: Path) -> Post:
    """Parse one post file; PageError(reason) when it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PageError("not_utf8", str(exc)) from None
    except OSError as exc:
        raise PageError("unreadable", exc.strerror or str(exc)) from None
    return parse_post(text, path.name)


def version_preference(path: Path, post: Post) -> tuple:
    """The sort key of one version of a post (greater wins): the live _posts file beats rewritten versions
    (…__v<commit>) and old_post copies; then the longer body."""
    return ("__" not in path.stem, len(post.body_html))


def select_versions(paths: Iterable[Path], read: Callable[[Path], Post] = read_post,
                    ) -> tuple[dict[str, Path], list[Path], list[FileFailure]]:
    """(id → the file that stands for it, superseded files, files that failed to parse).

    Only the preference key is kept per file, so memory stays small for large archives.
    """
    best: dict[str, tuple[tuple, Path]] = {}
    superseded: list[Path] = []
    failures: list[FileFailure] = []
    for path in paths:
        try:
            post = read(path)
        except PageError as exc:
            failures.append(FileFailure(str(path), exc.reason, exc.message))
            continue
        key = version_preference(path, post)
        code = post_id(post)
        old = best.get(code)
        if old is None:
            best[code] = (key, path)
        elif key > old[0]:
            superseded.append(old[1])
            best[code] = (key, path)
        else:
            superseded.append(path)
    return {code: path for code, (_, path) in best.items()}, superseded, failures
