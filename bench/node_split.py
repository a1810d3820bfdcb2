"""Where the kit's time differs from the floor's, split by language: fresh
processes of the node benchmark's workloads (bench/workload.py for the kit's
serverless workload, bench/node_workload.py for the rest), run in back-to-back
pairs with the order alternating, each phase split into the time Python spends
waiting for the jsii kernel (Node) and the rest (Python).

    python bench/node_split.py [--workload serverless|replication-group] [--n 1] [--pairs 11]

Prints the median of each phase in milliseconds for both libraries and their
difference. Use it with bench/node_run.py (the whole-run figures) and
bench/PROFILE.md (what the differences are made of); it needs `make bench`
(bench/.kit) first, like them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PHASES = ("import", "build_python", "build_node", "synth_python", "synth_node", "total")


def _child(library: str, workload: str, n: int) -> None:
    """One measured process: print a JSON line of phase times in seconds."""
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    from jsii._kernel.providers import process as _process

    waited = [0.0]
    send = _process._NodeProcess.send

    def timed_send(self, request, response_type):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return send(self, request, response_type)
        finally:
            waited[0] += time.perf_counter() - started

    _process._NodeProcess.send = timed_send  # type: ignore[method-assign]
    sys.path[:0] = [str(ROOT / ".kit"), str(ROOT)]
    t0 = time.perf_counter()
    import aws_cdk as cdk

    t1, w1 = time.perf_counter(), waited[0]
    if library == "kit" and workload == "serverless":
        import workload as serverless_workload  # bench/workload.py

        app, _ = serverless_workload.build("kit", n, False)
    else:
        import node_workload

        app = cdk.App(analytics_reporting=False, builtin_cloud_formation_validation=False)
        node_workload.WORKLOADS[library, workload](app, n)
    t2, w2 = time.perf_counter(), waited[0]
    for stack in app.synth().stacks:  # type: ignore[attr-defined]
        stack.template  # noqa: B018  (read, as bench/node_run.py's runs do)
    t3, w3 = time.perf_counter(), waited[0]
    print(json.dumps({
        "import": t1 - t0, "build_python": (t2 - t1) - (w2 - w1), "build_node": w2 - w1,
        "synth_python": (t3 - t2) - (w3 - w2), "synth_node": w3 - w2, "total": t3 - t0,
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workload", choices=["serverless", "replication-group"], default="serverless")
    parser.add_argument("--n", type=int, default=1)
    parser.add_argument("--pairs", type=int, default=11)
    parser.add_argument("--child", choices=["kit", "l1"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.workload, args.n)
        return
    if not (ROOT / ".kit" / "elasticache_kit").is_dir():
        sys.exit("bench/.kit is missing: run `make bench/.kit/.installed` first")
    runs: dict[str, list[dict[str, float]]] = {"kit": [], "l1": []}
    for pair in range(args.pairs):
        for library in ("kit", "l1") if pair % 2 == 0 else ("l1", "kit"):
            out = subprocess.run([sys.executable, __file__, "--child", library, "--workload", args.workload,
                                  "--n", str(args.n)], capture_output=True, text=True, check=True).stdout
            runs[library].append(json.loads(out.strip().splitlines()[-1]))
    medians = {lib: {p: statistics.median(r[p] for r in rows) * 1000 for p in PHASES} for lib, rows in runs.items()}
    print(f"{args.workload}, N = {args.n}, {args.pairs} pairs; medians in ms")
    print(f"{'phase':<14}{'kit':>9}{'floor':>9}{'kit - floor':>13}")
    for phase in PHASES:
        kit, floor = medians["kit"][phase], medians["l1"][phase]
        print(f"{phase:<14}{kit:9.1f}{floor:9.1f}{kit - floor:13.1f}")


if __name__ == "__main__":
    main()
