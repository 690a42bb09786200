#!/usr/bin/env bash
# Measures the build on the real course and writes docs/benchmarks.md (a benchmark, not a test).
#   bench/run.sh                  the classic scenarios, the naive baseline, and the scale scenarios at 1×, 2×, 4×
#   bench/run.sh --skip-naive     without the naive baseline (about 15 minutes on the full course)
#   bench/run.sh --scale-only     only the scale scenarios; --classic-only only the classic ones
#   bench/run.sh --scale 1,2      other scale factors (quick checks)
#   bench/run.sh --peer           also VitePress against `mathforml build --no-cache` (bench/peer/); --peer-only alone
# Each part rewrites its own section of docs/benchmarks.md and leaves the others.
# The CLI is published ReadyToRun, as a site would build in production: start-up JIT would
# otherwise dominate the small rebuilds being measured.
set -euo pipefail
cd "$(dirname "$0")/.."
cli_dir="$(pwd)/bench/.cli"
rm -rf "$cli_dir"
dotnet publish site/MathForML.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$cli_dir" -v quiet -nologo
# The benchmark (with the naive baseline) is published the same way, so both use ReadyToRun Roslyn.
bench_dir="$(pwd)/bench/.bench"
rm -rf "$bench_dir"
dotnet publish bench/MathForML.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$bench_dir" -v quiet -nologo
"$bench_dir/MathForML.Bench" "$(pwd)" "$cli_dir/mathforml" "$@"
