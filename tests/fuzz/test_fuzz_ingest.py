"""The atheris fuzzer of the ingest readers (fuzz_ingest.py), run for a bounded time.

CI runs it for CLAIMGRAPH_FUZZ_SECONDS (default 40 s, about 8,000 inputs, after some 20 s of
instrumenting the libraries) from fresh seeds, which libFuzzer runs first;
a longer session: CLAIMGRAPH_FUZZ_SECONDS=1800, or run fuzz_ingest.py by hand. Leave it out of
a quick local run with `-m "not fuzz"`. A failure shows the input that broke a reader and the
command that replays it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

FUZZER = Path(__file__).with_name("fuzz_ingest.py")
SECONDS = int(os.environ.get("CLAIMGRAPH_FUZZ_SECONDS") or 40)
PER_INPUT = 20  # seconds one input may take before libFuzzer calls it a hang


def _run(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    # one stream: atheris prints an escaped exception on stdout, libFuzzer its report on stderr
    return subprocess.run([sys.executable, str(FUZZER), *args], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=timeout, check=False)


@pytest.mark.fuzz
def test_ingest_readers_survive_fuzzing(tmp_path: Path) -> None:
    corpus, artifacts = tmp_path / "corpus", tmp_path / "artifacts"
    artifacts.mkdir()
    seeded = _run("--seeds", str(corpus), timeout=60)
    assert seeded.returncode == 0, seeded.stdout
    readers = {path.name.split("-")[1] for path in corpus.iterdir()}
    assert readers == {"txt", "md", "html", "csv", "jsonl", "pdf"}  # a seed for every reader
    run = _run(
        str(corpus), f"-max_total_time={SECONDS}", f"-timeout={PER_INPUT}", "-max_len=20000",
        "-rss_limit_mb=3072", f"-artifact_prefix={artifacts}/", "-print_final_stats=1",
        timeout=SECONDS + 3 * PER_INPUT + 120,
    )
    # a slow unit is no failure (a loaded machine makes any input slow); a hang is a timeout-*
    found = sorted(path for path in artifacts.iterdir() if not path.name.startswith("slow-unit-"))
    if run.returncode != 0 or found:
        crash = run.stdout.find("=== Uncaught Python exception")
        report = run.stdout[crash:][:4000] if crash >= 0 else run.stdout[-4000:]
        inputs = "\n".join(f"{path.name}: {path.read_bytes()[:400]!r}" for path in found)
        replay = f"python {FUZZER.relative_to(Path.cwd()) if FUZZER.is_relative_to(Path.cwd()) else FUZZER} CRASH_FILE"
        pytest.fail(f"the fuzzer broke a reader (exit {run.returncode}); replay with `{replay}`\n{inputs}\n{report}")
    executed = re.search(r"stat::number_of_executed_units: (\d+)", run.stdout)
    assert executed and int(executed.group(1)) >= 500, run.stdout[-2000:]  # it really ran

