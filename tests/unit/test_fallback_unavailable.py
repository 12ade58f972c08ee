"""Issue 14 follow-up: without trafilatura (an optional dependency) ``newscrawl extract`` and the eval still run;
a page of low confidence says the fallback was ``unavailable``."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, corpus_path

THIN = "<html><body><div><p>" + "数据" * 60 + "，" + "行情" * 60 + "</p></div></body></html>"
PARA = "记者走访了城区的几家菜市场，摊主们说，最近蔬菜的价格比上个月略有下降，居民买菜的积极性也高了不少。"
ARTICLE = f"<html><body><h1>菜价回落</h1><div class='content'><p>{PARA}</p><p>{PARA}</p></div></body></html>"


def _env_without_trafilatura(tmp_path):
    stub = tmp_path / "stub" / "trafilatura"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text('raise ImportError("trafilatura is not installed")\n', encoding="utf-8")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "stub"), str(ROOT)])}


def test_extract_cli_runs_without_trafilatura(tmp_path):
    env = _env_without_trafilatura(tmp_path)
    (tmp_path / "thin.html").write_text(THIN, encoding="utf-8")
    (tmp_path / "article.html").write_text(ARTICLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "newscrawl", "extract", str(tmp_path / "thin.html"),
                          str(tmp_path / "article.html")], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    thin, article = (json.loads(line) for line in out.stdout.splitlines())
    assert thin["body_from"] == "ours" and thin["body_fallback"] == "unavailable"
    assert article["body_fallback"] is None and article["content_text"].startswith(PARA)


def test_the_eval_runs_without_trafilatura(tmp_path):
    corpus = corpus_path("cn-extract")
    env = _env_without_trafilatura(tmp_path)
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_extract.py"), "--corpus", str(corpus),
                          "--split", "dev", "--limit", "3", "--repeat", "1", "--no-competitors"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "newscrawl" in out.stdout and "body F1" in out.stdout
