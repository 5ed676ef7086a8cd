"""The shared gold builder (`goldlib.Gold` of ../shared/eval) for the annotation scripts of this
folder: found beside the project (`../shared/eval`) or where CLAIMGRAPH_SHARED says."""

import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[3]


def shared_eval() -> Path:
    candidates = [PROJECT.parent / "shared" / "eval", PROJECT / "shared" / "eval"]
    if os.environ.get("CLAIMGRAPH_SHARED"):
        candidates += [Path(os.environ["CLAIMGRAPH_SHARED"]) / "eval", Path(os.environ["CLAIMGRAPH_SHARED"])]
    for candidate in candidates:
        if (candidate / "goldlib.py").is_file():
            return candidate
    sys.exit(f"goldlib.py not found in {[str(c) for c in candidates]}: set CLAIMGRAPH_SHARED")


sys.path.insert(0, str(shared_eval()))
from goldlib import Gold  # noqa: E402

__all__ = ["Gold", "write_gold"]


def write_gold(gold: Gold, devset: Path, name: str) -> None:
    """Write an article's gold to `devset/gold/<name>.json` and exit, 1 when it does not validate."""
    out = devset / "gold" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    sys.exit(0 if gold.dump(out) else 1)
