"""What Scrapy's item-pipeline machinery costs per item, apart from the stages' own work.

    python benchmarks/item_chain_bench.py --items 20000

Builds Scrapy's ``ItemPipelineManager`` (the engine's item processor) over as many do-nothing components as
the project's ``ITEM_PIPELINES`` has stages, and times ``process_item_async`` per item against calling the
same components in a plain loop: the difference is what running the stages as separate components costs
(one coroutine and await per component, Scrapy's bookkeeping), i.e. what fusing them into one component
could save at most.  CPU µs per item (``time.process_time``).
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class NoOp:
    """A stage that returns the item as it is."""

    def process_item(self, item: Any) -> Any:
        return item


def _components(n: int) -> dict[str, int]:
    """``n`` distinct do-nothing component classes in this module, as ITEM_PIPELINES entries."""
    module = sys.modules[__name__]
    for i in range(n):
        setattr(module, f"NoOp{i}", type(f"NoOp{i}", (NoOp,), {}))
    return {f"{__name__}.NoOp{i}": (i + 1) * 100 for i in range(n)}


async def measure(stages: int, items: int) -> tuple[float, float]:
    """(µs per item through Scrapy's manager, µs per item in a plain loop) over ``stages`` components."""
    from scrapy.pipelines import ItemPipelineManager
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(settings_dict={"ITEM_PIPELINES": _components(stages)})
    manager = ItemPipelineManager.from_crawler(crawler)
    started = time.process_time()
    for _ in range(items):
        await manager.process_item_async({})
    scrapy_us = (time.process_time() - started) / items * 1e6
    plain = [getattr(sys.modules[__name__], f"NoOp{i}")() for i in range(stages)]
    started = time.process_time()
    for _ in range(items):
        item: Any = {}
        for component in plain:
            item = component.process_item(item)
    return scrapy_us, (time.process_time() - started) / items * 1e6


def main() -> None:
    from newscrawl.settings import ITEM_PIPELINES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=20000)
    args = ap.parse_args()
    for stages in (1, len(ITEM_PIPELINES)):
        scrapy_us, plain_us = asyncio.run(measure(stages, args.items))
        print(f"{stages} component(s): Scrapy's item processor {scrapy_us:.1f} µs an item, a plain loop "
              f"{plain_us:.1f} µs: {(scrapy_us - plain_us) / stages:.1f} µs per component and item", flush=True)


if __name__ == "__main__":
    main()
