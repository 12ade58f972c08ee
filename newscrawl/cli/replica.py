"""``newscrawl replica serve|sample``: the local replica of the finews endpoints and the Jekyll site."""
from __future__ import annotations

import errno
import sys

import click

from newscrawl.replica.server import Replica, ReplicaServer, valid_robots_path
from newscrawl.replica.synth import write_archive


@click.group()
def replica() -> None:
    """The local replica of the finews endpoints and Jekyll site (for demos, tests, benchmarks)."""


def _parse_faults(values: tuple[str, ...]) -> dict[str, str]:
    faults = {}
    for value in values:
        code, sep, kind = value.partition("=")
        if not sep or not code or not kind:
            raise click.BadParameter(f"{value!r} is not CODE=KIND", param_hint="--fault")
        faults[code] = kind
    return faults


@replica.command("serve")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port on 127.0.0.1 (0: any free port).")
@click.option("--fault", multiple=True, metavar="CODE=KIND",
              help="Make the text API fail for CODE (or 'list' for the list APIs); KIND is one of "
                   "404, 500, invalid-json, empty, api-error, slow, truncate. Repeatable.")
@click.option("--slow-seconds", default=5.0, show_default=True, help="Delay of a 'slow' fault.")
@click.option("--share-html", is_flag=True, help="Share pages carry the article in their HTML.")
@click.option("--fail-rate", type=click.FloatRange(0, 1), default=0.0, help="Share of requests answered HTTP 500.")
@click.option("--slow-rate", type=click.FloatRange(0, 1), default=0.0, help="Share answered after --slow-seconds.")
@click.option("--truncate-rate", type=click.FloatRange(0, 1), default=0.0, help="Share with the body cut in half.")
@click.option("--drop-connection-rate", type=click.FloatRange(0, 1), default=0.0,
              help="Share whose connection is closed without an answer.")
@click.option("--gbk-rate", type=click.FloatRange(0, 1), default=0.0,
              help="Share of text answers encoded in GBK (with charset=gbk in Content-Type).")
@click.option("--seed", default=0, show_default=True, help="Seed of the random faults (repeatable runs).")
@click.option("--list-faults", is_flag=True, help="Random faults hit the list APIs too (default: articles only).")
@click.option("--robots-disallow", "robots_disallow", multiple=True, metavar="PATH",
              help="A 'Disallow: PATH' line of the served /robots.txt (default: none, all allowed). Repeatable.")
def replica_serve(folder: str, port: int, fault: tuple[str, ...], slow_seconds: float, share_html: bool,
                  fail_rate: float, slow_rate: float, truncate_rate: float, drop_connection_rate: float,
                  gbk_rate: float, seed: int, list_faults: bool, robots_disallow: tuple[str, ...]) -> None:
    """Serve FOLDER (Jekyll posts) on 127.0.0.1; the first line printed is the base URL."""




    for path in robots_disallow:
        if not valid_robots_path(path):
            raise click.BadParameter(f"{path!r} is not a path (it starts with / and has no spaces)",
                                     param_hint="--robots-disallow")
    rates = {"fail": fail_rate, "slow": slow_rate, "truncate": truncate_rate, "drop": drop_connection_rate,
             "gbk": gbk_rate}
    if fail_rate + slow_rate + truncate_rate + drop_connection_rate > 1:
        raise click.BadParameter("the fault rates add up to more than 1", param_hint="--fail-rate")
    try:
        rep = Replica(folder, faults=_parse_faults(fault), slow_seconds=slow_seconds, share_html=share_html,
                      rates=rates, seed=seed, list_faults=list_faults, robots_disallow=list(robots_disallow))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fault") from None
    try:
        server = ReplicaServer(rep, port=port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} on 127.0.0.1 is in use (choose another --port, "
                                       "or --port 0 for any free one)") from None
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    click.echo(server.base_url)
    click.echo(f"serving {len(rep.entries)} articles from {folder}; Ctrl-C stops", err=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@replica.command("sample")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--articles", "n", default=60, show_default=True, type=click.IntRange(1, 10_000_000))
@click.option("--seed", default=0, show_default=True)
def replica_sample(folder: str, n: int, seed: int) -> None:
    """Write N synthetic Chinese local-news posts (the prototype's format) into FOLDER."""


    count = write_archive(folder, n, seed=seed)
    click.echo(f"wrote {count} posts to {folder}")
